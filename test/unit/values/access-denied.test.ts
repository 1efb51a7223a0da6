// A catalogue key the tool may not open (access denied, Win32 5: a tightened ACL), produced with
// the fault-injecting registry: a finding, and a refusal with exit 2 naming the key and what to
// do, before anything is written.
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli.js';
import { GROUPS } from '../../../src-main/core/catalogue/catalogue.js';
import { detect } from '../../../src-main/core/detect/detect.js';
import { applyPlan } from '../../../src-main/core/operations/apply.js';
import { rollback } from '../../../src-main/core/operations/rollback.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import {
  FaultInjectingRegistry,
  parseDenied,
} from '../../../src-main/core/registry/fault-injecting-registry.js';
import { operationSetup, tempFolder } from '../../support/sim.js';

const CLIENT = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';
const SCHANNEL = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL';

function cli(simDir: string, argv: string[], deny?: string) {
  const lines: string[] = [];
  const env: Record<string, string> = { TLS12_WIZARD_SIM_DIR: simDir };
  if (deny) env.TLS12_WIZARD_TEST_DENY = deny;
  const code = runCli([...argv, '--simulate', 'win7-sp1'], {
    out: (t) => lines.push(t),
    err: (t) => lines.push(t),
    env,
    platform: 'linux',
    version: 't',
  });
  return { code, out: lines.join('\n') };
}

/** The refusal of a key denied for `access` at `key` (HKLM, shared view). */
const denied = (access: 'read' | 'write', key: string) =>
  msg('refusal.keyDenied', { at: { hive: 'HKLM', view: 'shared', key }, access });
const refusedFor = (reason: Msg) => msg('result.refused', { reasons: [reason] });

const registryFile = (simDir: string) =>
  fs.readFileSync(path.join(simDir, 'win7-sp1', 'registry.json'), 'utf8');

describe('a key that cannot be opened', () => {
  it.each([
    ['read', CLIENT, 'key-read-denied', denied('read', CLIENT)],
    // The Client key does not exist yet: it would be created under SCHANNEL, whose ACL denies it.
    ['write', SCHANNEL, 'key-write-denied', denied('write', `${SCHANNEL}\\Protocols`)],
  ] as const)(
    '%s denied on %s: audit and apply exit 2 naming the key, nothing written',
    (access, key, code, refusal) => {
      const simDir = tempFolder('denied');
      // A key is denied only where it exists: for the read case, an apply creates the Client key.
      if (access === 'read') {
        expect(cli(simDir, ['apply', '--yes', '--only', 'schannel', '--backup-dir', tempFolder()]).code).toBe(
          3010,
        );
      }
      expect(cli(simDir, ['audit']).code).toBe(1);
      const before = registryFile(simDir);
      const audit = cli(simDir, ['audit', '--json'], `${access}:${key}`);
      expect(audit.code).toBe(2);
      const plan = (JSON.parse(audit.out) as { plan: { findings: { code: string }[]; blockers: Msg[] } })
        .plan;
      expect(plan.findings.map((f) => f.code)).toContain(code);
      expect(plan.blockers).toEqual([refusal]);
      const text = cli(simDir, ['audit'], `${access}:${key}`);
      expect(text.out).toMatch(/Cannot apply: HKLM\\SYSTEM/);
      const apply = cli(simDir, ['apply', '--yes', '--json', '--backup-dir', simDir], `${access}:${key}`);
      expect(apply.code).toBe(2);
      const result = (JSON.parse(apply.out) as { result: { outcome: string; msg: Msg } }).result;
      expect(result).toMatchObject({ outcome: 'refused', msg: refusedFor(refusal) });
      expect(registryFile(simDir)).toBe(before);
      expect(fs.readdirSync(simDir).filter((f) => f.endsWith('.json'))).toEqual([]);
    },
  );

  it('is not probed for writing when the tool is not elevated (that refusal comes first)', () => {
    const s = operationSetup('win7-sp1', { elevated: false });
    const registry = new FaultInjectingRegistry(s.machine.registry, null, parseDenied(`write:${SCHANNEL}`));
    const plan = buildPlan(registry, detect({ ...s.machine, registry }), '1.2', [...GROUPS]);
    expect(plan.blockers).toEqual([]);
    expect(
      applyPlan(plan, { backupDir: s.backupDir }, { ...s.ctx, machine: { ...s.machine, registry } }).msg,
    ).toEqual(refusedFor(msg('result.notAdmin', {})));
  });

  it('rollback into a key that cannot be written: exit 2, nothing written', () => {
    const s = operationSetup('win7-sp1');
    const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', [...GROUPS]);
    const applied = applyPlan(plan, { backupDir: s.backupDir }, s.ctx);
    expect(applied.exitCode).toBe(3010);
    const after = s.machine.registry.snapshot();
    const registry = new FaultInjectingRegistry(s.machine.registry, null, parseDenied(`write:${CLIENT}`));
    const r = rollback(applied.backup?.jsonFile as string, { ...s.ctx, machine: { ...s.machine, registry } });
    expect(r.exitCode).toBe(2);
    expect(r.msg).toEqual(refusedFor(denied('write', CLIENT)));
    expect(s.machine.registry.snapshot()).toEqual(after);
    const read = new FaultInjectingRegistry(s.machine.registry, null, parseDenied(`read:${CLIENT}`));
    const r2 = rollback(applied.backup?.jsonFile as string, {
      ...s.ctx,
      machine: { ...s.machine, registry: read },
    });
    expect(r2.exitCode).toBe(2);
    expect(r2.msg).toEqual(refusedFor(denied('read', CLIENT)));
    expect(s.machine.registry.snapshot()).toEqual(after);
  });

  it('parses the test hook', () => {
    expect(parseDenied('write:SYSTEM\\X\\')).toEqual([{ access: 'write', path: 'SYSTEM\\X' }]);
    expect(parseDenied('list:SYSTEM\\X')).toEqual([]);
    expect(parseDenied(undefined)).toEqual([]);
  });
});
