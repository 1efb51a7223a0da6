// Issue 9 §7: a value the tool set and someone else changed before a rollback is shown (current,
// what the tool set, what the backup restores) and overwritten only when confirmed.
import { msg } from '../../src-shared/messages/messages.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumOf, type BackupDocument } from '../../src-main/core/backup/backup-document.js';
import { GROUPS } from '../../src-main/core/catalogue/catalogue.js';
import { detect } from '../../src-main/core/detect/detect.js';
import { applyPlan } from '../../src-main/core/operations/apply.js';
import { planRollback, rollback } from '../../src-main/core/operations/rollback.js';
import { buildPlan } from '../../src-main/core/plan/build-plan.js';
import { operationSetup, tempFolder } from '../support/sim.js';
import { simCli } from '../support/sim-cli.js';
import { wizardFor } from '../support/wizard.js';

const WINHTTP = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';
const AT = { hive: 'HKLM', view: '64', path: WINHTTP } as const;
const DPS = 'DefaultSecureProtocols';

function applied() {
  const s = operationSetup('win7-sp1');
  const before = s.machine.registry.snapshot();
  const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', [...GROUPS]);
  const result = applyPlan(plan, { backupDir: s.backupDir }, s.ctx);
  expect(result.exitCode).toBe(3010);
  return { s, before, file: result.backup?.jsonFile as string };
}

/** The backup rewritten by `change` and sealed again (what an older version, or a planter, writes). */
function rewritten(file: string, change: (d: Record<string, unknown>) => void): string {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(doc);
  const out = file.replace(/\.json$/, '-edited.json');
  const sealed = { ...doc, checksum: checksumOf(doc as unknown as BackupDocument) };
  fs.writeFileSync(out, JSON.stringify(sealed, null, 2));
  return out;
}

describe('drift before a rollback', () => {
  it('a genuine backup records what the apply set, and without drift rolls back as before', () => {
    const { s, before, file } = applied();
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupDocument;
    expect(doc.formatVersion).toBe(3);
    expect(doc.applied?.values.find((v) => v.view === '64' && v.name === DPS)?.data).toBe(0x800);
    const plan = planRollback(file, s.ctx);
    expect(plan.driftKnown).toBe(true);
    expect(plan.items.every((i) => i.drift === 'none')).toBe(true);
    expect(rollback(file, s.ctx).exitCode).toBe(3010);
    expect(s.machine.registry.snapshot()).toEqual(before);
  });

  it('shows current, what the tool set and what is restored; refuses unless confirmed', () => {
    const { s, before, file } = applied();
    s.machine.registry.setValue(AT, DPS, { type: 'REG_DWORD', data: 0x2a0 });
    const plan = planRollback(file, s.ctx);
    const item = plan.items.find((i) => i.value.view === '64' && i.value.name === DPS);
    expect(item).toMatchObject({
      current: { type: 'REG_DWORD', data: 0x2a0 },
      setByTool: { type: 'REG_DWORD', data: 0x800 },
      restoreTo: null,
      drift: 'drifted',
    });
    expect(plan.items.filter((i) => i.drift === 'drifted')).toHaveLength(1);

    const changed = s.machine.registry.snapshot();
    const refused = rollback(file, s.ctx);
    expect(refused.exitCode).toBe(2);
    expect(refused.msg).toEqual(
      msg('result.refused', {
        reasons: [msg('rollback.drifted', { names: ['DefaultSecureProtocols (64)'] })],
      }),
    );
    expect(s.machine.registry.snapshot()).toEqual(changed);

    expect(rollback(file, s.ctx, { overwriteDrift: true }).exitCode).toBe(3010);
    expect(s.machine.registry.snapshot()).toEqual(before);
  });

  it('a value already put back by someone else is no drift (nothing is overwritten)', () => {
    const { s, file } = applied();
    s.machine.registry.deleteValue(AT, DPS);
    const item = planRollback(file, s.ctx).items.find((i) => i.value.view === '64' && i.value.name === DPS);
    expect(item).toMatchObject({ changes: false, drift: 'none' });
  });

  it('an older backup (format 1, no "applied") still rolls back; drift is unknown and said so', () => {
    const { s, before, file } = applied();
    const old = rewritten(file, (d) => {
      d.formatVersion = 1;
      delete d.applied;
    });
    s.machine.registry.setValue(AT, DPS, { type: 'REG_DWORD', data: 0x2a0 });
    const plan = planRollback(old, s.ctx);
    expect(plan.driftKnown).toBe(false);
    expect(plan.items.every((i) => i.drift === 'unknown' && i.setByTool === null)).toBe(true);
    expect(rollback(old, s.ctx).exitCode).toBe(3010);
    expect(s.machine.registry.snapshot()).toEqual(before);
  });

  it.each([
    [
      'format 3 without "applied"',
      (d: Record<string, unknown>) => delete d.applied,
      'the field "applied" is missing.',
    ],
    [
      'format 2 with "applied"',
      (d: Record<string, unknown>) => (d.formatVersion = 2),
      'format 2 has no field "applied".',
    ],
    [
      '"applied" at other locations',
      (d: Record<string, unknown>) => (d.applied as { values: unknown[] }).values.reverse(),
      'the field "applied" does not name the values of "state".',
    ],
    [
      '"applied" outside the catalogue',
      (d: Record<string, unknown>) =>
        Object.assign((d.applied as { values: object[] }).values[0] as object, { name: 'Debugger' }),
      'Value 1 (HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp "Debugger", 64 view) is not a value this tool manages on this Windows: the file is refused.',
    ],
  ])('%s is refused (exit 2), registry unchanged', (_what, change, detail) => {
    const { s, file } = applied();
    const bad = rewritten(file, change);
    const snapshot = s.machine.registry.snapshot();
    const r = rollback(bad, s.ctx, { overwriteDrift: true });
    expect(r.exitCode).toBe(2);
    expect(r.msg).toEqual(
      msg('result.refused', { reasons: [msg('backup.invalidState', { file: bad, detail })] }),
    );
    expect(s.machine.registry.snapshot()).toEqual(snapshot);
  });
});

describe('drift through the CLI', () => {
  const registryFile = (dir: string) => path.join(dir, 'win7-sp1', 'registry.json');

  it('prints and returns (--json) the drift, and overwrites it only with --overwrite-drift', () => {
    const dir = tempFolder('drift-cli');
    const r = simCli(dir, ['apply', '--yes', '--json']);
    const file = (JSON.parse(r.out.slice(r.out.indexOf('{'))) as { result: { backup: { jsonFile: string } } })
      .result.backup.jsonFile;
    const reg = JSON.parse(fs.readFileSync(registryFile(dir), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    (reg[`HKLM\\${WINHTTP}`] as Record<string, unknown>)[DPS] = { type: 'REG_DWORD', data: 0x2a0 };
    fs.writeFileSync(registryFile(dir), JSON.stringify(reg));
    const changed = fs.readFileSync(registryFile(dir), 'utf8');

    const text = simCli(dir, ['rollback', '--yes', '--backup', file]);
    expect(text.code).toBe(2);
    expect(text.out).toMatch(
      /DefaultSecureProtocols {3}0x000002A0 \(672\) .*\n {6}DRIFT: changed since the apply; the tool had set 0x00000800 \(2048\)/,
    );
    expect(fs.readFileSync(registryFile(dir), 'utf8')).toBe(changed);

    const json = simCli(dir, ['rollback', '--yes', '--backup', file, '--json']);
    const doc = JSON.parse(json.out) as {
      exitCode: number;
      rollbackPlan: { driftKnown: boolean; items: { drift: string; setByTool: unknown; current: unknown }[] };
    };
    expect(doc.exitCode).toBe(2);
    expect(doc.rollbackPlan.driftKnown).toBe(true);
    expect(doc.rollbackPlan.items.filter((i) => i.drift === 'drifted')).toEqual([
      expect.objectContaining({
        current: { type: 'REG_DWORD', data: 0x2a0 },
        setByTool: { type: 'REG_DWORD', data: 0x800 },
      }),
    ]);

    expect(simCli(dir, ['rollback', '--yes', '--backup', file, '--overwrite-drift']).code).toBe(3010);
  });
});

describe('drift in the wizard service', () => {
  it('the preview marks it; the rollback without confirmation is refused with the new preview, then runs confirmed', () => {
    const w = wizardFor('win7-sp1');
    w.service.apply({ protocols: '1.2', groups: null, replaceWrongTypes: false });
    const id = w.service.listBackups()[0]?.id as string;
    w.machine.registry.setValue(AT, DPS, { type: 'REG_DWORD', data: 0x2a0 });
    const preview = w.service.previewRollback({ id });
    expect(preview.driftKnown).toBe(true);
    expect(preview.items.filter((i) => i.drift === 'drifted')).toEqual([
      expect.objectContaining({
        view: '64',
        current: { type: 'REG_DWORD', data: 0x2a0 },
        setByTool: { type: 'REG_DWORD', data: 0x800 },
      }),
    ]);
    const request = { id, restoreWrongTypes: false, previewHash: preview.contentHash };
    const snapshot = w.machine.registry.snapshot();
    const refused = w.service.rollback({ ...request, overwriteDrift: false });
    expect(refused.result.exitCode).toBe(2);
    expect(refused.after?.items.some((i) => i.drift === 'drifted')).toBe(true);
    expect(w.machine.registry.snapshot()).toEqual(snapshot);
    expect(w.service.rollback({ ...request, overwriteDrift: true }).result.exitCode).toBe(3010);
  });
});
