// Every visible text of every step goes through a catalogue: with the pseudo-locale (one file,
// registered in the one list), a text node may hold only marked text (⟦…⟧) and data. The wizard
// talks to the real wizard service and core (a simulated Windows 7 without KB 3140245, its .msu on
// the stick) through the real IPC dispatch, so main's messages are the ones it really sends.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE } from '../../src-main/core/catalogue/catalogue.js';
import { createTls12Api } from '../../src-main/ipc/api-factory.js';
import { dispatch, handlersFor } from '../../src-main/ipc/dispatch.js';
import { english, msg, renderMsg } from '../../src-shared/messages/messages.js';
import { detect } from '../../src-main/core/detect/detect.js';
import { applyPlan } from '../../src-main/core/operations/apply.js';
import { buildPlan } from '../../src-main/core/plan/build-plan.js';
import { assessMachine } from '../../src-main/core/readiness/assess-machine.js';
import { PROFILES } from '../../src-main/core/simulation/profiles.js';
import App from '../../src-renderer/App.svelte';
import { setLang } from '../../src-renderer/i18n/i18n.svelte.js';
import { LANGUAGES } from '../../src-renderer/i18n/languages.js';
import { createAppState } from '../../src-renderer/lib/app-state.js';
import { operationSetup } from '../support/sim.js';
import { wizardFor } from '../support/wizard.js';
import { registerPseudo, unmarked } from './pseudo-locale.js';
import { currentStep } from './render-app.js';

/** Words of registry paths and value names: data, whatever language the wizard speaks. */
const REGISTRY_WORDS = new Set(CATALOGUE.flatMap((e) => [e.name, ...e.key.split(/[\\ ]/)]));
const DATA_TOKEN = [
  /^[\p{P}\p{S}\d]+$/u, // numbers, punctuation, arrows, check marks
  /[\\/]|\.(json|reg|msu|dll|html)\b/i, // paths and file names
  /^\(?0x[0-9A-F]+\)?$/i, // hex
  /^\(?[A-Z][A-Z0-9_.-]*\)?[,:;.]?$/, // HKLM, REG_DWORD, SIM-WIN7, KB3140245, TLS, SP1
  /^\d+(\.\d+)+(-\w+)?$/, // versions
  /^\(?(x64|x86|arm64)\)?$/, // architectures
];

/**
 * Data besides the registry's: Windows' edition as the registry names it, languages in their own
 * names, and the month names of dates (Intl formats dates in the language's locale).
 */
const dataWords = new Set<string>(
  Array.from({ length: 12 }, (_, m) => new Date(2026, m, 15).toLocaleString('en-XA', { month: 'short' })),
);

function isData(token: string): boolean {
  const word = token.replace(/^["(]|["),:;.]+$/g, '');
  return REGISTRY_WORDS.has(word) || dataWords.has(word) || DATA_TOKEN.some((r) => r.test(token));
}

/** Text nodes with words that went through no catalogue. */
function uncatalogued(root: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    // Scripts, styles and decorative icons (aria-hidden) are not read as text.
    if (/^(SCRIPT|STYLE)$/.test(node.parentElement?.tagName ?? '')) continue;
    if (node.parentElement?.closest('[aria-hidden="true"]')) continue;
    if (!unmarked(text).split(/\s+/).filter(Boolean).every(isData)) out.push(text.trim());
  }
  return out;
}

function check(where: string): void {
  expect(uncatalogued(document.body), where).toEqual([]);
  expect(document.body.textContent, where).not.toMatch(/(^|[\s(])--[a-z]/);
}

const button = (name: RegExp) => screen.getByRole('button', { name });

async function toStep(name: string, click: HTMLElement = button(/⟦Next/)): Promise<void> {
  await fireEvent.click(click);
  await vi.waitFor(() => expect(currentStep()).toContain(name), { timeout: 5000 });
}

afterEach(() => {
  delete LANGUAGES.pseudo;
});

/** The wizard on a simulated machine, the real service behind the real IPC dispatch, in the pseudo-locale. */
async function renderPseudo(...args: Parameters<typeof wizardFor>): Promise<void> {
  const w = wizardFor(...args);
  dataWords.add(w.service.start().detection.os.edition);
  for (const lang of ['en', 'sv']) dataWords.add(LANGUAGES[lang]?.name ?? '');
  const handlers = handlersFor(w.service);
  const api = createTls12Api(
    (name, request) => dispatch(handlers, name, request, true) as never,
    () => () => undefined,
  );
  const app = createAppState(api);
  app.wizard.fullPath = true;
  render(App, { props: { app } });
  await vi.waitFor(() => expect(app.session.stage).not.toBe('loading'));
  setLang(registerPseudo());
  await screen.findByRole('heading', { level: 2, name: /⟦/ });
}

describe('the pseudo-locale', () => {
  it('marks every visible text of every step and of a rollback, and shows no command-line flag', async () => {
    await renderPseudo('win7-sp1', { msu: true });
    check('computer');
    await toStep('Update');
    check('update');
    await fireEvent.click(button(/⟦Install KB 3140245/));
    await screen.findByText(/⟦KB 3140245 was installed/);
    check('update, installed');
    await toStep('Choice');
    check('choice');
    await toStep('Review');
    check('review');
    await toStep('Backup');
    check('backup');
    await toStep('Apply');
    check('apply');
    await toStep('Result', button(/⟦Back up and apply/));
    check('result');
    await fireEvent.click(button(/⟦Roll back this change now/));
    await screen.findByRole('heading', { name: /⟦Check the rollback/ });
    check('rollback preview');
    await fireEvent.click(button(/⟦Roll back now/));
    await screen.findByRole('heading', { name: /⟦Rollback result/ });
    check('rollback result');
    await fireEvent.click(button(/⟦Back to the wizard/));
    await fireEvent.click(await screen.findByRole('button', { name: /⟦Roll back from a backup…/ }));
    await screen.findByRole('radio', { name: /⟦/ });
    check('the backups of this computer');
  }, 60_000);

  it('marks the read-only mode of a wizard without administrator rights', async () => {
    await renderPseudo('win10', { elevated: false });
    check('computer, not elevated');
    await toStep('Update');
    check('update, not needed');
    await toStep('Choice');
    check('choice, not elevated');
    await toStep('Review');
    check('review, not elevated');
  }, 60_000);

  it('marks every readiness reason and next step of every profile, before and after an apply', () => {
    const pseudo = registerPseudo();
    const language = LANGUAGES[pseudo]?.messages;
    if (!language) throw new Error('no pseudo-locale');
    const seen = new Set<string>();
    for (const profile of PROFILES) {
      const setup = operationSetup(profile.id);
      const texts = (): string[] => {
        const plan = buildPlan(setup.machine.registry, detect(setup.machine), '1.2', null);
        const r = assessMachine(setup.machine, setup.journal, plan);
        return [
          renderMsg(language, msg('ready.verdict', { verdict: r.verdict }), 'gui'),
          ...r.reasons.flatMap((reason) => {
            seen.add(reason.msg.code).add(reason.next.code);
            return [renderMsg(language, reason.msg, 'gui'), renderMsg(language, reason.next, 'gui')];
          }),
        ];
      };
      const before = texts();
      const plan = buildPlan(setup.machine.registry, detect(setup.machine), '1.2', null);
      if (plan.blockers.length === 0) applyPlan(plan, { backupDir: setup.backupDir }, setup.ctx);
      for (const text of [...before, ...texts()]) {
        expect(unmarked(text).trim(), `${profile.id}: ${text}`).toBe('');
        expect(text, profile.id).not.toMatch(/--[a-z]/);
      }
    }
    // The profiles reach the reasons a helpdesk meets most, each through the catalogue.
    for (const code of [
      'ready.kbMissing',
      'ready.cipherAfdOnly',
      'ready.cipherNone',
      'ready.officeCannotConnect',
      'ready.policyReverts',
      'ready.restartPending',
      'ready.windowsRefused',
      'next.installKb',
      'next.restart',
    ]) {
      expect(seen, code).toContain(code);
    }
  });

  it('catches a text that went through no catalogue', () => {
    document.body.innerHTML = `<p>⟦Value set:⟧ HKLM\\SOFTWARE\\X (0x00000800)</p><p>${english(msg('wizard.busy', {}))}</p>`;
    expect(uncatalogued(document.body)).toEqual(['Another change is in progress.']);
    document.body.innerHTML = '<p>⟦Choose another folder⟧ --backup-dir</p>';
    expect(() => check('a flag')).toThrow();
  });
});
