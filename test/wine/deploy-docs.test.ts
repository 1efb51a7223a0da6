// Every command line of docs/deploy.md, run as written under Wine through the Windows node.exe and
// the CLI: each code block is marked `<!-- test: file NAME -->` (a script the engine is given),
// `<!-- test: run ID -->` (a command the engine runs) or `<!-- test: detection ID -->` (a
// PowerShell detection script: PowerShell does not run under Wine, so its -ArgumentList runs). Only
// the executable (`TLS12-Wizard.exe --cli`, `node out/cli.cjs` -> node.exe out\cli.cjs) and the
// example share \\fileserver\TLS12$ (-> a folder of this test) are replaced.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryItems } from '../unit/export/gpo-evaluator.js';
import {
  createPrefix,
  destroyPrefix,
  REPO_ROOT,
  regQueryValue,
  runBatchScript,
  runCli,
  toWinPath,
  WIN_NODE,
  type Prefix,
  type PrefixKind,
  type RunResult,
} from './harness.js';

interface Block {
  kind: 'file' | 'run' | 'detection';
  id: string;
  lang: string;
  text: string;
}

const DOC = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'deploy.md'), 'utf8');
const BLOCKS: Block[] = [
  ...DOC.matchAll(/<!-- test: (file|run|detection) (\S+) -->\s*```(\w+)\n([\s\S]*?)```/g),
].map((m) => ({
  kind: m[1] as Block['kind'],
  id: m[2] as string,
  lang: m[3] as string,
  text: m[4] as string,
}));
const block = (id: string): Block => {
  const found = BLOCKS.find((b) => b.id === id);
  if (!found) throw new Error(`docs/deploy.md has no block ${id}`);
  return found;
};
const ran = new Set<string>();
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tls12-deploy-docs-'));
const share = path.join(root, 'share');
const NODE_AND_CLI = `"${toWinPath(WIN_NODE)}" "${toWinPath(path.join(REPO_ROOT, 'out', 'cli.cjs'))}"`;

/** The block as the engine would run it, with only the executable and the share replaced. */
function forWine(text: string): string {
  return text
    .replace(/\\\\fileserver\\TLS12\$/g, () => toWinPath(share))
    .replace(/"[^"\r\n]*TLS12-Wizard\.exe" --cli/g, () => NODE_AND_CLI)
    .replace(/(^|\s)TLS12-Wizard\.exe --cli/gm, (_, lead: string) => `${lead}${NODE_AND_CLI}`)
    .replace(/^node out\/cli\.cjs/gm, () => NODE_AND_CLI)
    .replace(/\r?\n/g, '\r\n');
}

/** A package folder as an engine lays it out: the doc's files and a stand-in for the app's files. */
function packageFolder(name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'TLS12-Wizard.exe'), 'stand-in: the test runs node.exe out\\cli.cjs');
  for (const b of BLOCKS.filter((x) => x.kind === 'file')) {
    fs.writeFileSync(path.join(dir, b.id), forWine(b.text));
    ran.add(b.id);
  }
  return dir;
}

function run(prefix: Prefix, id: string, cwd: string): RunResult {
  const b = block(id);
  expect(b.kind).toBe('run');
  const script = path.join(cwd, `run-${id}.cmd`);
  fs.writeFileSync(script, forWine(b.text));
  ran.add(id);
  return runBatchScript(prefix, script, cwd);
}

/**
 * The detection script's own command line (Start-Process -ArgumentList '...'), and its mapping:
 * exit 0 (detected) when the tool's code is in the script's `$detected = @(...)`, else 1.
 */
function detect(prefix: Prefix, id: string): number {
  const b = block(id);
  const args = /-ArgumentList '([^']*)'/.exec(b.text)?.[1];
  if (args === undefined || /["']/.test(args)) throw new Error(`${id}: no plain -ArgumentList`);
  const detected = (/\$detected = @\(([^)]*)\)/.exec(b.text)?.[1] ?? '')
    .split(',')
    .map((c) => Number(c.trim()));
  expect(detected.length).toBeGreaterThan(0);
  const [cli, ...rest] = args.split(/\s+/);
  expect(cli).toBe('--cli');
  ran.add(id);
  return detected.includes(runCli(prefix, rest).code) ? 0 : 1;
}

const drive = (prefix: Prefix, winPath: string): string =>
  path.join(prefix.dir, 'drive_c', ...winPath.replace(/^C:\\/i, '').split('\\'));
const NETFX = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319';

const prefixes: Prefix[] = [];
function fresh(kind: PrefixKind): Prefix {
  const p = createPrefix(kind);
  prefixes.push(p);
  return p;
}
beforeAll(() => fs.mkdirSync(path.join(share, 'Backups'), { recursive: true }));
afterAll(() => {
  for (const p of prefixes) destroyPrefix(p);
});

describe('docs/deploy.md under Wine', () => {
  it('marks every code block for this test', () => {
    expect([...DOC.matchAll(/^```\w*$/gm)].length).toBe(BLOCKS.length * 2);
    expect(BLOCKS.length).toBeGreaterThanOrEqual(10);
  });

  it('Intune (Windows 10): not detected, install 3010, detected, uninstall changes nothing', () => {
    const prefix = fresh('win10');
    const pkg = packageFolder('intune');
    expect(detect(prefix, 'intune-detect')).toBe(1);
    const install = run(prefix, 'intune-install', pkg);
    expect(install.code, install.stdout + install.stderr).toBe(3010);
    expect(fs.existsSync(drive(prefix, 'C:\\Program Files\\TLS12-Wizard\\TLS12-Wizard.exe'))).toBe(true);
    const result = JSON.parse(
      fs.readFileSync(drive(prefix, 'C:\\ProgramData\\TLS12-Wizard\\last-apply.json'), 'utf8'),
    );
    expect(result).toMatchObject({ command: 'apply', exitCode: 3010, result: { outcome: 'done' } });
    expect(fs.readFileSync(drive(prefix, 'C:\\ProgramData\\TLS12-Wizard\\last-apply.log'), 'utf8')).toMatch(
      /Exit code: 3010\s*$/,
    );
    expect(fs.readdirSync(drive(prefix, 'C:\\ProgramData\\TLS12-Wizard\\Backups'))).toHaveLength(2);
    expect(regQueryValue(prefix, NETFX, 'SchUseStrongCrypto', '32')).toEqual({
      type: 'REG_DWORD',
      data: '0x1',
    });
    expect(detect(prefix, 'intune-detect')).toBe(0);
    expect(run(prefix, 'intune-uninstall', pkg).code).toBe(0);
    expect(detect(prefix, 'intune-detect')).toBe(0);
  });

  it('ConfigMgr (Windows 7 SP1): install 3010, detected, uninstall changes nothing', () => {
    const prefix = fresh('win7');
    const pkg = packageFolder('configmgr');
    expect(run(prefix, 'configmgr-install', pkg).code).toBe(3010);
    expect(detect(prefix, 'intune-detect')).toBe(0);
    expect(run(prefix, 'configmgr-uninstall', pkg).code).toBe(0);
  });

  it('GPO startup script (Windows 7 SP1): first start applies (3010, backup on the share), the next audits 6 (KB 3140245 missing)', () => {
    const prefix = fresh('win7');
    const pkg = packageFolder('gpo');
    expect(run(prefix, 'gpo-startup', pkg).code).toBe(3010);
    const results = fs.readdirSync(path.join(share, 'Results'));
    expect(results).toHaveLength(1);
    const file = path.join(share, 'Results', results[0] as string);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ command: 'apply', exitCode: 3010 });
    expect(fs.readdirSync(path.join(share, 'Backups')).sort()).toEqual([
      expect.stringMatching(/\.json$/),
      expect.stringMatching(/\.reg$/),
    ]);
    expect(run(prefix, 'gpo-startup', pkg).code).toBe(6);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
      command: 'audit',
      exitCode: 6,
      readiness: { verdict: 'blocked', planHasChanges: false },
    });
  });

  it('RMM (Windows 11): check 1, apply 3010, check 3010 (ready once restarted)', () => {
    const prefix = fresh('win11');
    const pkg = packageFolder('rmm');
    expect(run(prefix, 'rmm-check', pkg).code).toBe(1);
    expect(run(prefix, 'rmm-apply', pkg).code).toBe(3010);
    expect(run(prefix, 'rmm-check', pkg).code).toBe(3010);
    const result = JSON.parse(
      fs.readFileSync(drive(prefix, 'C:\\ProgramData\\TLS12-Wizard\\rmm-apply.json'), 'utf8'),
    );
    expect(result).toMatchObject({
      command: 'apply',
      exitCode: 3010,
      detection: { os: { family: 'win11' } },
    });
    // Collected as an RMM tool would, into the device's own folder: filed under its machine name.
    const device = path.join(share, 'Results', String(result.detection.os.computerName));
    fs.mkdirSync(device, { recursive: true });
    fs.copyFileSync(
      drive(prefix, 'C:\\ProgramData\\TLS12-Wizard\\rmm-apply.json'),
      path.join(device, 'rmm.json'),
    );
  });

  it('export gpo and the fleet report run under Windows node.exe too', () => {
    const prefix = prefixes[0] ?? fresh('win10');
    const pkg = packageFolder('admin');
    const gpo = run(prefix, 'gpo-export', pkg);
    expect(gpo.code, gpo.stderr).toBe(0);
    const items = registryItems(fs.readFileSync(drive(prefix, 'C:\\TLS12-GPO\\Registry.xml'), 'utf8'));
    expect(items.length).toBeGreaterThan(8);
    fs.writeFileSync(path.join(share, 'Results', 'broken.json'), '{');
    const fleet = run(prefix, 'fleet-report', pkg);
    expect(fleet.code, fleet.stderr).toBe(0);
    const html = fs.readFileSync(drive(prefix, 'C:\\TLS12-Reports\\fleet.html'), 'utf8');
    // The Windows 7 startup script's result and the Windows 11 RMM result carry the same computer
    // name (every Wine prefix takes the host's): one machine, whose newest result counts.
    expect(/Ready for Microsoft 365: [^<]*/.exec(html)?.[0]).toMatch(
      /^Ready for Microsoft 365: \d+ of 1 machine$/,
    );
    expect(html).toMatch(/1 older result of the same machines was set aside/);
    expect(html).toContain('broken.json');
    // The header, one row per machine, one per unreadable file (broken.json), and the last line end.
    expect(fs.readFileSync(drive(prefix, 'C:\\TLS12-Reports\\fleet.csv'), 'utf8').split('\r\n')).toHaveLength(
      4,
    );
  });

  it('ran every block of the document', () => {
    expect([...ran].sort()).toEqual(BLOCKS.map((b) => b.id).sort());
  });
});
