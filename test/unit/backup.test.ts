import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../src-main/core/catalogue/catalogue.js';
import { checksumOf, type BackupDocument } from '../../src-main/core/backup/backup-document.js';
import { BackupError } from '../../src-main/core/backup/backup-error.js';
import { msg, type Msg } from '../../src-shared/messages/messages.js';
import { listBackups, readBackupFile } from '../../src-main/core/backup/backup-files.js';
import { detect } from '../../src-main/core/detect/detect.js';
import { applyPlan } from '../../src-main/core/operations/apply.js';
import { buildPlan } from '../../src-main/core/plan/build-plan.js';
import { operationSetup } from '../support/sim.js';

function backupOf(profile: string) {
  const s = operationSetup(profile);
  const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', [...GROUPS]);
  const result = applyPlan(plan, { backupDir: s.backupDir }, s.ctx);
  const jsonFile = result.backup?.jsonFile as string;
  const doc = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as BackupDocument;
  return { s, jsonFile, regFile: result.backup?.regFile as string, doc };
}

/** Writes an edited copy of a backup with a correct checksum, so only the edit is tested. */
function edited(dir: string, doc: BackupDocument, edit: (d: BackupDocument) => void, reseal = true): string {
  const copy = structuredClone(doc);
  edit(copy);
  if (reseal) copy.checksum = checksumOf(copy);
  const file = path.join(dir, `edited-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(copy));
  return file;
}

describe('the backup file', () => {
  it('holds format, machine, OS, time, tool version, every planned value and a checksum', () => {
    const { doc } = backupOf('win7-sp1');
    expect(doc).toMatchObject({
      format: 'tls12-wizard-backup',
      formatVersion: 3,
      tool: { name: 'TLS 1.2 Wizard', version: '0.0.0-test' },
      machine: { computerName: 'SIM-WIN7', os: { displayName: 'Windows 7 SP1 (64-bit)', is64Bit: true } },
    });
    expect(doc.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    // Fresh Windows 7, every group: WinHTTP 2 views, .NET 3.5 (no .NET 4) 4, SChannel 2, WinINet 1.
    expect(doc.state.values).toHaveLength(9);
    expect(doc.state.values[0]).toEqual({
      entryId: 'winhttp.DefaultSecureProtocols',
      hive: 'HKLM',
      view: '64',
      key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp',
      name: 'DefaultSecureProtocols',
      keyExisted: true,
      valueExisted: false,
      type: null,
      data: null,
    });
    // What the apply set, at the same locations (shown as drift by a later rollback).
    expect(doc.applied?.values.map((v) => `${v.entryId}|${v.view}`)).toEqual(
      doc.state.values.map((v) => `${v.entryId}|${v.view}`),
    );
    expect(doc.applied?.values[0]).toMatchObject({ valueExisted: true, type: 'REG_DWORD', data: 0x800 });
    expect(doc.state.keys.filter((k) => !k.existed).map((k) => k.path.split('\\').pop())).toEqual(
      expect.arrayContaining(['TLS 1.2', 'Client', 'Policies']),
    );
  });

  it('has a .reg twin in UTF-16LE that deletes values that did not exist and keys the tool created', () => {
    const { regFile } = backupOf('win7-sp1');
    const raw = fs.readFileSync(regFile);
    expect([raw[0], raw[1]]).toEqual([0xff, 0xfe]);
    const text = raw.subarray(2).toString('utf16le');
    expect(text.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect(text).toContain(
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\r\n"DefaultSecureProtocols"=-',
    );
    expect(text).toContain(
      '[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]',
    );
    // The deeper key is removed before its parent.
    expect(text.indexOf('TLS 1.2\\Client]')).toBeLessThan(text.indexOf('TLS 1.2]'));
  });

  it('writes old values with their type: dword, string, qword', () => {
    const s = operationSetup('win10');
    const reg = s.machine.registry;
    const k = (view: '64' | '32', p: string) => ({ hive: 'HKLM' as const, view, path: p });
    reg.setValue(
      k('64', 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp'),
      'DefaultSecureProtocols',
      { type: 'REG_DWORD', data: 0xa80 },
    );
    reg.setValue(k('64', 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319'), 'SchUseStrongCrypto', {
      type: 'REG_SZ',
      data: 'a"b\\c',
    });
    reg.setValue(k('32', 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319'), 'SchUseStrongCrypto', {
      type: 'REG_QWORD',
      data: '1',
    });
    const plan = buildPlan(reg, detect(s.machine), '1.2', ['winhttp', 'dotnet']);
    const result = applyPlan(plan, { backupDir: s.backupDir, replaceWrongTypes: true }, s.ctx);
    const text = fs
      .readFileSync(result.backup?.regFile as string)
      .subarray(2)
      .toString('utf16le');
    expect(text).toContain('"DefaultSecureProtocols"=dword:00000a80');
    expect(text).toContain('"SchUseStrongCrypto"="a\\"b\\\\c"');
    expect(text).toContain('"SchUseStrongCrypto"=hex(b):01,00,00,00,00,00,00,00');
  });

  it('never overwrites an earlier backup taken in the same second', () => {
    const s = operationSetup('win10');
    const fixed = new Date('2026-01-02T03:04:05Z');
    const ctx = { ...s.ctx, now: () => fixed };
    const run = (groups: ('winhttp' | 'dotnet')[]) =>
      applyPlan(
        buildPlan(s.machine.registry, detect(s.machine), '1.2', groups),
        { backupDir: s.backupDir },
        ctx,
      );
    const a = run(['winhttp']);
    const b = run(['dotnet']);
    expect(a.backup?.jsonFile).not.toBe(b.backup?.jsonFile);
    expect(fs.readdirSync(s.backupDir)).toHaveLength(4);
  });

  it('is listed for this computer, newest first, damaged ones with their problem', () => {
    const { s, jsonFile } = backupOf('win10');
    fs.writeFileSync(path.join(s.backupDir, 'TLS12-backup_SIM-WIN10_broken.json'), '{"format":');
    const list = listBackups(s.backupDir, 'SIM-WIN10', true);
    expect(list[0]).toMatchObject({ file: jsonFile, valid: true, computerName: 'SIM-WIN10' });
    const broken = path.join(s.backupDir, 'TLS12-backup_SIM-WIN10_broken.json');
    expect(list[1]).toMatchObject({ file: broken, valid: false });
    expect(list[1]?.problemMsg).toEqual(msg('backup.notJson', { file: broken }));
  });
});

describe('a backup file is untrusted input', () => {
  const { s, jsonFile, doc } = backupOf('win7-sp1');
  /** `file` is refused with `code`, and the message `expected(file)` says why. */
  const refuse = (file: string, code: string, expected: (file: string) => Msg) => {
    let caught: unknown;
    try {
      readBackupFile(file, 'SIM-WIN7', true);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BackupError);
    expect((caught as BackupError).code).toBe(code);
    expect((caught as BackupError).msg).toEqual(expected(file));
  };

  /** Refused for a state that does not hold: the detail (plain text of the validator) says which. */
  const invalid = (detail: RegExp) => (file: string) =>
    msg('backup.invalidState', { file, detail: expect.stringMatching(detail) as string });
  const badData = (detail: string) => (file: string) =>
    msg('backup.invalidState', { file, detail: `Value 1: ${detail}` });

  it('reads back when untouched', () =>
    expect(readBackupFile(jsonFile, 'sim-win7', true).checksum).toBe(doc.checksum));

  it('refuses a truncated file', () => {
    const file = path.join(s.root, 'truncated.json');
    fs.writeFileSync(file, fs.readFileSync(jsonFile, 'utf8').slice(0, 300));
    refuse(file, 'not-json', (file) => msg('backup.notJson', { file }));
  });

  it("refuses another tool's file, a future format and an edited file", () => {
    refuse(
      edited(s.root, doc, (d) => Object.assign(d, { format: 'something-else' })),
      'foreign',
      (file) => msg('backup.foreign', { file }),
    );
    refuse(
      edited(s.root, doc, (d) => (d.formatVersion = 4)),
      'future-version',
      (file) => msg('backup.futureVersion', { file, version: 4, reads: 3 }),
    );
    refuse(
      edited(s.root, doc, (d) => (d.createdAt = '2020-01-01T00:00:00Z'), false),
      'checksum',
      (file) => msg('backup.checksum', { file }),
    );
  });

  it("refuses another computer's backup", () => {
    refuse(
      edited(s.root, doc, (d) => (d.machine.computerName = 'OTHER-PC')),
      'other-machine',
      (file) => msg('backup.otherMachine', { file, owner: 'OTHER-PC', computer: 'SIM-WIN7' }),
    );
  });

  it('refuses a value outside the catalogue, even with a valid checksum', () => {
    const run = edited(s.root, doc, (d) => {
      const v = d.state.values[0];
      if (v)
        Object.assign(v, {
          key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run',
          name: 'Evil',
          valueExisted: true,
          type: 'REG_SZ',
          data: 'C:\\evil.exe',
        });
    });
    refuse(
      run,
      'not-allowed',
      invalid(
        /^Value 1 \(HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run "Evil", 64 view\) is not a value this tool manages/,
      ),
    );
  });

  it('refuses path tricks: "..", a NUL byte, a Wow6432Node path, a wrong view', () => {
    const at = (key: string, view = '64') =>
      edited(s.root, doc, (d) => {
        const v = d.state.values[0];
        if (v) Object.assign(v, { key, view });
      });
    refuse(
      at('SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp\\..\\..\\Run'),
      'not-allowed',
      invalid(/^Value 1 \(.*\) is not a value this tool manages/),
    );
    refuse(
      at('SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp\0'),
      'nul-byte',
      (file) =>
        msg('backup.badField', { file, detail: 'the field "state.values.0.key" contains a NUL character' }),
    );
    refuse(
      at('SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp'),
      'not-allowed',
      invalid(/^Value 1 \(.*\) is not a value this tool manages/),
    );
    refuse(
      at('SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp', 'shared'),
      'not-allowed',
      invalid(/^Value 1 \(.*\) is not a value this tool manages/),
    );
  });

  it('refuses a catalogue value or key placed in the read-only HKU hive', () => {
    const hku = (d: BackupDocument) => {
      const v = d.state.values[0];
      if (v) Object.assign(v, { hive: 'HKU', key: `S-1-5-21-1-2-3-1001\\${v.key}` });
    };
    refuse(
      edited(s.root, doc, hku),
      'not-allowed',
      invalid(/^Value 1 \(HKU\\S-1-5-21-1-2-3-1001\\SOFTWARE\\.* is not a value this tool manages/),
    );
    refuse(
      edited(s.root, doc, (d) =>
        d.state.keys.push({
          hive: 'HKU',
          view: 'shared',
          path: 'S-1-5-21-1-2-3-1001\\Software',
          existed: false,
        }),
      ),
      'not-allowed',
      invalid(/^Key 22 \(.*\) is not a key this tool manages/),
    );
  });

  it('refuses a key outside the catalogue chain', () => {
    refuse(
      edited(s.root, doc, (d) =>
        d.state.keys.push({
          hive: 'HKLM',
          view: 'shared',
          path: 'SYSTEM\\CurrentControlSet\\Services',
          existed: false,
        }),
      ),
      'not-allowed',
      invalid(/^Key 22 \(.*\) is not a key this tool manages/),
    );
  });

  it('refuses wrong data for a type and inconsistent flags', () => {
    const withValue = (type: string, data: unknown) =>
      edited(s.root, doc, (d) => {
        const v = d.state.values[0];
        if (v) Object.assign(v, { valueExisted: true, type, data });
      });
    refuse(
      withValue('REG_DWORD', -1),
      'bad-data',
      badData('a REG_DWORD must be a whole number from 0 to 4294967295.'),
    );
    refuse(
      withValue('REG_DWORD', '0x800'),
      'bad-data',
      badData('a REG_DWORD must be a whole number from 0 to 4294967295.'),
    );
    refuse(
      withValue('REG_DWORD', 2 ** 32),
      'bad-data',
      badData('a REG_DWORD must be a whole number from 0 to 4294967295.'),
    );
    refuse(
      withValue('REG_QWORD', '99999999999999999999'),
      'bad-data',
      badData('a REG_QWORD must be a decimal number from 0 to 2^64-1, as text.'),
    );
    refuse(withValue('REG_LINK', 'x'), 'bad-type', badData('unknown value type "REG_LINK".'));
    refuse(
      withValue('REG_BINARY', 'zz'),
      'bad-data',
      badData('binary data must be lower-case hex of at most 16384 bytes.'),
    );
    refuse(
      withValue('REG_SZ', 'x'.repeat(5000)),
      'bad-data',
      badData('string data must be text of at most 4096 characters without NUL.'),
    );
    refuse(
      edited(
        s.root,
        doc,
        (d) =>
          d.state.values[0] &&
          Object.assign(d.state.values[0], {
            keyExisted: false,
            valueExisted: true,
            type: 'REG_DWORD',
            data: 1,
          }),
      ),
      'inconsistent',
      badData('a value cannot exist in a key that did not.'),
    );
  });

  it('refuses a huge file without reading it', () => {
    const file = path.join(s.root, 'huge.json');
    fs.writeFileSync(file, Buffer.alloc(2 * 1024 * 1024, 0x20));
    refuse(file, 'too-large', (file) =>
      msg('backup.tooLarge', { file, size: 2 * 1024 * 1024, max: 1024 * 1024 }),
    );
  });

  it('refuses a file that does not exist', () =>
    refuse(path.join(s.root, 'nope.json'), 'not-found', (file) => msg('backup.notFound', { file })));
});
