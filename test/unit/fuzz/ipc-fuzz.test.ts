// Property-based fuzzing of every IPC channel against the real handlers and core (simulated
// Windows 7): random and boundary payloads. Each is answered with an envelope (never a throw),
// and no registry write happens unless the channel is one that writes and its request passed the
// schema (so the handler planned it itself).
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FaultInjectingRegistry } from '../../../src-main/core/registry/fault-injecting-registry.js';
import { findProfile } from '../../../src-main/core/simulation/profiles.js';
import { simulatedMachine } from '../../../src-main/core/simulation/simulated-machine.js';
import { JournalStore } from '../../../src-main/core/state/journal.js';
import { CHANNEL_NAMES, parseRequest, type ChannelName } from '../../../src-main/ipc/contract.js';
import { dispatch, handlersFor } from '../../../src-main/ipc/dispatch.js';
import { simulatedPlatform } from '../../../src-main/wizard/simulated-platform.js';
import { WizardService } from '../../../src-main/wizard/wizard-service.js';
import { tempFolder } from '../../support/sim.js';

const RUNS_PER_CHANNEL = 500;
const WRITING: ChannelName[] = ['apply', 'rollback', 'repairInterrupted'];

function setup() {
  const root = tempFolder('fuzz');
  const backupFolder = path.join(root, 'backups');
  fs.mkdirSync(backupFolder);
  const machine = simulatedMachine(findProfile('win7-sp1') as NonNullable<ReturnType<typeof findProfile>>);
  const counter = new FaultInjectingRegistry(machine.registry, null);
  const service = new WizardService({
    machine: { ...machine, registry: counter },
    journal: new JournalStore(path.join(root, 'state')),
    platform: simulatedPlatform(machine, { pickFolder: null, pickFile: null, log: () => undefined }),
    toolVersion: 'fuzz',
    locale: 'en',
    backupFolder,
    stickFolder: null,
    simulation: { profile: 'win7-sp1', label: 'fuzz' },
  });
  return { handlers: handlersFor(service), writes: () => counter.counts.write + counter.counts.delete };
}

const nasty = fc.oneof(
  fc.constantFrom(
    '',
    '..\\..\\Windows\\System32\\config\\SAM',
    'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run',
    'TLS12-backup_X_20260101-000000.json\u0000.reg',
    'TLS12-backup_..\\..\\x_20260101-000000.json',
    '__proto__',
    'constructor',
    '1.2\u0000',
    ' 1.2',
    'a'.repeat(100_000),
  ),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
);

const valid: Record<ChannelName, unknown> = {
  start: {},
  repairInterrupted: {},
  plan: { protocols: '1.2', groups: ['winhttp'] },
  chooseBackupFolder: {},
  check: { forTicket: true },
  apply: { protocols: '1.2', groups: null, replaceWrongTypes: false, reviewedPlan: '0'.repeat(64) },
  listBackups: {},
  chooseBackupFile: {},
  previewRollback: { id: 'TLS12-backup_SIM-WIN7_20260101-000000.json' },
  rollback: {
    id: 'TLS12-backup_SIM-WIN7_20260101-000000.json',
    restoreWrongTypes: false,
    previewHash: '0'.repeat(64),
    overwriteDrift: false,
  },
  installKb: {},
  openReport: { lang: 'en' },
  copySummary: { lang: 'sv' },
  restart: { when: 'later' },
  relaunchElevated: {},
  finish: {},
};

/** Random payloads, and valid ones with one field broken, added, or swapped for something nasty. */
function payloads(channel: ChannelName): fc.Arbitrary<unknown> {
  const base = valid[channel] as Record<string, unknown>;
  const keys = Object.keys(base);
  const mutated = fc
    .record({
      key:
        keys.length > 0
          ? fc.constantFrom(...keys, '__proto__', 'path', 'key', 'constructor')
          : fc.constantFrom('path', '__proto__'),
      value: fc.oneof(
        nasty,
        fc.anything(),
        fc.array(nasty, { maxLength: 6 }),
        fc.constantFrom(null, undefined, 0, -1, 2 ** 53, NaN, true),
      ),
    })
    .map(({ key, value }) => JSON.parse(JSON.stringify({ ...base, [key]: value })) as unknown);
  return fc.oneof(fc.anything(), fc.jsonValue(), mutated, fc.constant(base));
}

function isEnvelope(x: unknown): boolean {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as { ok?: unknown; error?: { code?: unknown; msg?: { code?: unknown } } };
  return e.ok === true
    ? 'value' in e
    : e.ok === false && typeof e.error?.code === 'string' && typeof e.error.msg?.code === 'string';
}

function passesSchema(channel: ChannelName, payload: unknown): boolean {
  try {
    parseRequest(channel, payload);
    return true;
  } catch {
    return false;
  }
}

describe('IPC fuzzing against the real handlers', () => {
  it.each(CHANNEL_NAMES.map((c) => [c]))(
    `%s: ${RUNS_PER_CHANNEL} random and boundary payloads`,
    async (channel) => {
      const { handlers, writes } = setup();
      await fc.assert(
        fc.asyncProperty(payloads(channel), async (payload) => {
          const before = writes();
          const envelope = await dispatch(handlers, channel, payload, true);
          expect(isEnvelope(envelope)).toBe(true);
          if (writes() > before) {
            expect(WRITING).toContain(channel);
            expect(passesSchema(channel, payload)).toBe(true);
          }
          if (!passesSchema(channel, payload))
            expect(envelope).toMatchObject({ ok: false, error: { code: 'bad-request' } });
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );
    },
  );

  it('an untrusted sender gets nothing, whatever it sends, and nothing is written', async () => {
    const { handlers, writes } = setup();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES), fc.anything(), async (channel, payload) => {
        const envelope = await dispatch(handlers, channel, payload ?? valid[channel], false);
        expect(envelope).toEqual({
          ok: false,
          error: {
            code: 'untrusted-sender',
            msg: { code: 'ipc.unknownSender', params: {} },
          },
        });
      }),
      { numRuns: 1000 },
    );
    expect(writes()).toBe(0);
  });

  it('an unknown channel is refused', async () => {
    const { handlers, writes } = setup();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          nasty,
          fc.constantFrom('writeValue', 'setRegistry', 'toString', '__proto__', 'hasOwnProperty'),
        ),
        async (name) => {
          fc.pre(!(CHANNEL_NAMES as string[]).includes(name));
          expect(await dispatch(handlers, name, valid.apply, true)).toMatchObject({
            ok: false,
            error: { code: 'unknown-channel' },
          });
        },
      ),
      { numRuns: 500 },
    );
    expect(writes()).toBe(0);
  });

  it('a valid apply does write (the fuzzing can see writes)', async () => {
    const { handlers, writes } = setup();
    // Bound to the reviewed plan: another fingerprint is refused and writes nothing.
    expect(await dispatch(handlers, 'apply', valid.apply, true)).toMatchObject({
      ok: true,
      value: {
        result: { outcome: 'refused' },
        after: { fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
    });
    expect(writes()).toBe(0);
    const planned = (await dispatch(handlers, 'plan', { protocols: '1.2', groups: null }, true)) as {
      value: { fingerprint: string };
    };
    const request = { ...(valid.apply as object), reviewedPlan: planned.value.fingerprint };
    expect(await dispatch(handlers, 'apply', request, true)).toMatchObject({
      ok: true,
      value: { result: { outcome: 'done' } },
    });
    expect(writes()).toBeGreaterThan(0);
  });
});
