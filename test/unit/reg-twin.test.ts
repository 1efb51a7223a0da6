// Issue 9 §8: the .reg twin writes any value exactly, and nothing from the registry can add a
// line of its own to it (a computer name or a string holding a line break).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRegFile } from '../../src-main/core/backup/reg-file.js';
import type { RegistryState } from '../../src-main/core/state/registry-state.js';

const KEY = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';

function stateWith(data: string): RegistryState {
  return {
    keys: [],
    values: [
      {
        entryId: 'winhttp.DefaultSecureProtocols',
        hive: 'HKLM',
        view: '64',
        key: KEY,
        name: 'DefaultSecureProtocols',
        keyExisted: true,
        valueExisted: true,
        type: 'REG_SZ',
        data,
      },
    ],
  };
}

const text = (b: Buffer) => b.subarray(2).toString('utf16le');

/** The logical lines of a .reg file (a trailing backslash continues a hex line). */
function logicalLines(reg: string): string[] {
  return reg.replace(/\\\r\n\s*/g, '').split('\r\n');
}

/** Every line is blank, a comment, a section header, or one value of the one section. */
function wellFormed(reg: string): boolean {
  return logicalLines(reg).every(
    (l) =>
      l === '' ||
      l === 'Windows Registry Editor Version 5.00' ||
      l.startsWith('; ') ||
      /^\[-?HKEY_[A-Z_]+\\[^\]\r\n]*\]$/.test(l) ||
      /^"DefaultSecureProtocols"=("([^"\\]|\\.)*"|hex\(1\):[0-9a-f,]*)$/.test(l),
  );
}

/** The string a REG_SZ line of the file restores. */
function restored(reg: string): string {
  const line = logicalLines(reg).find((l) => l.startsWith('"DefaultSecureProtocols"=')) as string;
  const rhs = line.slice('"DefaultSecureProtocols"='.length);
  if (rhs.startsWith('"')) return rhs.slice(1, -1).replace(/\\(.)/g, '$1');
  const bytes = Buffer.from(rhs.slice('hex(1):'.length).replace(/,/g, ''), 'hex');
  return bytes.toString('utf16le').replace(/\0$/, '');
}

describe('the .reg twin', () => {
  it('writes a string with a line break as its exact bytes: no section or value can be smuggled in', () => {
    const evil =
      'x"\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run]\r\n"Evil"="C:\\evil.exe';
    const reg = text(buildRegFile(stateWith(evil), true, ['header']));
    expect(reg).not.toMatch(/\r\n\[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\]/);
    expect(wellFormed(reg)).toBe(true);
    expect(restored(reg)).toBe(evil);
  });

  it('keeps a computer name with line breaks inside its comment', () => {
    const name = 'PC\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\X]\n"Evil"="1"\u2028x';
    const reg = text(buildRegFile(stateWith('1'), true, [`backup of ${name}`]));
    expect(wellFormed(reg)).toBe(true);
    expect(reg).not.toMatch(/\r\n\[HKEY_LOCAL_MACHINE\\SOFTWARE\\X\]/);
  });

  it('writes any string exactly and well formed (fast-check, 3,000 strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (data) => {
        const reg = text(buildRegFile(stateWith(data), true, ['h']));
        expect(wellFormed(reg)).toBe(true);
        expect(restored(reg)).toBe(data);
      }),
      { numRuns: 3000 },
    );
  });
});
