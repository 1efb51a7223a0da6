// out/cli.cjs must run on Electron 22's Node.js 16 (the legacy build's main process): a real
// Node 16 binary runs it end to end on a simulated Windows.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const NODE16 = path.resolve('.cache/node16/bin/node');

function run(args: string[], env: Record<string, string>) {
  return spawnSync(NODE16, ['out/cli.cjs', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
}

describe('out/cli.cjs on Node.js 16', () => {
  it('has the Node 16 binary (scripts/ensure-test-tools.mjs fetches it)', () => {
    expect(fs.existsSync(NODE16), `${NODE16} missing: run node scripts/ensure-test-tools.mjs`).toBe(true);
    expect(spawnSync(NODE16, ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^v16\./);
  });

  it('detects, audits, applies and rolls back on a simulated Windows 7', () => {
    const env = { TLS12_WIZARD_SIM_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'node16-')) };
    expect(run(['detect', '--simulate', 'win7-sp1'], env).status).toBe(0);
    expect(run(['audit', '--simulate', 'win7-sp1'], env).status).toBe(1);
    const apply = run(['apply', '--yes', '--simulate', 'win7-sp1', '--json'], env);
    expect(apply.stderr).toBe('');
    // Linux keeps the low 8 bits of an exit code: 3010 & 0xff = 194.
    expect(apply.status).toBe(3010 & 0xff);
    const doc = JSON.parse(apply.stdout) as { exitCode: number; result: { backup: { jsonFile: string } } };
    expect(doc.exitCode).toBe(3010);
    const back = run(
      ['rollback', '--yes', '--simulate', 'win7-sp1', '--backup', doc.result.backup.jsonFile, '--json'],
      env,
    );
    expect((JSON.parse(back.stdout) as { exitCode: number }).exitCode).toBe(3010);
    expect(run(['audit', '--simulate', 'win7-sp1'], env).status).toBe(1);
  });

  it('exports a GPO (fast-xml-parser bundled in) and writes a fleet report, with --json-out and --log', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'node16-fleet-'));
    const env = { TLS12_WIZARD_SIM_DIR: path.join(root, 'sim') };
    const gpo = run(['export', 'gpo', '--out', path.join(root, 'gpo')], env);
    expect(gpo.stderr).toBe('');
    expect(gpo.status).toBe(0);
    expect(fs.readFileSync(path.join(root, 'gpo', 'Registry.xml'), 'utf8')).toMatch(
      /<RegistrySettings clsid=/,
    );
    const results = path.join(root, 'results');
    // Each result filed under its machine's name, as the fleet report requires.
    for (const [profile, computer] of [
      ['win7-sp1', 'SIM-WIN7'],
      ['win11', 'SIM-WIN11'],
    ] as const) {
      const audit = run(
        [
          'audit',
          '--simulate',
          profile,
          '--json-out',
          path.join(results, `${computer}.json`),
          '--log',
          path.join(root, `${profile}.log`),
        ],
        env,
      );
      expect(audit.status, audit.stderr).toBe(1);
    }
    const fleet = run(
      ['fleet', results, '--html', path.join(root, 'fleet.html'), '--csv', path.join(root, 'fleet.csv')],
      env,
    );
    expect(fleet.stderr).toBe('');
    expect(fleet.status).toBe(0);
    expect(fleet.stdout).toContain('2 machines, 0 unreadable');
  });
});
