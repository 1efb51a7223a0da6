// Whatever a real registry holds at a catalogue location (issue 13): each oddity is written with a
// .reg file and `reg import` into a fresh Wine prefix, then the real out/cli.cjs in the Windows
// node.exe audits it (exit 1, with the finding), refuses to replace it unconfirmed (exit 2),
// replaces it when confirmed (3010), and rolls back to a registry whose `reg export` and
// byte-exact dump are identical to before; the backup's .reg twin does the same with `reg import`.
import { english, type Msg } from '../../src-shared/messages/messages.js';
import { describe, expect, it } from 'vitest';
import { createPrefix, destroyPrefix, reg, regQueryValue, runCli, type Prefix } from './harness.js';
import { importReg, rawDump, REG_KEYS } from './reg-data.js';
import { exportAll } from './watched-keys.js';

type Where = keyof typeof REG_KEYS;
const NAMES: Record<Where, string> = {
  winhttp: 'DefaultSecureProtocols',
  dotnet: 'SchUseStrongCrypto',
  schannel: 'Enabled',
};

interface Oddity {
  what: string;
  where: Where;
  /** The data after "Name"= in the .reg file. */
  data: string;
  /** The finding code the audit must report for it. */
  finding: string;
}

const hex = (bytes: number[]): string => bytes.map((b) => b.toString(16).padStart(2, '0')).join(',');
const long = (n: number): string => hex(Array.from({ length: n }, (_, i) => i % 251));

const ODDITIES: Oddity[] = [
  { what: 'a REG_DWORD of 2 bytes', where: 'schannel', data: 'hex(4):01,00', finding: 'dword-too-short' },
  { what: 'a REG_DWORD of no bytes', where: 'schannel', data: 'hex(4):', finding: 'dword-too-short' },
  {
    what: 'a REG_DWORD of 8 bytes (Windows reads the first 4)',
    where: 'schannel',
    data: 'hex(4):01,00,00,00,ff,ff,ff,ff',
    finding: 'dword-too-long',
  },
  {
    what: 'a REG_DWORD_BIG_ENDIAN',
    where: 'winhttp',
    data: 'hex(5):00,00,08,00',
    finding: 'dword-big-endian',
  },
  { what: 'a REG_QWORD', where: 'winhttp', data: 'hex(b):00,08,00,00,00,00,00,00', finding: 'wrong-type' },
  { what: 'a REG_SZ holding a number', where: 'dotnet', data: '"1"', finding: 'wrong-type' },
  {
    what: 'a REG_EXPAND_SZ holding a number',
    where: 'dotnet',
    data: 'hex(2):31,00,00,00',
    finding: 'wrong-type',
  },
  {
    what: 'a REG_MULTI_SZ holding a number',
    where: 'dotnet',
    data: 'hex(7):31,00,00,00,00,00',
    finding: 'wrong-type',
  },
  { what: 'a REG_SZ of odd length', where: 'dotnet', data: 'hex(1):31,00,32', finding: 'malformed-text' },
  { what: 'a REG_BINARY', where: 'schannel', data: 'hex:01,00,00,00', finding: 'wrong-type' },
  { what: 'a REG_NONE', where: 'schannel', data: 'hex(0):01', finding: 'wrong-type' },
  {
    what: 'a REG_LINK',
    where: 'winhttp',
    data: `hex(6):${hex([...Buffer.from('\\Registry\\Machine\\SAM', 'utf16le')])}`,
    finding: 'registry-link',
  },
  { what: 'a REG_RESOURCE_LIST', where: 'schannel', data: 'hex(8):01,02,03', finding: 'odd-value' },
  { what: 'an unknown type number', where: 'schannel', data: 'hex(1234):01,02', finding: 'unknown-type' },
  {
    what: 'very long data (10,000 bytes)',
    where: 'dotnet',
    data: `hex:${long(10_000)}`,
    finding: 'wrong-type',
  },
];

interface CliJson {
  plan?: { findings: { code: string; message: string }[]; blockers: Msg[] };
  result?: { backup: { jsonFile: string; regFile: string } | null; message: string };
}

const json = (stdout: string): CliJson => JSON.parse(stdout) as CliJson;
const ONLY = (where: Where): string[] => ['--only', where];

/** A fresh Windows 10 prefix with the oddity imported from a .reg file. */
function prefixWith(o: Oddity): Prefix {
  const prefix = createPrefix('win10');
  importReg(prefix, { [REG_KEYS[o.where]]: [`"${NAMES[o.where]}"=${o.data}`] });
  return prefix;
}

describe.each(ODDITIES.map((o) => [o.what, o] as const))('%s at a catalogue location (Wine)', (_what, o) => {
  it('audit 1 with the finding, apply 2 unconfirmed and 3010 confirmed, rollback and the .reg twin restore it exactly', () => {
    const prefix = prefixWith(o);
    try {
      const exported = exportAll(prefix);
      const bytes = rawDump(prefix);
      expect(bytes.join('\n')).toContain(`|${NAMES[o.where]} = `);

      const audit = runCli(prefix, ['audit', ...ONLY(o.where), '--json']);
      expect(audit.code, audit.stdout + audit.stderr).toBe(1);
      const findings = json(audit.stdout).plan?.findings ?? [];
      expect(findings.map((f) => f.code)).toContain(o.finding);
      expect(runCli(prefix, ['audit', ...ONLY(o.where)]).stdout).toContain(NAMES[o.where]);

      const unconfirmed = runCli(prefix, ['apply', '--yes', ...ONLY(o.where), '--backup-dir', 'C:\\']);
      expect(unconfirmed.code, unconfirmed.stdout).toBe(2);
      expect(unconfirmed.stdout).toMatch(/unexpected type.*--replace-wrong-types.*Nothing was changed\./s);
      expect(rawDump(prefix)).toEqual(bytes);

      const args = [
        'apply',
        '--yes',
        ...ONLY(o.where),
        '--replace-wrong-types',
        '--backup-dir',
        'C:\\',
        '--json',
      ];
      const applied = runCli(prefix, args);
      expect(applied.code, applied.stdout + applied.stderr).toBe(3010);
      expect(regQueryValue(prefix, REG_KEYS[o.where], NAMES[o.where], '64')?.type).toBe('REG_DWORD');
      const backup = json(applied.stdout).result?.backup;
      expect(backup).toBeTruthy();

      expect(runCli(prefix, ['rollback', '--yes', '--backup', backup?.jsonFile as string]).code).toBe(2);
      const back = runCli(prefix, [
        'rollback',
        '--yes',
        '--restore-wrong-types',
        '--backup',
        backup?.jsonFile as string,
      ]);
      expect(back.code, back.stdout + back.stderr).toBe(3010);
      expect(rawDump(prefix)).toEqual(bytes);
      expect(exportAll(prefix)).toEqual(exported);

      // The .reg twin: applied again, then `reg import` of the twin restores the same bytes.
      const again = runCli(prefix, args);
      expect(again.code, again.stdout).toBe(3010);
      const regFile = json(again.stdout).result?.backup?.regFile as string;
      const imported = reg(prefix, ['import', regFile, '/reg:64']);
      expect(imported.code, imported.stdout + imported.stderr).toBe(0);
      expect(rawDump(prefix)).toEqual(bytes);
      expect(exportAll(prefix)).toEqual(exported);
    } finally {
      destroyPrefix(prefix);
    }
  });
});

describe('a value too large to keep in a backup (Wine)', () => {
  it('is shown, and the apply is refused even when confirmed (exit 2), nothing written', () => {
    const o: Oddity = { what: '', where: 'dotnet', data: `hex:${long(20_000)}`, finding: 'value-too-large' };
    const prefix = prefixWith(o);
    try {
      const bytes = rawDump(prefix);
      const audit = runCli(prefix, ['audit', '--only', 'dotnet', '--json']);
      expect(audit.code, audit.stderr).toBe(2);
      expect(json(audit.stdout).plan?.findings.map((f) => f.code)).toContain('value-too-large');
      const apply = runCli(prefix, [
        'apply',
        '--yes',
        '--only',
        'dotnet',
        '--replace-wrong-types',
        '--backup-dir',
        'C:\\',
      ]);
      expect(apply.code, apply.stdout).toBe(2);
      expect(apply.stdout).toMatch(
        /SchUseStrongCrypto" is too large to back up\. Export the key with regedit/,
      );
      expect(rawDump(prefix)).toEqual(bytes);
    } finally {
      destroyPrefix(prefix);
    }
  });
});

describe('a catalogue key that cannot be opened (access denied, Wine + fault injection)', () => {
  // Wine keeps key security only in the running wineserver (never in system.reg, and a .reg file
  // cannot carry it), so the denial is the tool's test hook: every open of that key fails with
  // Win32 error 5, as on a Windows whose SChannel key ACL was tightened.
  const CLIENT =
    'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';
  it.each([
    ['write', /cannot be written: access denied\. In regedit, right-click the key/],
    ['read', /cannot be opened: access denied\. In regedit, right-click the key/],
  ] as const)(
    '%s denied: audit and apply refuse with exit 2 naming the key; nothing written',
    (access, refusal) => {
      const prefix = createPrefix('win7');
      try {
        importReg(prefix, { [REG_KEYS.schannel]: ['"Enabled"=dword:00000000'] });
        const exported = exportAll(prefix);
        const env = { TLS12_WIZARD_TEST_DENY: `${access}:${CLIENT}` };
        const audit = runCli(prefix, ['audit', '--json'], { env });
        expect(audit.code, audit.stderr).toBe(2);
        const plan = json(audit.stdout).plan;
        expect(plan?.findings.map((f) => f.code)).toContain(`key-${access}-denied`);
        expect(plan?.blockers.map((b) => english(b)).join(' ')).toMatch(refusal);
        const apply = runCli(prefix, ['apply', '--yes', '--backup-dir', 'C:\\'], { env });
        expect(apply.code, apply.stdout).toBe(2);
        expect(apply.stdout).toContain(`HKLM\\${CLIENT}`);
        expect(apply.stdout).toMatch(refusal);
        expect(apply.stdout).toMatch(/Nothing was changed\./);
        expect(exportAll(prefix)).toEqual(exported);
      } finally {
        destroyPrefix(prefix);
      }
    },
  );
});
