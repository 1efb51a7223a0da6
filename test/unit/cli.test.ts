import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src-main/cli/args.js';
import { runCli } from '../../src-main/cli/run-cli.js';
import { msg, type Msg } from '../../src-shared/messages/messages.js';
import { tempFolder } from '../support/sim.js';

function cli(argv: string[], env: Record<string, string> = {}, platform: NodeJS.Platform = 'linux') {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: { ...env },
    platform,
    version: '9.9.9',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The result message of a command run with --json. */
const resultMsg = (out: string) => (JSON.parse(out) as { result: { msg: Msg } }).result.msg;

describe('command-line arguments', () => {
  it.each([
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['audit', '--protocols', '1.3'], /--protocols must be one of 1.2 \| 1.1,1.2/],
    [['audit', '--only', 'winhttp,ie'], /unknown: ie/],
    [['audit', '--colour'], /Unknown option "--colour"/],
    [['apply'], /add --yes to confirm/],
    [['rollback', '--yes'], /rollback needs --backup FILE/],
    [['audit', '--backup', 'x.json'], /--backup is for rollback only/],
    [['audit', '--json=yes'], /--json takes no value/],
    [['audit', '--simulate'], /--simulate needs a value/],
    [['audit', '--only', '--json'], /--only needs a value/],
    [['audit', '--only='], /--only needs a value/],
    [['audit', 'extra'], /Unexpected argument "extra"/],
    [['audit', '-x'], /Unknown option "-x"/],
    [['audit', '--report', 'r.html'], /--report is for apply and rollback only/],
    [['apply', '--yes', '--report='], /--report needs a value/],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('reads the documented options, with = or a separate value', () => {
    expect(
      parseArgs([
        'apply',
        '--yes',
        '--protocols=1.0,1.2',
        '--only',
        'winhttp,wininet',
        '--backup-dir',
        'D:\\b',
        '--simulate=win10',
      ]),
    ).toMatchObject({
      command: 'apply',
      yes: true,
      protocols: '1.0,1.2',
      groups: ['winhttp', 'wininet'],
      backupDir: 'D:\\b',
      simulate: 'win10',
    });
    expect(parseArgs(['audit'])).toMatchObject({
      protocols: '1.2',
      groups: null,
    });
  });

  it('exits 2 with the usage on bad usage', () => {
    const r = cli(['audit', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Usage:/);
  });
});

describe('the command line on a simulated Windows', () => {
  it('says so and exits 2 on a computer that is not Windows, without --simulate', () => {
    const r = cli(['detect']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not Windows.*--simulate win7-sp1/);
  });

  it('refuses an unknown profile, naming the known ones', () => {
    const r = cli(['detect', '--simulate', 'win95']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown simulation profile "win95".*win7-sp1-kb/);
  });

  it('audit exits 1 with changes; after apply without KB 3140245 6 (blocked); rollback 3010; JSON is one document', () => {
    const env = { TLS12_WIZARD_SIM_DIR: tempFolder() };
    const audit = cli(['audit', '--simulate', 'win7-sp1', '--json'], env);
    expect(audit.code).toBe(1);
    const doc = JSON.parse(audit.out) as {
      plan: { items: unknown[] };
      detection: { kb3140245: { state: string } };
      exitCode: number;
    };
    // Fresh Windows 7: WinHTTP (2 views), the SChannel TLS 1.2 client (2), .NET 3.5's values (4); no .NET 4.
    expect(doc.plan.items).toHaveLength(8);
    expect(doc.detection.kb3140245.state).toBe('missing');
    expect(doc.exitCode).toBe(1);

    const apply = cli(['apply', '--yes', '--simulate', 'win7-sp1', '--json'], env);
    expect(apply.code).toBe(3010);
    const backup = (JSON.parse(apply.out) as { result: { backup: { jsonFile: string } } }).result.backup
      .jsonFile;
    expect(fs.existsSync(backup)).toBe(true);
    // Nothing left to set, but WinHTTP still speaks TLS 1.0 until the update is in: never 0.
    const after = cli(['audit', '--simulate', 'win7-sp1', '--json'], env);
    expect(after.code).toBe(6);
    const readiness = (
      JSON.parse(after.out) as {
        readiness: {
          verdict: string;
          planHasChanges: boolean;
          reasons: { msg: { code: string; params: { msu?: string } } }[];
        };
      }
    ).readiness;
    expect(readiness.verdict).toBe('blocked');
    expect(readiness.planHasChanges).toBe(false);
    expect(readiness.reasons[0]?.msg).toEqual({
      code: 'ready.kbMissing',
      params: { msu: 'Windows6.1-KB3140245-x64.msu' },
    });

    const back = cli(['rollback', '--yes', '--backup', backup, '--simulate', 'win7-sp1', '--json'], env);
    expect(back.code).toBe(3010);
    expect(resultMsg(back.out)).toMatchObject({
      code: 'result.rolledBack',
      params: { count: 8, restart: true },
    });
    expect(cli(['audit', '--simulate', 'win7-sp1'], env).code).toBe(1);
  });

  it("--report FILE writes the wizard's report for an apply and a rollback, in the environment's language", () => {
    const dir = tempFolder();
    const env = { TLS12_WIZARD_SIM_DIR: dir, LANG: 'sv_SE.UTF-8' };
    const applied = path.join(dir, 'apply.html');
    const apply = cli(['apply', '--yes', '--simulate', 'win7-sp1', '--json', '--report', applied], env);
    expect(apply.code).toBe(3010);
    const html = fs.readFileSync(applied, 'utf8');
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Ändrade värden (8)');
    expect(html).toContain('Valda protokoll');
    expect(html).toContain('@page{size:A4');
    const backup = (JSON.parse(apply.out) as { result: { backup: { jsonFile: string } } }).result.backup
      .jsonFile;
    const rolled = path.join(dir, 'rollback.html');
    const back = cli(
      ['rollback', '--yes', '--backup', backup, '--simulate', 'win7-sp1', '--report', rolled],
      {
        ...env,
        LANG: 'C',
      },
    );
    expect(back.code).toBe(3010);
    expect(fs.readFileSync(rolled, 'utf8')).toContain('Values restored (8)');
  });

  it('prints a readable plan: SIMULATION banner, KB evidence, current -> new', () => {
    const r = cli(['audit', '--simulate', 'win7-sp1'], { TLS12_WIZARD_SIM_DIR: tempFolder() });
    expect(r.out).toMatch(
      /^SIMULATION: Windows 7 SP1 64-bit, fresh install \(no KB 3140245, IE 8, .NET 3.5.1 only\)\. Nothing on this computer is changed\./,
    );
    expect(r.out).toMatch(/winhttp\.dll\s+6\.1\.7601\.17514\s+needs 6\.1\.7601\.23375\s+too old/);
    expect(r.out).toMatch(/DefaultSecureProtocols\s+\(not set\)\s+-> 0x00000800 \(2048\) = TLS 1\.2/);
    expect(r.out).toMatch(/8 values to change; a restart will be needed\./);
  });

  it('refuses --only dotnet (and winhttp) on Windows 7 with the SChannel client off: exit 2, the fix named, nothing written', () => {
    const env = { TLS12_WIZARD_SIM_DIR: tempFolder() };
    const registry = () =>
      fs.readFileSync(path.join(env.TLS12_WIZARD_SIM_DIR, 'win7-sp1', 'registry.json'), 'utf8');
    expect(cli(['audit', '--simulate', 'win7-sp1'], env).code).toBe(1);
    const before = registry();
    for (const [only, fix] of [
      ['dotnet', '--only dotnet,schannel'],
      ['winhttp,dotnet', '--only winhttp,dotnet,schannel'],
    ] as const) {
      const r = cli(['apply', '--yes', '--simulate', 'win7-sp1', '--only', only], env);
      expect(r.code).toBe(2);
      expect(`${r.out}${r.err}`).toContain(fix);
      expect(registry()).toBe(before);
    }
    expect(cli(['apply', '--yes', '--simulate', 'win7-sp1', '--only', 'dotnet,schannel'], env).code).toBe(
      3010,
    );
  });

  it('refuses a foreign backup with exit 2 and a specific message', () => {
    const env = { TLS12_WIZARD_SIM_DIR: tempFolder() };
    const file = path.join(env.TLS12_WIZARD_SIM_DIR, 'notes.json');
    fs.writeFileSync(file, '{"hello": "world"}');
    const r = cli(['rollback', '--yes', '--backup', file, '--simulate', 'win10', '--json'], env);
    expect(r.code).toBe(2);
    expect(resultMsg(r.out)).toEqual(msg('result.refused', { reasons: [msg('backup.foreign', { file })] }));
  });

  it('refuses apply to a backup folder that does not exist, exit 2, registry unchanged', () => {
    const env = { TLS12_WIZARD_SIM_DIR: tempFolder() };
    const folder = path.join(env.TLS12_WIZARD_SIM_DIR, 'gone');
    const r = cli(['apply', '--yes', '--simulate', 'win10', '--backup-dir', folder, '--json'], env);
    expect(r.code).toBe(2);
    expect(resultMsg(r.out)).toEqual(
      msg('result.refused', { reasons: [msg('backup.folderMissing', { folder })] }),
    );
    expect(cli(['audit', '--simulate', 'win10'], env).code).toBe(1);
  });
});

describe('the built out/cli.cjs', () => {
  beforeAll(() => {
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
  });

  const run = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, ['out/cli.cjs', ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('is a CommonJS bundle for Node 16 that keeps native-reg external', () => {
    const text = fs.readFileSync('out/cli.cjs', 'utf8');
    expect(text).toMatch(/require\("native-reg"\)/);
    expect(text).not.toMatch(/^import /m);
    // Syntax is lowered by esbuild; APIs are not: these are missing from Node 16.
    expect(text).not.toMatch(/\bstructuredClone\(|\.findLast\(|\.toSorted\(|\bimport\.meta\b/);
  });

  it('a crash after any write is repaired by the next run (a real killed process)', () => {
    // The first, a middle and the last of the 10 writes (8 values, 2 keys created).
    for (const n of [1, 5, 10]) {
      const env = { TLS12_WIZARD_SIM_DIR: tempFolder() };
      const original = run(['audit', '--simulate', 'win7-sp1', '--json'], env);
      const crashed = run(['apply', '--yes', '--simulate', 'win7-sp1'], {
        ...env,
        TLS12_WIZARD_TEST_CRASH_AFTER_WRITE: String(n),
      });
      expect(crashed.signal).toBe('SIGKILL');
      expect(fs.existsSync(path.join(env.TLS12_WIZARD_SIM_DIR, 'win7-sp1', 'apply-journal.json'))).toBe(true);
      const next = run(['audit', '--simulate', 'win7-sp1', '--json'], env);
      const doc = JSON.parse(next.stdout) as { repair: { repaired: boolean; ok: boolean }; plan: unknown };
      expect(doc.repair).toMatchObject({ repaired: true, ok: true });
      expect(doc.plan).toEqual((JSON.parse(original.stdout) as { plan: unknown }).plan);
      expect(fs.existsSync(path.join(env.TLS12_WIZARD_SIM_DIR, 'win7-sp1', 'apply-journal.json'))).toBe(
        false,
      );
    }
  });
});
