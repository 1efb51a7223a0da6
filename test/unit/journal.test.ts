import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../src-main/core/catalogue/catalogue.js';
import { validateState } from '../../src-main/core/backup/validate-state.js';
import { detect } from '../../src-main/core/detect/detect.js';
import { buildPlan } from '../../src-main/core/plan/build-plan.js';
import { captureState } from '../../src-main/core/state/capture-state.js';
import { withValue } from '../../src-main/core/state/registry-state.js';
import { repairInterrupted } from '../../src-main/core/state/transaction.js';
import { writeState } from '../../src-main/core/state/write-state.js';
import {
  JOURNAL_LIMITS,
  JournalUnreadableError,
  readJournalFile,
} from '../../src-main/core/state/journal-schema.js';
import { MESSAGE_LANGUAGES } from '../../src-shared/messages/languages.js';
import { english, msg, renderMsg } from '../../src-shared/messages/messages.js';
import { operationSetup } from '../support/sim.js';

class Crash extends Error {}

describe('a crash half-way', () => {
  it.each([1, 4, 9, 15])('after write %i is repaired at the next start from the journal', (n) => {
    const s = operationSetup('win7-sp1');
    const reg = s.machine.registry;
    const original = reg.snapshot();
    const plan = buildPlan(reg, detect(s.machine), '1.2', [...GROUPS]);
    const before = captureState(reg, plan.items);
    const target = {
      keys: before.keys.map((k) => ({ ...k, existed: true })),
      values: before.values.map((v, i) => withValue(v, plan.items[i]?.desired ?? null)),
    };
    s.journal.write({
      journalVersion: 1,
      operation: 'apply',
      startedAt: 'now',
      pid: 1,
      computerName: 'SIM-WIN7',
      backupFile: null,
      before,
    });
    let writes = 0;
    expect(() =>
      writeState(reg, target, () => {
        writes += 1;
        if (writes === n) throw new Crash('power cut');
      }),
    ).toThrow(Crash);
    expect(reg.snapshot()).not.toEqual(original);

    const repair = repairInterrupted(reg, s.journal, (st) => validateState(st, true));
    expect(repair).toMatchObject({ repaired: true, ok: true, operation: 'apply' });
    expect(reg.snapshot()).toEqual(original);
    expect(s.journal.read()).toBeNull();
  });

  it('does nothing when there is no journal', () => {
    const s = operationSetup('win10');
    expect(repairInterrupted(s.machine.registry, s.journal, (st) => validateState(st, true))).toEqual({
      repaired: false,
    });
  });

  it('refuses a planted journal that names values outside the catalogue, and keeps it', () => {
    const s = operationSetup('win10');
    const before = s.machine.registry.snapshot();
    s.journal.write({
      journalVersion: 1,
      operation: 'apply',
      startedAt: 'x',
      pid: 1,
      computerName: 'SIM-WIN10',
      backupFile: null,
      before: {
        keys: [],
        values: [
          {
            entryId: 'winhttp.DefaultSecureProtocols',
            hive: 'HKLM',
            view: '64',
            key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run',
            name: 'Evil',
            keyExisted: true,
            valueExisted: true,
            type: 'REG_SZ',
            data: 'evil.exe',
          },
        ],
      },
    });
    const repair = repairInterrupted(s.machine.registry, s.journal, (st) => validateState(st, true));
    expect(repair).toMatchObject({ repaired: true, ok: false });
    expect(repair.repaired && repair.error).toEqual(
      msg('repair.journalInvalid', {
        file: s.journal.file,
        detail:
          'Value 1 (HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run "Evil", 64 view) is not a value this tool manages on this Windows: the file is refused.',
      }),
    );
    expect(s.machine.registry.snapshot()).toEqual(before);
    expect(s.journal.read()).not.toBeNull();
  });
});

describe('a journal that cannot be read', () => {
  function unreadable(plant: (file: string) => void): JournalUnreadableError {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-'));
    const file = path.join(folder, 'apply-journal.json');
    plant(file);
    try {
      readJournalFile(file);
    } catch (error) {
      expect(error).toBeInstanceOf(JournalUnreadableError);
      return error as JournalUnreadableError;
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    throw new Error('the journal was read');
  }

  it.each([
    ['not JSON', (f: string) => fs.writeFileSync(f, '{"journalVersion": 1,'), { problem: 'not-json' }],
    ['a folder', (f: string) => fs.mkdirSync(f), { problem: 'not-regular' }],
    [
      'too large',
      (f: string) => fs.writeFileSync(f, ' '.repeat(JOURNAL_LIMITS.maxBytes + 1)),
      { problem: 'too-large', bytes: JOURNAL_LIMITS.maxBytes + 1, max: JOURNAL_LIMITS.maxBytes },
    ],
    [
      'from a newer version',
      (f: string) => fs.writeFileSync(f, JSON.stringify({ journalVersion: 7 })),
      { problem: 'newer', version: 7 },
    ],
  ])('%s: the problem is a code with its kind, the file a parameter', (_what, plant, problem) => {
    const error = unreadable(plant);
    expect(error.msg.code).toBe('state.journalUnreadable');
    expect(error.msg.params).toEqual({
      file: error.file,
      detail: { code: 'state.journalProblem', params: problem },
    });
    // The file is named once, by the message around the problem; the problem never repeats it.
    expect(error.message.split(error.file)).toHaveLength(2);
  });

  it("a field of the wrong type keeps the schema's own words, as they are", () => {
    const error = unreadable((f) => fs.writeFileSync(f, JSON.stringify({ journalVersion: 1, pid: 'x' })));
    expect(error.msg.params).toMatchObject({ detail: { code: 'text.asIs' } });
  });

  it('is said in Swedish too', () => {
    const error = unreadable((f) => fs.writeFileSync(f, JSON.stringify({ journalVersion: 9 })));
    const sv = renderMsg(MESSAGE_LANGUAGES.sv, error.msg, 'gui');
    expect(sv).toContain(`Journalen ${error.file} går inte att läsa (den skrevs av en nyare version`);
    expect(sv).toContain('journalformat 9');
    expect(english(error.msg)).toContain(
      '(it was written by a newer version of this tool (journal format 9)',
    );
  });
});
