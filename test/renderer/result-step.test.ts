import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { KbState } from '../../src-shared/detection-types.js';
import { msg, said } from '../../src-shared/messages/messages.js';
import { answerNothingToChange, createFakeApi, ok, type FakeApi } from './fake-api.js';
import { applyOutcome, BACKUP_ID, makePlan, win7Detection } from './fixtures.js';
import { win10ReadinessAfter } from './readiness-fixtures.js';
import { clickNext, currentStep, renderApp } from './render-app.js';

const KB_HEADLINE = 'Saved, but not active until KB 3140245 is installed';
/** The verdict after the change leads the result: its heading. */
const BLOCKED = 'Not ready for Microsoft 365: something this tool cannot change stands in the way.';
const AFTER_RESTART = 'Ready for Microsoft 365 after a restart.';

/** Apply, then the result: the verdict is its heading, the outcome the line under it. */
async function toResult(api: FakeApi = createFakeApi(), outcome = KB_HEADLINE, verdict = BLOCKED) {
  const r = await renderApp(api);
  await clickNext(3);
  await screen.findByRole('table', { name: /Registry values/ });
  await clickNext(2);
  await fireEvent.click(screen.getByRole('button', { name: 'Back up and apply' }));
  await screen.findByRole('heading', { name: verdict });
  expect(screen.getByText(outcome, { selector: '.outcome-line strong' })).toBeTruthy();
  return r;
}

/** Main's answer on a Windows 7 whose KB 3140245 is in this state, with or without a restart. */
function applyWith(api: FakeApi, state: KbState, restartNeeded = true): void {
  api.apply.mockImplementation(async (r) => {
    const detection = win7Detection();
    detection.kb3140245 = { ...detection.kb3140245, state, needed: true };
    const out = applyOutcome(
      makePlan({ ...r, detection }),
      state === 'missing' ? undefined : win10ReadinessAfter(),
    );
    return ok({ ...out, result: { ...out.result, restartNeeded } });
  });
}

/** The primary buttons of the result's actions: the one next step. */
function primaryButtons(): string[] {
  const actions = screen.getByRole('region', { name: 'What to do now' });
  return [...actions.querySelectorAll('button.primary')].map((b) => b.textContent?.trim() ?? '');
}

describe('step 7: result, the verdict first', () => {
  it('without KB 3140245: says the change is not active yet, and what to do in order', async () => {
    await toResult();
    expect(currentStep()).toContain('Result');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(BLOCKED));
    // The top reason and its next step, under the verdict.
    const verdict = screen.getByRole('region', { name: 'Is this PC ready for Microsoft 365 now?' });
    expect(verdict.textContent).toContain('update KB 3140245 is not installed');
    expect(verdict.textContent).toContain('Next step: Install Windows6.1-KB3140245-x64.msu');
    const steps = within(screen.getByRole('list', { name: 'Next steps, in order' })).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual([
      'Install the update KB 3140245 (Windows6.1-KB3140245-x64.msu).',
      'Then restart the computer once.',
      'Copy the summary into the ticket.',
    ]);
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    // The update is not in: restarting is not the next step; installing it from the stick is.
    expect(primaryButtons()).toEqual(['Install KB 3140245 from the stick']);
    expect(screen.getByRole('button', { name: 'Restart…' }).classList.contains('primary')).toBe(false);
  });

  it('with KB 3140245: "Done — restart needed"; without a restart: "Done" and no restart button', async () => {
    const api = createFakeApi();
    applyWith(api, 'probably-present');
    await toResult(api, 'Done — restart needed', AFTER_RESTART);
    expect(primaryButtons()).toEqual(['Restart…']);
    const quiet = createFakeApi();
    applyWith(quiet, 'present', false);
    document.body.innerHTML = '';
    await toResult(quiet, 'Done', AFTER_RESTART);
    expect(screen.queryByRole('button', { name: 'Restart…' })).toBeNull();
    expect(primaryButtons()).toEqual(['Copy for the ticket']);
  });

  it('shows the effective protocols and keeps the registry rows one click away, changes first', async () => {
    await toResult();
    expect(screen.getByRole('table', { name: 'What this computer will offer by default' })).toBeTruthy();
    const rows = screen.getByText('Show the 12 registry values that were changed').closest('details');
    expect(rows?.open).toBe(false);
    const items = within(rows as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    expect(items[0]?.textContent).toContain('verified:');
    expect(items[0]?.textContent).toContain('DefaultSecureProtocols = 0x00000800 (2048) = TLS 1.2');
    expect(screen.getByText('TLS12-backup_SIM-WIN7_20261129-175220.json')).toBeTruthy();
  });

  it('flags values that did not read back', async () => {
    const api = createFakeApi();
    api.apply.mockImplementation(async (r) => {
      const out = applyOutcome(makePlan(r));
      const after = out.after
        ? {
            ...out.after,
            items: out.after.items.map((i, n) => (n === 0 ? { ...i, action: 'change' as const } : i)),
          }
        : null;
      return ok({ ...out, after });
    });
    await toResult(api);
    expect(screen.getByText('1 value does not read back as expected.')).toBeTruthy();
  });

  it('never restarts without asking: Restart… warns about unsaved work and can be cancelled', async () => {
    const { api } = await toResult();
    const restart = screen.getByRole('button', { name: 'Restart…' });
    await fireEvent.click(restart);
    const dialog = screen.getByRole('alertdialog', { name: 'Restart this computer now?' });
    expect(dialog.textContent).toContain('anything unsaved in open programs is lost');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.restart).toHaveBeenCalledWith({ when: 'later' });
    expect(api.restart).not.toHaveBeenCalledWith({ when: 'now' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(restart));
    expect(await screen.findByText(/Remember to restart this computer/)).toBeTruthy();
    await fireEvent.click(restart);
    await fireEvent.click(screen.getByRole('button', { name: 'Restart now' }));
    expect(api.restart).toHaveBeenLastCalledWith({ when: 'now' });
    expect(await screen.findByText('The computer restarts in 5 seconds.')).toBeTruthy();
  });

  it('Esc closes the restart confirmation like Cancel: nothing restarts, the focus goes back', async () => {
    const { api } = await toResult();
    const restart = screen.getByRole('button', { name: 'Restart…' });
    await fireEvent.click(restart);
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.restart).toHaveBeenCalledWith({ when: 'later' });
    expect(api.restart).not.toHaveBeenCalledWith({ when: 'now' });
    await vi.waitFor(() => expect(document.activeElement).toBe(restart));
  });

  it('opens the report and copies for the ticket; the focus stays on the button', async () => {
    const { api } = await toResult();
    await fireEvent.click(screen.getByRole('button', { name: 'Open report' }));
    expect(api.openReport).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Report opened: .*report\.html/)).toBeTruthy();
    const copy = screen.getByRole('button', { name: 'Copy for the ticket' });
    copy.focus();
    await fireEvent.click(copy);
    expect(api.copySummary).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('The summary was copied to the clipboard.')).toBeTruthy();
    expect(document.activeElement).toBe(copy);
  });

  it('the status lines show the newest action first', async () => {
    await toResult();
    const lines = () =>
      Array.from(screen.getByRole('status').querySelectorAll('p')).map((p) => p.textContent ?? '');
    await fireEvent.click(screen.getByRole('button', { name: 'Copy for the ticket' }));
    await screen.findByText('The summary was copied to the clipboard.');
    await fireEvent.click(screen.getByRole('button', { name: 'Open report' }));
    await screen.findByText(/Report opened: /);
    expect(lines()[0]).toMatch(/^Report opened: /);
    expect(lines()[1]).toBe('The summary was copied to the clipboard.');
    await fireEvent.click(screen.getByRole('button', { name: 'Copy for the ticket' }));
    await vi.waitFor(() => expect(lines()[0]).toBe('The summary was copied to the clipboard.'));
    expect(lines()).toHaveLength(2);
  });

  it('shows the summary to select by hand when the clipboard failed', async () => {
    const api = createFakeApi();
    api.copySummary.mockResolvedValue(
      ok({ copied: false, text: 'TLS 1.2 Wizard 0.1.0 - apply on SIM-WIN7' }),
    );
    await toResult(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Copy for the ticket' }));
    expect(await screen.findByText(/could not be copied/)).toBeTruthy();
    expect(screen.getByText('TLS 1.2 Wizard 0.1.0 - apply on SIM-WIN7', { selector: 'pre' })).toBeTruthy();
  });

  it('rolls back this change from the backup apply just wrote, after its preview', async () => {
    const { api } = await toResult();
    await fireEvent.click(screen.getByRole('button', { name: 'Roll back this change now' }));
    expect(await screen.findByRole('heading', { name: 'Check the rollback' })).toBeTruthy();
    expect(api.previewRollback).toHaveBeenCalledWith({ id: BACKUP_ID });
    expect(api.rollback).not.toHaveBeenCalled();
  });

  it('Finish asks main to close the window, and ends on a focused heading', async () => {
    const { api } = await toResult();
    await fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Finished'));
    expect(api.finish).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/You can close this window/)).toBeTruthy();
  });

  it('Finish refused by main (a change still running): the result stays, with the reason from main', async () => {
    const api = createFakeApi();
    api.finish.mockResolvedValue({
      ok: false,
      error: { code: 'busy', ...said(msg('wizard.busy', {})) },
    });
    await toResult(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringMatching(/in progress/),
    );
    expect(screen.queryByRole('heading', { name: 'Finished' })).toBeNull();
    expect(screen.getByRole('heading', { name: BLOCKED })).toBeTruthy();
  });

  it('nothing to change: says so, never offers "Back up and apply", only report, copy and finish', async () => {
    const api = answerNothingToChange(createFakeApi());
    await renderApp(api);
    await clickNext(3);
    expect(await screen.findByText('Nothing to change: every value is already as chosen.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /^Next/ }));
    expect(await screen.findByRole('heading', { name: BLOCKED })).toBeTruthy();
    expect(screen.getByText('Nothing to change', { selector: '.outcome-line strong' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back up and apply' })).toBeNull();
    const actions = within(screen.getByRole('region', { name: 'What to do now' })).getAllByRole('button');
    // KB 3140245 is still missing on this Windows 7: installing it is the next step, first.
    expect(actions.map((b) => b.textContent?.trim())).toEqual([
      'Install KB 3140245 from the stick',
      'Copy for the ticket',
      'Open report',
      'Finish',
    ]);
  });
});
