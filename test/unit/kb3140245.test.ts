import { msg } from '../../src-shared/messages/messages.js';
import { describe, expect, it } from 'vitest';
import { FAMILY_FACTS } from '../../src-main/core/catalogue/windows-families.js';
import { detect } from '../../src-main/core/detect/detect.js';
import { detectKb3140245 } from '../../src-main/core/detect/kb3140245.js';
import { compareVersions, readPeFileVersion } from '../../src-main/core/detect/pe-version.js';
import { machineFor } from '../support/sim.js';

/** A minimal PE-like buffer with a version resource carrying `version`. */
export function fakePe(version: string, padding = 300): Buffer {
  const [a = 0, b = 0, c = 0, d = 0] = version.split('.').map(Number);
  const head = Buffer.alloc(padding);
  head.writeUInt16LE(0x5a4d, 0);
  // wLength, wValueLength, wType, then the key; the fixed info follows on a 4-byte boundary.
  const key = Buffer.from('VS_VERSION_INFO\0', 'utf16le');
  const pre = Buffer.alloc(6);
  const fixed = Buffer.alloc(52);
  fixed.writeUInt32LE(0xfeef04bd, 0);
  fixed.writeUInt32LE(0x10000, 4);
  fixed.writeUInt32LE(((a << 16) | b) >>> 0, 8);
  fixed.writeUInt32LE(((c << 16) | d) >>> 0, 12);
  const sofar = padding + pre.length + key.length;
  const align = Buffer.alloc(((sofar + 3) & ~3) - sofar);
  return Buffer.concat([head, pre, key, align, fixed, Buffer.alloc(64)]);
}

describe('PE file version', () => {
  it('reads the version from VS_FIXEDFILEINFO', () => {
    expect(readPeFileVersion(fakePe('6.1.7601.23375'))).toBe('6.1.7601.23375');
    expect(readPeFileVersion(fakePe('10.0.19041.1', 301))).toBe('10.0.19041.1');
  });

  it('returns null for a file that is not PE or has no version resource', () => {
    expect(readPeFileVersion(Buffer.from('not a dll at all, just text'.repeat(5)))).toBeNull();
    const noVersion = Buffer.alloc(200);
    noVersion.writeUInt16LE(0x5a4d, 0);
    expect(readPeFileVersion(noVersion)).toBeNull();
  });

  it('compares versions numerically, not as text', () => {
    expect(compareVersions('6.1.7601.23375', '6.1.7601.9999')).toBe(1);
    expect(compareVersions('6.1.7601.23375', '6.1.7601.23375')).toBe(0);
    expect(compareVersions('6.1.7600.30000', '6.1.7601.0')).toBe(-1);
  });
});

/** Both DLLs at the (unconfirmed) threshold, as on the win7-sp1-kb profile. */
const NEW_FILES = [
  { file: 'winhttp.dll', version: '6.1.7601.23375' },
  { file: 'webio.dll', version: '6.1.7601.23375' },
];

describe('KB 3140245', () => {
  it('is missing on Windows 7 SP1 with old DLLs, with the evidence and the .msu to use', () => {
    const kb = detect(machineFor('win7-sp1')).kb3140245;
    expect(kb).toMatchObject({ needed: true, state: 'missing', msuFile: 'Windows6.1-KB3140245-x64.msu' });
    expect(kb.files.map((f) => [f.file, f.version, f.ok])).toEqual([
      ['winhttp.dll', '6.1.7601.17514', false],
      ['webio.dll', '6.1.7601.17514', false],
    ]);
    expect(kb.msg).toEqual(
      msg('kb.missing', {
        files: [
          { file: 'winhttp.dll', version: '6.1.7601.17514' },
          { file: 'webio.dll', version: '6.1.7601.17514' },
        ],
        minimum: '6.1.7601.23375',
        msu: 'Windows6.1-KB3140245-x64.msu',
        packageRegistered: false,
      }),
    );
  });

  it('is probably present when both DLLs are at the unconfirmed threshold, with the servicing package as secondary evidence', () => {
    const kb = detect(machineFor('win7-sp1-kb')).kb3140245;
    expect(kb.state).toBe('probably-present');
    expect(kb.msg).toEqual(
      msg('kb.probablyInstalled', { files: NEW_FILES, minimum: '6.1.7601.23375', packageRegistered: true }),
    );
    expect(kb.servicingPackages[0]).toMatch(/^Package_for_KB3140245~/);
  });

  it('claims "present" only for a threshold confirmed in the catalogue', () => {
    const facts = FAMILY_FACTS.win7.kb3140245;
    if (!facts) throw new Error('Windows 7 needs the KB');
    const confirmed = {
      ...FAMILY_FACTS,
      win7: { ...FAMILY_FACTS.win7, kb3140245: { ...facts, confirmed: true } },
    };
    const m = machineFor('win7-sp1-kb');
    const kb = detectKb3140245(detect(m).os, m.registry, m.files, confirmed);
    expect(kb.state).toBe('present');
    expect(kb.msg).toEqual(msg('kb.installed', { files: NEW_FILES, minimum: '6.1.7601.23375' }));
  });

  it('cites a source for every threshold, and says none is confirmed yet', () => {
    for (const facts of Object.values(FAMILY_FACTS)) {
      if (facts.kb3140245 === null) continue;
      expect(facts.kb3140245.source).toMatch(/KB 3140245/);
      expect(facts.kb3140245.confirmed).toBe(false);
    }
  });

  it('needs both files: one new DLL is not enough', () => {
    const m = machineFor('win7-sp1-kb');
    const files = {
      ...m.files,
      fileVersion: (p: string) => (p.endsWith('webio.dll') ? null : '6.1.7601.24000'),
    };
    const kb = detect({ ...m, files }).kb3140245;
    expect(kb.state).toBe('missing');
    expect(kb.msg).toEqual(
      msg('kb.missing', {
        files: [
          { file: 'winhttp.dll', version: '6.1.7601.24000' },
          { file: 'webio.dll', version: null },
        ],
        minimum: '6.1.7601.23375',
        msu: 'Windows6.1-KB3140245-x64.msu',
        packageRegistered: true,
      }),
    );
  });

  it('offers the x86 package on 32-bit Windows 7', () => {
    expect(detect(machineFor('win7-sp1-x86')).kb3140245.msuFile).toBe('Windows6.1-KB3140245-x86.msu');
  });

  it('is needed on Windows 8 and Server 2012, with the Windows8-RT package', () => {
    for (const id of ['win8', 'server2012']) {
      expect(detect(machineFor(id)).kb3140245).toMatchObject({
        needed: true,
        state: 'missing',
        msuFile: 'Windows8-RT-KB3140245-x64.msu',
      });
    }
  });

  it('is not needed on 8.1, 2012 R2, 10, 11 and later servers', () => {
    for (const id of ['win81', 'server2012r2', 'win10', 'win11', 'server2016', 'server2025']) {
      expect(detect(machineFor(id)).kb3140245).toMatchObject({
        needed: false,
        state: 'not-needed',
        files: [],
      });
    }
  });
});
