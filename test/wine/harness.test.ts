// Checks the Wine harness itself: prefix versions, the Windows node.exe, native-reg in both
// registry views, full exit codes, argument quoting and the KB 3140245 simulation.
// Every Wine process start costs ~0.4-1 s, so each check reuses as few starts as it can.

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrefix,
  destroyPrefix,
  markKb3140245Installed,
  readFileVersion,
  regExport,
  regQueryValue,
  REPO_ROOT,
  runWinNode,
  toWinPath,
  type Prefix,
} from './harness';

const CURRENT_VERSION = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
const TEST_KEY = 'HKLM\\SOFTWARE\\Tls12WizardHarnessTest';

/** Writes a script into the prefix and returns its Windows path. */
function writeScript(prefix: Prefix, name: string, source: string): string {
  const file = path.join(prefix.dir, 'drive_c', name);
  fs.writeFileSync(file, source);
  return toWinPath(file);
}

describe('win7 prefix', () => {
  let prefix: Prefix;
  beforeAll(() => {
    prefix = createPrefix('win7');
  });
  afterAll(() => {
    if (prefix) destroyPrefix(prefix);
  });

  it('reports Windows 7 SP1 (6.1.7601) in the 64-bit view', () => {
    const exported = regExport(prefix, CURRENT_VERSION, '64');
    expect(exported).not.toBeNull();
    expect(exported).toMatch(/^Windows Registry Editor Version 5\.00\r\n/);
    expect(exported).toContain('"CurrentVersion"="6.1"');
    expect(exported).toContain('"CurrentBuildNumber"="7601"');
    // A real Windows 7 has no CurrentMajorVersionNumber (Windows 10 added it).
    expect(exported).not.toContain('CurrentMajorVersionNumber');
    expect(regQueryValue(prefix, CURRENT_VERSION, 'CSDVersion', '64')).toEqual({
      type: 'REG_SZ',
      data: 'Service Pack 1',
    });
  });

  it('reports the same version in the 32-bit view', () => {
    expect(regQueryValue(prefix, CURRENT_VERSION, 'CurrentBuildNumber', '32')).toEqual({
      type: 'REG_SZ',
      data: '7601',
    });
  });

  it('returns null for absent keys and values', () => {
    expect(regExport(prefix, 'HKLM\\SOFTWARE\\NoSuchKeyForHarness', '64')).toBeNull();
    expect(regQueryValue(prefix, CURRENT_VERSION, 'NoSuchValueForHarness', '64')).toBeNull();
  });

  it('lets the Windows node.exe write both registry views with native-reg', () => {
    const nativeReg = toWinPath(path.join(REPO_ROOT, 'node_modules', 'native-reg'));
    const script = writeScript(
      prefix,
      'native-reg-probe.js',
      `const reg = require(${JSON.stringify(nativeReg)});
const { HKEY, Access } = reg;
function write(subKey, view, value) {
  const key = reg.createKey(HKEY.LOCAL_MACHINE, subKey, Access.ALL_ACCESS | view);
  try { reg.setValueDWORD(key, 'Value', value); } finally { reg.closeKey(key); }
}
function read(subKey, view) {
  const key = reg.openKey(HKEY.LOCAL_MACHINE, subKey, Access.READ | view);
  if (key === null) return null;
  try { return reg.queryValue(key, 'Value'); } finally { reg.closeKey(key); }
}
write('SOFTWARE\\\\Tls12WizardHarnessTest', Access.WOW64_64KEY, 1);
write('SOFTWARE\\\\Tls12WizardHarnessTest', Access.WOW64_32KEY, 2);
// HKLM\\SOFTWARE\\Policies is shared between the views on Windows 7+ (and in Wine).
write('SOFTWARE\\\\Policies\\\\Tls12WizardHarnessTest', Access.WOW64_64KEY, 64);
console.log(JSON.stringify({
  arch: process.arch,
  policiesSeenFrom32: read('SOFTWARE\\\\Policies\\\\Tls12WizardHarnessTest', Access.WOW64_32KEY),
}));
`,
    );
    const result = runWinNode(prefix, [script]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ arch: 'x64', policiesSeenFrom32: 64 });
    expect(regQueryValue(prefix, TEST_KEY, 'Value', '64')).toEqual({ type: 'REG_DWORD', data: '0x1' });
    expect(regQueryValue(prefix, TEST_KEY, 'Value', '32')).toEqual({ type: 'REG_DWORD', data: '0x2' });
  });

  it('returns full Windows exit codes, arguments and extra environment variables', () => {
    const script = writeScript(
      prefix,
      'exit-probe.js',
      `console.log(JSON.stringify({ args: process.argv.slice(2), extra: process.env.HARNESS_EXTRA,
  runner: Object.keys(process.env).filter((name) => /^(VITEST|NODE_OPTIONS)/i.test(name)) }));
console.error('to stderr');
process.exit(Number(process.argv[2]));
`,
    );
    const tricky = ['with space', 'a,b;c=d', 'C:\\dir with space\\', 'x&y|z<>^', ''];
    const first = runWinNode(prefix, [script, '3010', ...tricky], {
      env: { HARNESS_EXTRA: 'some value, with & symbols' },
    });
    expect(first.code).toBe(3010);
    expect(first.stderr.trim()).toBe('to stderr');
    expect(JSON.parse(first.stdout)).toEqual({
      args: ['3010', ...tricky],
      extra: 'some value, with & symbols',
      runner: [],
    });
    expect(runWinNode(prefix, [script, '1603']).code).toBe(1603);
  });

  it('refuses arguments a .bat file cannot carry', () => {
    expect(() => runWinNode(prefix, ['100%'])).toThrow(/only printable ASCII/);
    expect(() => runWinNode(prefix, ['say "hi"'])).toThrow(/only printable ASCII/);
  });

  it('simulates KB 3140245 without touching the template', () => {
    const system32 = path.join(prefix.dir, 'drive_c', 'windows', 'system32');
    const winhttp = path.join(system32, 'winhttp.dll');
    const before = readFileVersion(winhttp).fileVersion;
    expect(before).not.toBe('6.1.7601.23375');
    expect(fs.existsSync(path.join(system32, 'webio.dll'))).toBe(false);

    markKb3140245Installed(prefix);
    for (const name of ['winhttp.dll', 'webio.dll']) {
      expect(readFileVersion(path.join(system32, name))).toEqual({
        fileVersion: '6.1.7601.23375',
        productVersion: '6.1.7601.23375',
      });
    }
    // The clone's winhttp.dll was a hard link to the template's: that one must be unchanged.
    const template = path.join(
      REPO_ROOT,
      '.cache',
      'wine-templates',
      'win7',
      'drive_c',
      'windows',
      'system32',
    );
    expect(readFileVersion(path.join(template, 'winhttp.dll')).fileVersion).toBe(before);
  });

  it('destroys the prefix and leaves the template registry unchanged', () => {
    destroyPrefix(prefix);
    expect(fs.existsSync(prefix.dir)).toBe(false);
    const templateRegistry = path.join(REPO_ROOT, '.cache', 'wine-templates', 'win7', 'system.reg');
    expect(fs.readFileSync(templateRegistry, 'latin1')).not.toContain('Tls12WizardHarnessTest');
  });
});

describe('win10 prefix', () => {
  let prefix: Prefix;
  beforeAll(() => {
    prefix = createPrefix('win10');
  });
  afterAll(() => {
    if (prefix) destroyPrefix(prefix);
  });

  it('reports CurrentMajorVersionNumber 10', () => {
    expect(regQueryValue(prefix, CURRENT_VERSION, 'CurrentMajorVersionNumber', '64')).toEqual({
      type: 'REG_DWORD',
      data: '0xa',
    });
  });
});

describe('win11 prefix', () => {
  let prefix: Prefix;
  beforeAll(() => {
    prefix = createPrefix('win11');
  });
  afterAll(() => {
    if (prefix) destroyPrefix(prefix);
  });

  it('reports build 22631 in both registry views', () => {
    for (const view of ['64', '32'] as const) {
      expect(regQueryValue(prefix, CURRENT_VERSION, 'CurrentBuildNumber', view)).toEqual({
        type: 'REG_SZ',
        data: '22631',
      });
    }
    const exported32 = regExport(prefix, CURRENT_VERSION, '32');
    expect(exported32).toContain('"CurrentBuild"="22631"');
    expect(exported32).toContain('"CurrentMajorVersionNumber"=dword:0000000a');
  });
});
