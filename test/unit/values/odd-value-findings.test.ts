// What the audit says about each oddity at a catalogue location, what Windows would read from
// it, and that it is replaced only when confirmed (in-memory registry).
import { english, msg, type Msg, type ParamsOf } from '../../../src-shared/messages/messages.js';
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

const AT = { hive: 'HKLM', view: 'shared', key: CLIENT.path, name: 'Enabled' } as const;
const odd = (
  kind: ParamsOf<'finding.oddValue'>['kind'],
  type: string,
  bytes: number,
  hex: string,
  reads: string | null = null,
) => msg('finding.oddValue', { at: AT, kind, type, bytes, hex, reads });

describe('findings for odd values', () => {
  it('say in English what the value is and what Windows reads', () => {
    const { plan } = planWith(CLIENT, 'Enabled', raw(4, '0100'));
    expect(english(plan.findings.find((f) => f.code === 'dword-too-short')?.msg ?? '')).toMatch(
      /TLS 1\.2\\Client "Enabled" is a REG_DWORD of 2 bytes: 01 00: not a usable DWORD, Windows ignores it\. It is replaced only if you confirm; rollback restores its type and bytes exactly\./,
    );
  });

  it.each([
    [raw(4, '0100'), 'dword-too-short', odd('dword-size', 'REG_DWORD', 2, '01 00')],
    [raw(4, ''), 'dword-too-short', odd('dword-size', 'REG_DWORD', 0, '')],
    [
      raw(4, '01000000ffffffff'),
      'dword-too-long',
      odd('dword-size', 'REG_DWORD', 8, '01 00 00 00 ff ff ff ff', '0x00000001 (1)'),
    ],
    [raw(5, '00000001'), 'dword-big-endian', odd('big-endian', 'REG_DWORD_BIG_ENDIAN', 4, '00 00 00 01')],
    [raw(6, '5c00'), 'registry-link', odd('link', 'REG_LINK', 2, '5c 00')],
    [raw(1, '310032'), 'malformed-text', odd('malformed-text', 'REG_SZ', 3, '31 00 32')],
    [raw(8, '01'), 'odd-value', odd('odd', 'REG_RESOURCE_LIST', 1, '01')],
    [raw(0x1234, ''), 'unknown-type', odd('unknown-type', 'type 0x00001234', 0, '')],
    [{ type: 'REG_SZ', data: '1' }, 'wrong-type', msg('finding.wrongType', { at: AT, value: 'REG_SZ "1"' })],
  ] as [RegValue, string, Msg][])('%j: %s', (value, code, expected) => {
    const { plan } = planWith(CLIENT, 'Enabled', value);
    const found = plan.findings.filter((f) => f.code === code);
    expect(found).toHaveLength(1);
    expect(found[0]?.msg).toEqual(expected);
    expect(plan.findings.filter((f) => JSON.stringify(f.msg.params).includes('"Enabled"'))).toHaveLength(1);
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
    expect(refused.msg).toEqual(
      msg('result.refused', { reasons: [msg('result.wrongTypes', { names: ['Enabled'] })] }),
    );
    expect(s.machine.registry.snapshot()).toEqual(before);
    expect(applyPlan(plan, { backupDir: s.backupDir, replaceWrongTypes: true }, s.ctx).exitCode).toBe(3010);

    const big = planWith(CLIENT, 'Enabled', { type: 'REG_BINARY', data: 'ab'.repeat(16 * 1024 + 1) });
    expect(big.plan.findings.map((f) => f.code)).toContain('value-too-large');
    expect(big.plan.blockers).toEqual([msg('refusal.tooLargeToBackUp', { at: AT })]);
    const bigBefore = big.s.machine.registry.snapshot();
    const r = applyPlan(big.plan, { backupDir: big.s.backupDir, replaceWrongTypes: true }, big.s.ctx);
    expect(r.exitCode).toBe(2);
    expect(r.msg).toEqual(msg('result.refused', { reasons: [msg('refusal.tooLargeToBackUp', { at: AT })] }));
    expect(big.s.machine.registry.snapshot()).toEqual(bigBefore);
  });
});
