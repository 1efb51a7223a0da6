/**
 * Code signing, wired but not run here (no certificate, no signtool): the environment variables
 * a build reads (scripts/release/signing.ts), the one line an unsigned build prints, the
 * configuration file that adds a store certificate, and electron-builder's own signing code fed
 * with the two configurations: which certificate it picks up from the environment and which
 * signtool arguments (time stamps, hashes) it would run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, type BuildName } from '../../scripts/release/builds.js';
import { configurationFile, signingPlan } from '../../scripts/release/signing.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));
const NAMES = Object.keys(BUILDS) as BuildName[];
const THUMBPRINT = '0123456789abcdef0123456789ABCDEF01234567';
const onLinux = { requireSigned: false, platform: 'linux' as const };
const onWindows = { requireSigned: false, platform: 'win32' as const };

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'tls12-signing-'));
});
afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

async function loadConfig(file: string): Promise<Configuration> {
  const config = await getConfig(ROOT, file, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('signing plan from the environment', () => {
  it('no variables: unsigned, said in one line that names the variables', () => {
    const plan = signingPlan({}, onLinux);
    expect(plan.method).toBeNull();
    expect(plan.problems).toEqual([]);
    expect(plan.overrides).toBeNull();
    expect(plan.line).toMatch(/^Unsigned build: /);
    expect(plan.line).not.toContain('\n');
    for (const name of ['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD', 'TLS12_SIGN_CERT_SHA1', 'RELEASING.md']) {
      expect(plan.line).toContain(name);
    }
    expect(signingPlan({ WIN_CSC_LINK: '  ', WIN_CSC_KEY_PASSWORD: '' }, onLinux).method).toBeNull();
  });

  it('a certificate file and its password (electron-builder reads them itself)', () => {
    for (const env of [
      { WIN_CSC_LINK: '/keys/release.pfx', WIN_CSC_KEY_PASSWORD: 'secret' },
      { CSC_LINK: '/keys/release.pfx', CSC_KEY_PASSWORD: 'secret' },
    ]) {
      const plan = signingPlan(env, onLinux);
      expect(plan.method).toBe('certificate file');
      expect(plan.problems).toEqual([]);
      expect(plan.overrides).toBeNull();
      expect(plan.line).toMatch(/^Signed build: certificate file from W?I?N?_?CSC_LINK, time-stamped/);
      expect(plan.line).not.toContain('secret');
    }
  });

  it('a certificate in the Windows store, by thumbprint, on a Windows build machine', () => {
    const plan = signingPlan({ TLS12_SIGN_CERT_SHA1: THUMBPRINT }, onWindows);
    expect(plan.method).toBe('certificate store');
    expect(plan.problems).toEqual([]);
    expect(plan.overrides).toEqual({
      win: { signtoolOptions: { certificateSha1: THUMBPRINT.toUpperCase() } },
    });
  });

  it.each([
    [{ WIN_CSC_LINK: 'a.pfx' }, onLinux, /WIN_CSC_LINK is set but WIN_CSC_KEY_PASSWORD is not/],
    [
      { WIN_CSC_LINK: 'a.pfx', WIN_CSC_KEY_PASSWORD: 'x', TLS12_SIGN_CERT_SHA1: THUMBPRINT },
      onWindows,
      /set one/,
    ],
    [{ TLS12_SIGN_CERT_SHA1: 'CN=Helpdesk' }, onWindows, /40 hexadecimal digits/],
    [{ TLS12_SIGN_CERT_SHA1: THUMBPRINT }, onLinux, /needs a Windows build machine/],
    [
      { WIN_CSC_LINK: 'a.pfx', WIN_CSC_KEY_PASSWORD: 'x', ELECTRON_BUILDER_OFFLINE: 'true' },
      onLinux,
      /without a time stamp/,
    ],
    [{}, { requireSigned: true, platform: 'win32' as const }, /--signed: no code-signing certificate/],
  ])('refuses %j (%j)', (env, options, problem) => {
    const plan = signingPlan(env, options);
    expect(plan.problems.join('\n')).toMatch(problem);
  });

  it('--signed with a certificate: electron-builder must fail on any file it cannot sign', () => {
    const plan = signingPlan(
      { WIN_CSC_LINK: 'a.pfx', WIN_CSC_KEY_PASSWORD: 'x' },
      { requireSigned: true, platform: 'linux' },
    );
    expect(plan.problems).toEqual([]);
    expect(plan.overrides).toEqual({ forceCodeSigning: true });
  });
});

describe('the configuration handed to electron-builder', () => {
  it.each(NAMES)('%s: without overrides, the real configuration file itself', (name) => {
    expect(configurationFile(ROOT, BUILDS[name].config, signingPlan({}, onLinux), name, scratch)).toBe(
      BUILDS[name].config,
    );
  });

  it.each(NAMES)(
    '%s: with a store certificate, a file extending the real one, schema-valid, nothing else changed',
    async (name) => {
      const plan = signingPlan(
        { TLS12_SIGN_CERT_SHA1: THUMBPRINT },
        { requireSigned: true, platform: 'win32' },
      );
      const file = configurationFile(ROOT, BUILDS[name].config, plan, name, scratch);
      expect(file).toBe(path.join(scratch, `.electron-builder-${name}-signing.json`));
      const extended = await loadConfig(file);
      const real = await loadConfig(BUILDS[name].config);
      expect(extended.win?.signtoolOptions?.certificateSha1).toBe(THUMBPRINT.toUpperCase());
      expect(extended.forceCodeSigning).toBe(true);
      const { extends: _extends, forceCodeSigning: _force, win, ...rest } = extended;
      const { signtoolOptions, ...otherWin } = win ?? {};
      const { certificateSha1: _sha1, ...otherSigntool } = signtoolOptions ?? {};
      // Arrays (targets, architectures, files, hash algorithms) are not unioned twice, fuses not added.
      expect({ ...rest, win: { ...otherWin, signtoolOptions: otherSigntool } }).toEqual(real);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// electron-builder's Windows signing code (app-builder-lib 26, internal: typed here)

interface CscInfo {
  file?: string;
  password?: string | null;
  thumbprint?: string;
  store?: string;
  isLocalMachineStore?: boolean;
}
interface SignToolManager {
  cscInfo: { value: Promise<CscInfo | null> };
  computeSignToolArgs(
    options: {
      path: string;
      options: Configuration['win'];
      hash: string;
      isNest: boolean;
      name: string;
      site: string | null;
      cscInfo: CscInfo;
    },
    isWin: boolean,
  ): string[];
}

/** A WindowsSignToolManager over a stand-in WinPackager for a configuration. */
function signToolManager(c: Configuration): SignToolManager {
  requireFromRoot('app-builder-lib'); // its index first: the internal modules import each other in a cycle
  const { WinPackager } = requireFromRoot('app-builder-lib/out/winPackager.js') as {
    WinPackager: { prototype: object };
  };
  const { WindowsSignToolManager } = requireFromRoot(
    'app-builder-lib/out/codeSign/windowsSignToolManager.js',
  ) as { WindowsSignToolManager: new (packager: unknown) => SignToolManager };
  const packager = Object.assign(Object.create(WinPackager.prototype) as object, {
    info: { config: c, projectDir: ROOT, tempDirManager: null },
    platformSpecificBuildOptions: c.win ?? {},
  });
  return new WindowsSignToolManager(packager);
}

const SIGNING_VARIABLES = [
  'WIN_CSC_LINK',
  'CSC_LINK',
  'WIN_CSC_KEY_PASSWORD',
  'CSC_KEY_PASSWORD',
  'ELECTRON_BUILDER_OFFLINE',
];

async function withEnvironment<T>(env: Record<string, string>, fn: () => Promise<T> | T): Promise<T> {
  const saved = Object.fromEntries(SIGNING_VARIABLES.map((k) => [k, process.env[k]]));
  for (const key of SIGNING_VARIABLES) Reflect.deleteProperty(process.env, key);
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}

describe("electron-builder's signing code with these configurations", () => {
  it.each(NAMES)('%s: no certificate in the environment, so nothing to sign with', async (name) => {
    const c = await loadConfig(BUILDS[name].config);
    await withEnvironment({}, async () => {
      expect(await signToolManager(c).cscInfo.value).toBeNull();
    });
  });

  it.each(NAMES)('%s: picks up WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD', async (name) => {
    const c = await loadConfig(BUILDS[name].config);
    const pfx = path.join(scratch, 'release.pfx');
    writeFileSync(pfx, 'not really a certificate');
    await withEnvironment({ WIN_CSC_LINK: pfx, WIN_CSC_KEY_PASSWORD: 'secret' }, async () => {
      expect(await signToolManager(c).cscInfo.value).toEqual({ file: pfx, password: 'secret' });
    });
  });

  it.each(NAMES)(
    '%s: would run signtool with a SHA-1 and a nested, RFC 3161 time-stamped SHA-256 signature',
    async (name) => {
      const c = await loadConfig(BUILDS[name].config);
      expect(c.win?.signtoolOptions?.signingHashAlgorithms).toEqual(['sha1', 'sha256']);
      const cscInfo = { file: 'C:\\keys\\release.pfx', password: 'secret' };
      const task = {
        path: 'TLS 1.2 Wizard.exe',
        options: c.win,
        name: 'TLS 1.2 Wizard',
        site: null,
        cscInfo,
      };
      await withEnvironment({}, () => {
        const manager = signToolManager(c);
        const sha1 = manager.computeSignToolArgs({ ...task, hash: 'sha1', isNest: false }, true);
        const sha256 = manager.computeSignToolArgs({ ...task, hash: 'sha256', isNest: true }, true);
        expect(sha1.slice(0, 3)).toEqual(['sign', '/t', 'http://timestamp.digicert.com']);
        expect(sha256.slice(0, 3)).toEqual(['sign', '/tr', 'http://timestamp.digicert.com']);
        expect(sha256).toEqual(expect.arrayContaining(['/fd', 'sha256', '/td', 'sha256', '/as']));
        expect(sha256).toEqual(
          expect.arrayContaining(['/f', cscInfo.file, '/p', 'secret', '/d', 'TLS 1.2 Wizard']),
        );
        expect(sha256.at(-1)).toBe('TLS 1.2 Wizard.exe');
      });
      // ELECTRON_BUILDER_OFFLINE=true drops the time stamp: why a signed build refuses it.
      await withEnvironment({ ELECTRON_BUILDER_OFFLINE: 'true' }, () => {
        const args = signToolManager(c).computeSignToolArgs({ ...task, hash: 'sha256', isNest: true }, true);
        expect(args).not.toContain('/tr');
      });
    },
  );
});
