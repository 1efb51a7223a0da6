// A sample of the fault matrix on the real registry (Wine): the first, a middle and the last
// registry write of a full apply fail with Win32 error 5; the export must be byte-for-byte the
// same as before, and the exit code 1603. Also a crash (killed process) after a middle write.
import { describe, expect, it } from 'vitest';
import { createPrefix, destroyPrefix, runCli } from './harness.js';
import { exportAll } from './watched-keys.js';

const APPLY = [
  'apply',
  '--yes',
  '--only',
  'winhttp,dotnet,schannel,wininet',
  '--backup-dir',
  'C:\\',
  '--json',
];

describe('faults on the real registry (Wine, Windows 7 SP1)', () => {
  it('the first, a middle and the last write failing leave the registry exactly as it was', () => {
    // Count the writes of a full apply on this prefix (what exists differs from the simulation).
    const counting = createPrefix('win7');
    let writes: number;
    try {
      const r = runCli(counting, APPLY);
      expect(r.code, r.stderr).toBe(3010);
      const steps = (JSON.parse(r.stdout) as { result: { steps: { kind: string }[] } }).result.steps;
      writes = steps.filter((s) => s.kind === 'create-key' || s.kind === 'set-value').length;
      expect(writes).toBeGreaterThanOrEqual(13);
    } finally {
      destroyPrefix(counting);
    }
    for (const n of [1, Math.ceil(writes / 2), writes]) {
      const prefix = createPrefix('win7');
      try {
        const before = exportAll(prefix);
        const r = runCli(prefix, APPLY, { env: { TLS12_WIZARD_TEST_FAULT: `write:${n}:5` } });
        expect(r.code, `write ${n}: ${r.stdout}${r.stderr}`).toBe(1603);
        expect(r.stdout).toMatch(/Could not (write|create) HKLM\\[^"]+.*access denied.*Win32 error 5/);
        expect(exportAll(prefix), `write ${n}`).toEqual(before);
      } finally {
        destroyPrefix(prefix);
      }
    }
  });

  it('a process killed after a middle write is repaired by the next run', () => {
    const prefix = createPrefix('win7');
    try {
      const before = exportAll(prefix);
      const crashed = runCli(prefix, APPLY, { env: { TLS12_WIZARD_TEST_CRASH_AFTER_WRITE: '7' } });
      expect(crashed.code).not.toBe(3010);
      expect(exportAll(prefix)).not.toEqual(before);
      const next = runCli(prefix, ['audit', '--json']);
      expect((JSON.parse(next.stdout) as { repair: { repaired: boolean; ok: boolean } }).repair).toEqual(
        expect.objectContaining({ repaired: true, ok: true }),
      );
      expect(exportAll(prefix)).toEqual(before);
    } finally {
      destroyPrefix(prefix);
    }
  });
});
