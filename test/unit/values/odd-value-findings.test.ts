// What the audit says about each oddity at a catalogue location, what Windows would read from
// it, and that it is replaced only when confirmed (in-memory registry).
import { english } from '../../../src-shared/messages/messages.js';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src-main/core/detect/detect.js';
import { applyPlan } from '../../../src-main/core/operations/apply.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import type { KeyLocation, RegValue } from '../../../src-main/core/registry/registry-port.js';
import { operationSetup } from '../../support/sim.js';

const CLIENT: KeyLocation = {
  hive: 'HKLM',
  view: 'shared',
  path: 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
};
const WINHTTP: KeyLocation = {
  hive: 'HKLM',
  view: '64',
  path: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp',
};
const raw = (regType: number, hex: string): RegValue => ({ type: 'REG_RAW', data: { regType, hex } });

function planWith(key: KeyLocation, name: string, value: RegValue) {
  const s = operationSetup('win7-sp1-kb');
  s.machine.registry.createKey(key);
  s.machine.registry.setValue(key, name, value);
  return { s, plan: buildPlan(s.machine.registry, detect(s.machine), '1.2', ['winhttp', 'schannel']) };
}

describe('findings for odd values', () => {
  it.each([
    [
      raw(4, '0100'),
      'dword-too-short',
      /TLS 1\.2\\Client "Enabled" is a REG_DWORD of 2 bytes: 01 00: not a usable DWORD, Windows ignores it\. It is replaced only if you confirm; rollback restores its type and bytes exactly\./,
    ],
    [raw(4, ''), 'dword-too-short', /"Enabled" is a REG_DWORD of no bytes: not a usable DWORD/],
    [
      raw(4, '01000000ffffffff'),
      'dword-too-long',
      /"Enabled" is a REG_DWORD of 8 bytes: 01 00 00 00 ff ff ff ff: Windows reads its first 4 bytes: 0x00000001 \(1\)\./,
    ],
    [
      raw(5, '00000001'),
      'dword-big-endian',
      /is a big-endian DWORD \(REG_DWORD_BIG_ENDIAN, 4 bytes: 00 00 00 01\): not a usable DWORD/,
    ],
    [raw(6, '5c00'), 'registry-link', /is a registry link \(REG_LINK, 2 bytes: 5c 00\): not a usable DWORD/],
    [raw(1, '310032'), 'malformed-text', /is a REG_SZ that is not well-formed text \(3 bytes: 31 00 32\)/],
    [raw(8, '01'), 'odd-value', /is a REG_RESOURCE_LIST of 1 byte: 01: not a usable DWORD/],
    [
      raw(0x1234, ''),
      'unknown-type',
      /is a value of type 0x00001234, which Windows does not define \(no bytes\)/,
    ],
    [{ type: 'REG_SZ', data: '1' }, 'wrong-type', /is REG_SZ "1", not a DWORD: Windows ignores it/],
  ] as [RegValue, string, RegExp][])('%j: %s', (value, code, message) => {
    const { plan } = planWith(CLIENT, 'Enabled', value);
    const found = plan.findings.filter((f) => f.code === code);
    expect(found).toHaveLength(1);
    expect(english(found[0]?.msg ?? '')).toMatch(message);
    expect(plan.findings.filter((f) => english(f.msg).includes('"Enabled"'))).toHaveLength(1);
    expect(plan.items.find((i) => i.name === 'Enabled')?.action).toBe('replace-type');
  });

  it('a longer REG_DWORD counts as what Windows reads: its TLS 1.3 bit is kept in the new mask', () => {
    const { plan } = planWith(WINHTTP, 'DefaultSecureProtocols', raw(4, '002a000000000000'));
    const item = plan.items.find((i) => i.name === 'DefaultSecureProtocols' && i.view === '64');
    expect(item?.desired).toEqual({ type: 'REG_DWORD', data: 0x2800 });
    expect(item?.action).toBe('replace-type');
  });

  it('is replaced only when confirmed; a value too large to back up is refused even then', () => {
    const { s, plan } = planWith(CLIENT, 'Enabled', raw(4, '0100'));
    const before = s.machine.registry.snapshot();
    const refused = applyPlan(plan, { backupDir: s.backupDir }, s.ctx);
    expect(refused.exitCode).toBe(2);
    expect(english(refused.msg)).toMatch(
      /unexpected type \(Enabled\).*--replace-wrong-types.*Nothing was changed\./,
    );
    expect(s.machine.registry.snapshot()).toEqual(before);
    expect(applyPlan(plan, { backupDir: s.backupDir, replaceWrongTypes: true }, s.ctx).exitCode).toBe(3010);

    const big = planWith(CLIENT, 'Enabled', { type: 'REG_BINARY', data: 'ab'.repeat(16 * 1024 + 1) });
    expect(big.plan.findings.map((f) => f.code)).toContain('value-too-large');
    expect(big.plan.blockers.map((b) => english(b)).join(' ')).toMatch(
      /"Enabled" is too large to back up\. Export the key with regedit/,
    );
    const bigBefore = big.s.machine.registry.snapshot();
    const r = applyPlan(big.plan, { backupDir: big.s.backupDir, replaceWrongTypes: true }, big.s.ctx);
    expect(r.exitCode).toBe(2);
    expect(english(r.msg)).toMatch(/Nothing was changed\.$/);
    expect(big.s.machine.registry.snapshot()).toEqual(bigBefore);
  });
});
