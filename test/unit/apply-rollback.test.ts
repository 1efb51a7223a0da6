import { msg, type Msg } from '../../src-shared/messages/messages.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../src-main/core/catalogue/catalogue.js';
import { PROTOCOL_CHOICES, type ProtocolChoice } from '../../src-main/core/catalogue/protocols.js';
import { detect } from '../../src-main/core/detect/detect.js';
import { applyPlan } from '../../src-main/core/operations/apply.js';
import { planRollback, rollback } from '../../src-main/core/operations/rollback.js';
import { buildPlan } from '../../src-main/core/plan/build-plan.js';
import type { KeyLocation, RegistryPort } from '../../src-main/core/registry/registry-port.js';
import { operationSetup, REFUSED_PROFILES, SUPPORTED_PROFILES } from '../support/sim.js';

const CLIENT = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';

function applyOn(s: ReturnType<typeof operationSetup>, choice: ProtocolChoice = '1.2', groups = [...GROUPS]) {
  const plan = buildPlan(s.machine.registry, detect(s.machine), choice, groups);
  return { plan, result: applyPlan(plan, { backupDir: s.backupDir }, s.ctx) };
}

describe('apply and rollback round trip', () => {
  for (const profile of SUPPORTED_PROFILES) {
    for (const choice of PROTOCOL_CHOICES) {
      it(`${profile.id}, protocols ${choice}: apply sets and verifies, rollback restores the exact registry`, () => {
        const s = operationSetup(profile.id);
        const before = s.machine.registry.snapshot();
        const { plan, result } = applyOn(s, choice);
        expect(result.outcome).toBe('done');
        expect(result.exitCode).toBe(3010);
        for (const item of plan.items) {
          expect(
            s.machine.registry.readValue({ hive: item.hive, view: item.view, path: item.key }, item.name),
          ).toEqual(item.desired);
        }
        expect(s.journal.read()).toBeNull();
        const back = rollback(result.backup?.jsonFile as string, s.ctx);
        expect(back.exitCode).toBe(3010);
        expect(s.machine.registry.snapshot()).toEqual(before);
        // A second rollback has nothing to do.
        expect(rollback(result.backup?.jsonFile as string, s.ctx).exitCode).toBe(0);
      });
    }
  }

  it('removes on rollback the keys it created (TLS 1.2\\Client and its parent) and nothing else', () => {
    const s = operationSetup('win7-sp1');
    const { result } = applyOn(s);
    expect(s.machine.registry.keyExists({ hive: 'HKLM', view: 'shared', path: CLIENT })).toBe(true);
    const preview = planRollback(result.backup?.jsonFile as string, s.ctx);
    expect(
      preview.keysToRemove.filter((k) => k.path.includes('SCHANNEL')).map((k) => k.path.split('\\').pop()),
    ).toEqual(['TLS 1.2', 'Client']);
    rollback(result.backup?.jsonFile as string, s.ctx);
    expect(
      s.machine.registry.keyExists({ hive: 'HKLM', view: 'shared', path: CLIENT.replace('\\Client', '') }),
    ).toBe(false);
    expect(
      s.machine.registry.keyExists({
        hive: 'HKLM',
        view: 'shared',
        path: CLIENT.replace('\\TLS 1.2\\Client', '\\SSL 2.0\\Client'),
      }),
    ).toBe(true);
  });

  it('keeps a created key that gained other values since, and still restores the rest', () => {
    const s = operationSetup('win7-sp1');
    const { result } = applyOn(s);
    const client: KeyLocation = { hive: 'HKLM', view: 'shared', path: CLIENT };
    s.machine.registry.setValue(client, 'SomethingElse', { type: 'REG_DWORD', data: 7 });
    const back = rollback(result.backup?.jsonFile as string, s.ctx);
    expect(back.outcome).toBe('done');
    expect(s.machine.registry.listValueNames(client)).toEqual(['SomethingElse']);
  });

  it('says nothing to do, and writes no backup, when everything is already set', () => {
    const s = operationSetup('win10');
    applyOn(s);
    const files = fs.readdirSync(s.backupDir).length;
    const { result } = applyOn(s);
    expect(result).toMatchObject({ outcome: 'nothing-to-do', exitCode: 0 });
    expect(fs.readdirSync(s.backupDir)).toHaveLength(files);
  });

  it('writes the backup before the first registry write', () => {
    const s = operationSetup('win10');
    const seen: boolean[] = [];
    const ctx = {
      ...s.ctx,
      onStep: () => seen.push(fs.readdirSync(s.backupDir).some((f) => f.endsWith('.json'))),
    };
    const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', [...GROUPS]);
    applyPlan(plan, { backupDir: s.backupDir }, ctx);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(Boolean)).toBe(true);
  });
});

/** Why each refused profile is refused, by code. */
const REFUSAL: Record<string, Msg> = {
  xp: msg('os.xp', { x64: false }),
  vista: msg('os.vista', {}),
  'server2008-sp2': msg('os.server2008', {}),
  'server2008r2-itanium': msg('os.itanium', {}),
};

const refused = (...reasons: Msg[]) => msg('result.refused', { reasons });

describe('apply refuses and changes nothing', () => {
  it.each(REFUSED_PROFILES.map((p) => p.id))('on %s, naming why', (id) => {
    const s = operationSetup(id);
    const before = s.machine.registry.snapshot();
    const { plan, result } = applyOn(s);
    expect(plan.items).toEqual([]);
    expect(result).toMatchObject({ outcome: 'refused', exitCode: 2 });
    expect(result.msg).toEqual(refused(REFUSAL[id] as Msg));
    expect(s.machine.registry.snapshot()).toEqual(before);
  });

  it('when not elevated', () => {
    const s = operationSetup('win10', { elevated: false });
    const before = s.machine.registry.snapshot();
    const { result } = applyOn(s);
    expect(result).toMatchObject({ outcome: 'refused', exitCode: 2 });
    expect(result.msg).toEqual(refused(msg('result.notAdmin', {})));
    expect(s.machine.registry.snapshot()).toEqual(before);
    expect(fs.readdirSync(s.backupDir)).toEqual([]);
  });

  it('when the backup folder is missing, with what to do', () => {
    const s = operationSetup('win7-sp1');
    const before = s.machine.registry.snapshot();
    const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', [...GROUPS]);
    const folder = path.join(s.root, 'no-such-folder');
    const result = applyPlan(plan, { backupDir: folder }, s.ctx);
    expect(result).toMatchObject({ outcome: 'refused', exitCode: 2 });
    expect(result.msg).toEqual(refused(msg('backup.folderMissing', { folder })));
    expect(s.machine.registry.snapshot()).toEqual(before);
  });

  // A read-only backup folder (permission bits, as an ordinary user): faults/read-only-folder.test.ts.

  it('when a value has the wrong type, unless the technician confirms; rollback restores the REG_SZ exactly', () => {
    const s = operationSetup('win10');
    const key: KeyLocation = {
      hive: 'HKLM',
      view: '32',
      path: 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319',
    };
    s.machine.registry.setValue(key, 'SchUseStrongCrypto', { type: 'REG_SZ', data: '1' });
    const before = s.machine.registry.snapshot();
    const { plan, result } = applyOn(s);
    expect(result.exitCode).toBe(2);
    expect(result.msg).toEqual(refused(msg('result.wrongTypes', { names: ['SchUseStrongCrypto'] })));
    expect(s.machine.registry.snapshot()).toEqual(before);
    const confirmed = applyPlan(plan, { backupDir: s.backupDir, replaceWrongTypes: true }, s.ctx);
    expect(confirmed.exitCode).toBe(3010);
    expect(s.machine.registry.readValue(key, 'SchUseStrongCrypto')).toEqual({ type: 'REG_DWORD', data: 1 });
    expect(rollback(confirmed.backup?.jsonFile as string, s.ctx).exitCode).toBe(2);
    expect(rollback(confirmed.backup?.jsonFile as string, s.ctx, { restoreWrongTypes: true }).exitCode).toBe(
      3010,
    );
    expect(s.machine.registry.snapshot()).toEqual(before);
  });
});

/** Wraps a registry and throws on the n-th write-like call. */
function failingOnWrite(inner: RegistryPort, n: number): RegistryPort {
  let count = 0;
  const guard = <T>(fn: () => T): T => {
    count += 1;
    if (count === n) throw new Error(`injected failure on write ${n}`);
    return fn();
  };
  return {
    adapterName: 'failing',
    keyExists: (k) => inner.keyExists(k),
    readValue: (k, name) => inner.readValue(k, name),
    listValueNames: (k) => inner.listValueNames(k),
    listSubkeys: (k) => inner.listSubkeys(k),
    createKey: (k) => guard(() => inner.createKey(k)),
    setValue: (k, name, v) => guard(() => inner.setValue(k, name, v)),
    deleteValue: (k, name) => guard(() => inner.deleteValue(k, name)),
    deleteEmptyKey: (k) => guard(() => inner.deleteEmptyKey(k)),
    checkWriteAccess: (k) => inner.checkWriteAccess(k),
  };
}

describe('a failure half-way', () => {
  it.each([1, 5, 14])('on write %i: exit 1603, every value already changed is put back', (n) => {
    const s = operationSetup('win7-sp1');
    const before = s.machine.registry.snapshot();
    const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', [...GROUPS]);
    const machine = { ...s.machine, registry: failingOnWrite(s.machine.registry, n) };
    const result = applyPlan(plan, { backupDir: s.backupDir }, { ...s.ctx, machine });
    expect(result).toMatchObject({ outcome: 'failed', exitCode: 1603, restored: true });
    expect(result.msg).toMatchObject({
      code: 'result.applyFailed',
      params: { error: `injected failure on write ${n}`, restoreError: null },
    });
    expect(s.machine.registry.snapshot()).toEqual(before);
    expect(s.journal.read()).toBeNull();
  });
});

describe('values of unexpected types already in the registry', () => {
  it('REG_QWORD, REG_BINARY, REG_MULTI_SZ and REG_EXPAND_SZ: reported, replaced only when confirmed, restored exactly', () => {
    const s = operationSetup('win10');
    const reg = s.machine.registry;
    const netfx = (view: '64' | '32', v: string): KeyLocation => ({
      hive: 'HKLM',
      view,
      path: `SOFTWARE\\Microsoft\\.NETFramework\\${v}`,
    });
    // .NET 3.5 is installed here (its setup key), so its values are planned; its keys hold odd values.
    const ndp35: KeyLocation = {
      hive: 'HKLM',
      view: '64',
      path: 'SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v3.5',
    };
    reg.createKey(ndp35);
    reg.setValue(ndp35, 'Install', { type: 'REG_DWORD', data: 1 });
    for (const view of ['64', '32'] as const) reg.createKey(netfx(view, 'v2.0.50727'));
    reg.setValue(netfx('64', 'v4.0.30319'), 'SchUseStrongCrypto', {
      type: 'REG_QWORD',
      data: '18446744073709551615',
    });
    reg.setValue(netfx('32', 'v4.0.30319'), 'SchUseStrongCrypto', { type: 'REG_BINARY', data: '0100ff' });
    reg.setValue(netfx('64', 'v2.0.50727'), 'SchUseStrongCrypto', { type: 'REG_MULTI_SZ', data: ['1', ''] });
    reg.setValue(netfx('32', 'v2.0.50727'), 'SchUseStrongCrypto', { type: 'REG_EXPAND_SZ', data: '%ONE%' });
    const before = reg.snapshot();
    const plan = buildPlan(reg, detect(s.machine), '1.2', ['dotnet']);
    expect(plan.findings.filter((f) => f.code === 'wrong-type')).toHaveLength(4);
    expect(applyPlan(plan, { backupDir: s.backupDir }, s.ctx).exitCode).toBe(2);
    expect(reg.snapshot()).toEqual(before);
    const applied = applyPlan(plan, { backupDir: s.backupDir, replaceWrongTypes: true }, s.ctx);
    expect(applied.exitCode).toBe(3010);
    const file = applied.backup?.jsonFile as string;
    const refusedRollback = rollback(file, s.ctx);
    expect(refusedRollback.exitCode).toBe(2);
    expect(refusedRollback.msg).toEqual(
      refused(
        msg('result.restoreWrongTypes', {
          values: [
            { type: 'REG_QWORD', name: 'SchUseStrongCrypto', view: '64' },
            { type: 'REG_BINARY', name: 'SchUseStrongCrypto', view: '32' },
            { type: 'REG_MULTI_SZ', name: 'SchUseStrongCrypto', view: '64' },
            { type: 'REG_EXPAND_SZ', name: 'SchUseStrongCrypto', view: '32' },
          ],
        }),
      ),
    );
    expect(rollback(file, s.ctx, { restoreWrongTypes: true }).exitCode).toBe(3010);
    expect(reg.snapshot()).toEqual(before);
  });
});
