// Issue 9 §4: a corrupt journal or lock never stops the technician. Reading (detect, audit, the
// wizard's first screen) works and names the file; changing is refused with exit 2 and the file.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WizardError } from '../../../src-main/wizard/wizard-error.js';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import { simCli } from '../../support/sim-cli.js';
import { tempFolder } from '../../support/sim.js';
import { wizardFor } from '../../support/wizard.js';

const PROFILE = 'win7-sp1';

const cli = (simDir: string, argv: string[]) => simCli(simDir, argv, PROFILE);

type Plant = (file: string) => void;
const text =
  (t: string): Plant =>
  (file) =>
    fs.writeFileSync(file, t);
const journalOf = (fields: Record<string, unknown>) =>
  JSON.stringify({
    journalVersion: 1,
    operation: 'apply',
    startedAt: '2026-11-29T10:00:00.000Z',
    pid: 1,
    computerName: 'SIM-WIN7',
    backupFile: null,
    before: { keys: [], values: [] },
    ...fields,
  });

const BROKEN: [string, Plant][] = [
  ['malformed', text('{"journalVersion": 1, ')],
  ['empty', text('')],
  ['null', text('null')],
  ['an array', text('[]')],
  ['a number', text('42')],
  ['a future format', text(journalOf({ journalVersion: 2 }))],
  ['a startedAt of the wrong type', text(journalOf({ startedAt: 5 }))],
  ['a pid that is text', text(journalOf({ pid: '1' }))],
  ['an unknown operation', text(journalOf({ operation: 'format-c' }))],
  ['an extra field', text(journalOf({ evil: true }))],
  ['values that are not a list', text(journalOf({ before: { keys: [], values: {} } }))],
  ['deep nesting', text(`${'['.repeat(50_000)}${']'.repeat(50_000)}`)],
  ['a folder', (f) => fs.mkdirSync(f)],
  ['a named pipe', (f) => execFileSync('mkfifo', [f])],
  ['a link to a folder', (f) => fs.symlinkSync(path.dirname(f), f)],
];

const BROKEN_LOCKS: [string, Plant][] = [
  ['nonsense', text('hello')],
  ['empty', text('')],
  ['null', text('null')],
  ['an object without a pid', text('{"token":"x"}')],
  ['a pid that is text', text('{"pid":"1","startedAt":"x"}')],
  ['a folder', (f) => fs.mkdirSync(f)],
  ['a named pipe', (f) => execFileSync('mkfifo', [f])],
];

function machineWith(plant: Plant, name: string) {
  const simDir = tempFolder('corrupt');
  expect(cli(simDir, ['detect']).code).toBe(0); // the simulated machine is kept from here on
  const folder = path.join(simDir, PROFILE);
  const file = path.join(folder, name);
  plant(file);
  const registry = () => fs.readFileSync(path.join(folder, 'registry.json'), 'utf8');
  return { simDir, file, registry };
}

describe.each([
  ['journal', 'apply-journal.json', BROKEN],
  ['lock', 'operation.lock', BROKEN_LOCKS],
] as const)('a %s that cannot be used', (_what, name, cases) => {
  it.each(cases)(
    '(%s): detect and audit work and name it; apply and rollback exit 2 naming it',
    (_c, plant) => {
      const m = machineWith(plant, name);
      const before = m.registry();
      const detect = cli(m.simDir, ['detect']);
      expect(detect.code, detect.out).toBe(0);
      expect(detect.out).toContain(m.file);
      expect(detect.out).toMatch(/Windows 7/);
      const audit = cli(m.simDir, ['audit', '--json']);
      expect(audit.code, audit.out).toBe(1);
      const problems = (JSON.parse(audit.out) as { stateProblems: { msg: Msg; message: string }[] })
        .stateProblems;
      // By code, with its English beside it for scripts.
      expect(problems.map((p) => p.msg.code)).toEqual([
        m.file.endsWith('operation.lock') ? 'state.lockUnusable' : 'state.journalUnreadable',
      ]);
      expect(problems.map((p) => p.message).join(' ')).toContain(m.file);
      for (const argv of [
        ['apply', '--yes'],
        ['rollback', '--yes', '--backup', path.join(m.simDir, 'none.json')],
      ]) {
        const r = cli(m.simDir, argv);
        expect(r.code, r.out).toBe(2);
        expect(r.out).toContain(m.file);
        expect(r.out).toMatch(/remove|Remove/);
        expect(r.out).toMatch(/Nothing was changed\./);
      }
      expect(m.registry()).toBe(before);
    },
  );
});

describe('the wizard with a journal or lock that cannot be used', () => {
  it.each([
    ...BROKEN.map(([c, p]) => [`journal: ${c}`, 'apply-journal.json', p] as const),
    ...BROKEN_LOCKS.map(([c, p]) => [`lock: ${c}`, 'operation.lock', p] as const),
  ])('%s: the first screen shows it, a change is refused naming it', (_c, name, plant) => {
    const w = wizardFor(PROFILE);
    fs.mkdirSync(w.journal.folder, { recursive: true });
    const file = path.join(w.journal.folder, name);
    plant(file);
    const info = w.service.start();
    expect(info.detection.os.family).toBe('win7');
    expect(info.interrupted).toBeNull();
    const lock = name === 'operation.lock';
    expect(info.stateProblems).toEqual([
      expect.objectContaining({
        code: lock ? 'state.lockUnusable' : 'state.journalUnreadable',
        params: expect.objectContaining({ file }) as object,
      }),
    ]);
    const before = w.machine.registry.snapshot();
    let caught: unknown;
    try {
      w.service.apply({ protocols: '1.2', groups: ['winhttp'], replaceWrongTypes: false });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WizardError);
    expect((caught as WizardError).msg).toEqual(
      lock
        ? msg('lock.unusable', { file, detail: expect.any(String) as string })
        : msg('state.refused', { problems: info.stateProblems ?? [] }),
    );
    expect(w.machine.registry.snapshot()).toEqual(before);
  });
});

describe('a lock held by a live process that is not ours', () => {
  it('detect still works; apply exits 2 naming the lock file', () => {
    const m = machineWith(
      text(
        JSON.stringify({ pid: process.ppid, token: 'a'.repeat(32), startedAt: '2026-11-29T10:00:00.000Z' }),
      ),
      'operation.lock',
    );
    expect(cli(m.simDir, ['detect']).code).toBe(0);
    const r = cli(m.simDir, ['apply', '--yes']);
    expect(r.code).toBe(2);
    expect(r.out).toContain(m.file);
    expect(r.out).toMatch(new RegExp(`process ${process.ppid}`));
    // With --json the refusal is one document by code, not bare text.
    const j = cli(m.simDir, ['apply', '--yes', '--json']);
    expect(j.code).toBe(2);
    const doc = JSON.parse(j.out) as { exitCode: number; error: { kind: string; msg: Msg; message: string } };
    expect(doc.exitCode).toBe(2);
    expect(doc.error.kind).toBe('refused');
    expect(doc.error.msg.code).toBe('lock.held');
    expect(doc.error.message).toContain(m.file);
  });
});
