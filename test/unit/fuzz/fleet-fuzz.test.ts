// Structure-aware fuzzing of the fleet reader: real audit and apply documents of several profiles,
// mutated 1 to 3 times (a field replaced by any JSON, deleted, an extra field, boundary numbers,
// value types, look-alike characters), each parsed as a result file, gathered one row per machine
// and rendered into the readiness sections in English and Swedish. None may throw; each refusal is
// a sentence in both languages; each accepted record's next steps render to text.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliDocument } from '../../../src-main/cli/cli-document.js';
import { runTool } from '../../../src-main/cli/commands/dispatch.js';
import { FleetFileError, fleetRecordOf } from '../../../src-main/core/fleet/fleet-record.js';
import { FleetMachines } from '../../../src-main/core/fleet/fleet-machines.js';
import { writeSections } from '../../../src-main/core/fleet/fleet-page.js';
import { fleetView } from '../../../src-main/core/fleet/fleet-view.js';
import { MESSAGE_LANGUAGES } from '../../../src-shared/messages/languages.js';
import { renderMsg } from '../../../src-shared/messages/messages.js';
import { tempFolder } from '../../support/sim.js';
import { capturedIo } from '../../support/sim-cli.js';
import { mutated, mutation, paths, type Json } from './mutations.js';

const CASES = 10_000;
const docs: Json[] = [];
const stats = { refused: 0, accepted: 0 };

beforeAll(() => {
  const sim = tempFolder('tls12-fleet-fuzz');
  const runs = [
    ['audit', '--simulate', 'win7-sp1'],
    ['audit', '--simulate', 'xp'],
    ['audit', '--simulate', 'win7-office2010'],
    ['apply', '--yes', '--simulate', 'win10'],
  ];
  for (const argv of runs) {
    const io = {
      ...capturedIo({ TLS12_WIZARD_SIM_DIR: sim }).cli,
      document: (d: CliDocument) => docs.push(JSON.parse(JSON.stringify(d)) as Json),
    };
    runTool(argv, io);
  }
});

describe('the fleet reader under mutated result documents', () => {
  it(`${CASES} mutated documents: refused with a sentence, or read and rendered; never a throw`, () => {
    const all = docs.map((doc) => ({ doc, at: paths(doc).filter((p) => p.length > 0) }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length - 1 }).chain((i) =>
          fc.tuple(
            fc.constant(i),
            fc.array(fc.tuple(fc.constantFrom(...(all[i]?.at ?? [[]])), mutation), {
              minLength: 1,
              maxLength: 3,
            }),
          ),
        ),
        ([i, edits]) => {
          const doc = mutated(all[i]?.doc ?? null, edits);
          const machines = new FleetMachines();
          try {
            const record = fleetRecordOf(doc);
            stats.accepted += 1;
            const time = new Date();
            machines.add({
              name: 'PC.json',
              filedAs: record.machine,
              file: 'PC.json',
              modified: time,
              time,
              timeSource: 'result',
              record,
              reason: null,
            });
          } catch (error) {
            if (!(error instanceof FleetFileError)) throw error;
            stats.refused += 1;
            for (const language of Object.values(MESSAGE_LANGUAGES)) {
              const sentence = renderMsg(language, error.msg, 'cli');
              expect(sentence.length).toBeGreaterThan(3);
              expect(sentence).not.toMatch(/undefined|\[object Object\]|^\[/);
            }
            return;
          }
          const view = fleetView(machines.all(), new Date());
          for (const language of Object.values(MESSAGE_LANGUAGES)) {
            let page = '';
            writeSections(view, language, (text) => (page += text));
            expect(page).not.toMatch(/<script|<img|\son\w+=/i);
          }
        },
      ),
      { numRuns: CASES, seed: 21 },
    );
    expect(stats.refused + stats.accepted).toBe(CASES);
    // Both ways are exercised: many mutations hit fields the report ignores.
    expect(stats.refused).toBeGreaterThan(CASES / 5);
    expect(stats.accepted).toBeGreaterThan(CASES / 5);
  }, 600_000);
});
