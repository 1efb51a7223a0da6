// The messages main produces in the situations a technician meets: the real core and wizard
// service on simulated machines (profiles, odd values, denied keys, failed writes, hostile backups).
// main-messages.test.ts (Swedish) and pseudo-locale.test.ts render them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBackupFile } from '../../src-main/core/backup/backup-files.js';
import { GROUPS } from '../../src-main/core/catalogue/catalogue.js';
import { detect } from '../../src-main/core/detect/detect.js';
import { familyOf } from '../../src-main/core/detect/detect-os.js';
import { applyPlan } from '../../src-main/core/operations/apply.js';
import { rollback } from '../../src-main/core/operations/rollback.js';
import { buildPlan } from '../../src-main/core/plan/build-plan.js';
import {
  FaultInjectingRegistry,
  parseDenied,
} from '../../src-main/core/registry/fault-injecting-registry.js';
import { PROFILES } from '../../src-main/core/simulation/profiles.js';
import { msgOf } from '../../src-shared/messages/message-error.js';
import type { Msg } from '../../src-shared/messages/messages.js';
import { machineFor, operationSetup } from '../support/sim.js';
import { wizardFor } from '../support/wizard.js';

export async function collectMainMessages(): Promise<Msg[]> {
  const out: (Msg | null)[] = [];
  for (const p of PROFILES) {
    const d = detect(machineFor(p.id));
    out.push(d.kb3140245.msg, d.os.unsupportedMsg, d.os.displayNameMsg);
  }
  for (const [v, b, srv, sp] of [
    ['6.1', 7600, false, 0],
    ['6.0', 6002, false, 2],
    ['6.0', 6002, true, 2],
    ['5.2', 3790, true, 2],
    ['5.1', 2600, false, 3],
    ['4.0', 1381, false, 6],
    ['10.0', 10240, true, 0],
  ] as const) {
    out.push(familyOf(v, b, srv, sp).reason);
  }
  // The new findings and refusals of the per-Windows catalogue.
  for (const id of ['win7-sp1', 'win10-1507', 'win10-1511']) {
    const w = machineFor(id);
    out.push(...buildPlan(w.registry, detect(w), '1.2', null).findings.map((x) => x.msg));
  }
  const w7 = machineFor('win7-sp1');
  out.push(...buildPlan(w7.registry, detect(w7), '1.2', ['dotnet']).blockers);
  out.push(...buildPlan(w7.registry, detect(w7), '1.2', ['winhttp', 'dotnet']).blockers);
  const net40 = machineFor('win7-sp1-kb');
  net40.registry.setValue(
    { hive: 'HKLM', view: '64', path: 'SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full' },
    'Release',
    { type: 'REG_SZ', data: 'none' },
  );
  out.push(...buildPlan(net40.registry, detect(net40), '1.2', null).findings.map((x) => x.msg));
  const env = {
    hive: 'HKLM' as const,
    view: 'shared' as const,
    path: 'SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment',
  };
  const noArch = machineFor('win10');
  noArch.registry.deleteValue(env, 'PROCESSOR_ARCHITECTURE');
  out.push(...buildPlan(noArch.registry, detect(noArch), '1.2', null).findings.map((x) => x.msg));
  out.push(
    ...buildPlan(noArch.registry, detect({ ...noArch, architectureHint: 'x64' }), '1.2', null).findings.map(
      (x) => x.msg,
    ),
  );
  const odd = machineFor('win10-x86');
  odd.registry.setValue(env, 'PROCESSOR_ARCHITECTURE', { type: 'REG_SZ', data: 'EM64T' });
  out.push(detect(odd).os.unsupportedMsg);
  odd.registry.deleteValue(env, 'PROCESSOR_ARCHITECTURE');
  out.push(detect(odd).os.unsupportedMsg);

  const m = machineFor('win7-sp1');
  m.registry.load({});
  out.push(detect(m).os.unsupportedMsg);
  const kb = machineFor('win7-sp1-kb');
  kb.setDllVersion('webio.dll', '6.1.7601.1');
  out.push(detect(kb).kb3140245.msg);

  // Findings of every kind.
  const f = machineFor('win7-sp1-kb');
  const put = (
    view: '64' | '32' | 'shared',
    p: string,
    name: string,
    value: Parameters<typeof f.registry.setValue>[2],
  ) => {
    f.registry.createKey({ hive: 'HKLM', view, path: p });
    f.registry.setValue({ hive: 'HKLM', view, path: p }, name, value);
  };
  const client =
    'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';
  put('shared', client, 'Enabled', { type: 'REG_DWORD', data: 0xffffffff });
  put('shared', client, 'DisabledByDefault', { type: 'REG_DWORD', data: 1 });
  put('shared', client, 'DisableByDefault', { type: 'REG_DWORD', data: 0 });
  put('shared', client.replace('Client', 'Server'), 'Enabled', { type: 'REG_DWORD', data: 0 });
  put(
    '64',
    'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp',
    'DefaultSecureProtocols',
    { type: 'REG_DWORD', data: 0xaa0 },
  );
  put('32', 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', 'SchUseStrongCrypto', {
    type: 'REG_SZ',
    data: '1',
  });
  const plan = buildPlan(f.registry, detect(f), '1.2', [...GROUPS]);
  out.push(...plan.findings.map((x) => x.msg));

  // Odd values (issue 13): every kind of raw value, at one location each, and one too large.
  const raw = (regType: number, hex: string) => ({ type: 'REG_RAW' as const, data: { regType, hex } });
  const dotnetKey = (v: string) => `SOFTWARE\\Microsoft\\.NETFramework\\${v}`;
  const oddities: [
    string,
    '64' | '32' | 'shared',
    string,
    ReturnType<typeof raw> | { type: 'REG_BINARY'; data: string },
  ][] = [
    [dotnetKey('v4.0.30319'), '64', 'SchUseStrongCrypto', raw(4, '0100')],
    [dotnetKey('v4.0.30319'), '32', 'SchUseStrongCrypto', raw(4, '')],
    [dotnetKey('v4.0.30319'), '64', 'SystemDefaultTlsVersions', raw(4, '0100000000000000')],
    [dotnetKey('v4.0.30319'), '32', 'SystemDefaultTlsVersions', raw(5, '00000001')],
    [dotnetKey('v2.0.50727'), '64', 'SchUseStrongCrypto', raw(6, '5c00')],
    [dotnetKey('v2.0.50727'), '32', 'SchUseStrongCrypto', raw(1, '310032')],
    [dotnetKey('v2.0.50727'), '64', 'SystemDefaultTlsVersions', raw(8, '01')],
    [dotnetKey('v2.0.50727'), '32', 'SystemDefaultTlsVersions', raw(0x1234, '')],
    [
      'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp',
      '32',
      'DefaultSecureProtocols',
      { type: 'REG_BINARY', data: '00'.repeat(20_000) },
    ],
  ];
  const g = machineFor('win7-sp1-kb');
  for (const [key, view, name, value] of oddities) {
    g.registry.createKey({ hive: 'HKLM', view, path: key });
    g.registry.setValue({ hive: 'HKLM', view, path: key }, name, value);
  }
  const oddPlan = buildPlan(g.registry, detect(g), '1.2', [...GROUPS]);
  out.push(...oddPlan.findings.map((x) => x.msg), ...oddPlan.blockers);

  // Keys that cannot be opened (access denied), for reading and for writing.
  for (const deny of [`read:${client}`, `write:SYSTEM\\CurrentControlSet\\Control\\SecurityProviders`]) {
    const d = operationSetup('win7-sp1');
    const registry = new FaultInjectingRegistry(d.machine.registry, null, parseDenied(deny));
    d.machine.registry.createKey({ hive: 'HKLM', view: 'shared', path: client });
    const machine = { ...d.machine, registry };
    const denied = buildPlan(registry, detect(machine), '1.2', [...GROUPS]);
    out.push(...denied.findings.map((x) => x.msg), ...denied.blockers);
    out.push(applyPlan(denied, { backupDir: d.backupDir }, { ...d.ctx, machine }).msg);
  }

  // Apply and rollback results.
  const s = operationSetup('win7-sp1');
  const p1 = buildPlan(s.machine.registry, detect(s.machine), '1.2', [...GROUPS]);
  out.push(applyPlan(p1, { backupDir: '/nonexistent-tls12/b' }, s.ctx).msg);
  out.push(
    applyPlan(
      p1,
      {
        backupDir: s.backupDir,
        writeFile: () => {
          throw Object.assign(new Error('x'), { code: 'ENOSPC' });
        },
      },
      s.ctx,
    ).msg,
  );
  out.push(
    applyPlan(
      p1,
      {
        backupDir: s.backupDir,
        writeFile: () => {
          throw Object.assign(new Error('x'), { code: 'EROFS' });
        },
      },
      s.ctx,
    ).msg,
  );
  out.push(
    applyPlan(
      p1,
      {
        backupDir: s.backupDir,
        onBackupFile: (file) => {
          if (file.endsWith('.reg')) fs.rmSync(path.dirname(file), { recursive: true });
        },
      },
      s.ctx,
    ).msg,
  );
  fs.mkdirSync(s.backupDir, { recursive: true });
  const failing = {
    ...s.machine,
    registry: new FaultInjectingRegistry(s.machine.registry, { kind: 'write', n: 3, win32Code: 5 }),
  };
  out.push(applyPlan(p1, { backupDir: s.backupDir }, { ...s.ctx, machine: failing }).msg);
  const done = applyPlan(p1, { backupDir: s.backupDir }, s.ctx);
  out.push(done.msg);
  out.push(
    applyPlan(
      buildPlan(s.machine.registry, detect(s.machine), '1.2', [...GROUPS]),
      { backupDir: s.backupDir },
      s.ctx,
    ).msg,
  );
  const file = done.backup?.jsonFile as string;
  const failingBack = {
    ...s.machine,
    registry: new FaultInjectingRegistry(s.machine.registry, { kind: 'delete', n: 2, win32Code: 1016 }),
  };
  out.push(rollback(file, { ...s.ctx, machine: failingBack }).msg);
  out.push(rollback(file, s.ctx).msg);
  out.push(rollback(file, s.ctx).msg);
  const notAdmin = operationSetup('win10', { elevated: false });
  out.push(
    applyPlan(
      buildPlan(notAdmin.machine.registry, detect(notAdmin.machine), '1.2', ['winhttp']),
      { backupDir: notAdmin.backupDir },
      notAdmin.ctx,
    ).msg,
  );
  out.push(applyPlan(plan, { backupDir: s.backupDir }, { ...s.ctx, machine: f }).msg);

  // Hostile and damaged backups.
  for (const name of fs.readdirSync('test/fixtures/hostile-backups')) {
    if (
      /^(sz-where|too-many|dword-|unknown-type|huge-string|value-without|nul-byte|dot-dot|homoglyph|trailing|wrong-view|hkcu|entry-id|wow6432|raw-|multi-sz)/.test(
        name,
      )
    )
      continue;
    try {
      readBackupFile(path.join('test/fixtures/hostile-backups', name), 'SIM-WIN7', true);
    } catch (error) {
      out.push(msgOf(error));
    }
  }
  for (const name of ['sz-where-dword-belongs.json', 'raw-link.json']) {
    out.push(rollback(`test/fixtures/hostile-backups/${name}`, operationSetup('win7-sp1').ctx).msg);
  }

  // The wizard service's own sentences.
  const w = wizardFor('win7-sp1', { msu: true, pickFolder: '/nonexistent-tls12/x' });
  out.push(w.service.repairInterrupted().msg);
  out.push((await w.service.chooseBackupFolder())?.problemMsg ?? null);
  out.push((await w.service.restart({ when: 'later' })).msg);
  out.push((await w.service.restart({ when: 'now' })).msg);
  out.push((await w.service.relaunchElevated()).msg);
  out.push((await w.service.installKb()).msg);
  for (const call of [
    () => w.service.copySummary(),
    () => w.service.openReport(),
    () => wizardFor('win10').service.installKb(),
  ]) {
    try {
      await call();
    } catch (error) {
      out.push(msgOf(error));
    }
  }
  return out.filter((x): x is Msg => x !== null);
}
