// The Registry.pol parser on good, damaged and hostile bytes: it gives records or a typed
// problem, never throws and never loops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePreg, PREG_LIMITS, type PregResult } from '../../../src-main/core/readiness/evidence/preg.js';
import { dwordValue, pregRecordBytes, szValue, writePreg } from '../../support/preg-writer.js';

const WINHTTP = 'Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';
const NETFX = 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319';

function ok(result: PregResult) {
  if (!result.ok) throw new Error(`not parsed: ${result.problem} at ${result.offset}`);
  return result.records;
}

const SMALL = writePreg([
  { key: WINHTTP, name: 'DefaultSecureProtocols', value: dwordValue(0xa0) },
  { key: NETFX, name: '**Del.SchUseStrongCrypto', value: szValue(' ') },
]);

describe('parsePreg', () => {
  it('reads back what the writer wrote, each type decoded', () => {
    const records = ok(
      parsePreg(
        writePreg([
          { key: WINHTTP, name: 'DefaultSecureProtocols', value: dwordValue(0xa80) },
          { key: 'K', name: 'Sz', value: szValue('text') },
          { key: 'K', name: 'Expand', value: { type: 'REG_EXPAND_SZ', data: '%SystemRoot%' } },
          { key: 'K', name: 'Multi', value: { type: 'REG_MULTI_SZ', data: ['NistP256', 'NistP384'] } },
          { key: 'K', name: 'Q', value: { type: 'REG_QWORD', data: '18446744073709551615' } },
          { key: 'K', name: 'Bin', value: { type: 'REG_BINARY', data: '00ff' } },
        ]),
      ),
    );
    expect(records.map((r) => [r.key, r.names, r.action, r.value])).toEqual([
      [WINHTTP, ['DefaultSecureProtocols'], 'set', { type: 'REG_DWORD', data: 0xa80 }],
      ['K', ['Sz'], 'set', { type: 'REG_SZ', data: 'text' }],
      ['K', ['Expand'], 'set', { type: 'REG_EXPAND_SZ', data: '%SystemRoot%' }],
      ['K', ['Multi'], 'set', { type: 'REG_MULTI_SZ', data: ['NistP256', 'NistP384'] }],
      ['K', ['Q'], 'set', { type: 'REG_QWORD', data: '18446744073709551615' }],
      ['K', ['Bin'], 'set', { type: 'REG_BINARY', data: '00ff' }],
    ]);
    expect(records[0]?.offset).toBe(8);
  });

  it('recognises each special value name as its action', () => {
    const records = ok(
      parsePreg(
        writePreg([
          { key: NETFX, name: '**Del.SchUseStrongCrypto', value: szValue(' ') },
          { key: NETFX, name: '**DelVals.', value: szValue(' ') },
          {
            key: NETFX,
            name: '**DeleteValues',
            value: szValue('SchUseStrongCrypto;SystemDefaultTlsVersions;'),
          },
          { key: 'SOFTWARE\\Microsoft', name: '**DeleteKeys', value: szValue('.NETFramework;Other') },
          { key: NETFX, name: '**SecureKey', value: dwordValue(1) },
          { key: NETFX, name: '**soft.SchUseStrongCrypto', value: dwordValue(1) },
          { key: NETFX, name: '**del.lowercase', value: szValue(' ') },
        ]),
      ),
    );
    expect(records.map((r) => [r.action, r.names])).toEqual([
      ['delete-value', ['SchUseStrongCrypto']],
      ['delete-all-values', []],
      ['delete-values', ['SchUseStrongCrypto', 'SystemDefaultTlsVersions']],
      ['delete-keys', ['.NETFramework', 'Other']],
      ['secure-key', []],
      ['soft-set', ['SchUseStrongCrypto']],
      ['delete-value', ['lowercase']],
    ]);
  });

  it('keeps odd data sizes raw, and a REG_SZ without its NUL as text', () => {
    const records = ok(
      parsePreg(
        writePreg([
          { key: 'K', name: 'ShortDword', value: { regType: 4, bytes: new Uint8Array([1, 2]) } },
          { key: 'K', name: 'OddSz', value: { regType: 1, bytes: new Uint8Array([0x41]) } },
          { key: 'K', name: 'NoNul', value: { regType: 1, bytes: Buffer.from('abc', 'utf16le') } },
          { key: 'K', name: 'Empty', value: { regType: 4, bytes: new Uint8Array() } },
        ]),
      ),
    );
    expect(records.map((r) => r.value)).toEqual([
      { type: 'REG_RAW', data: { regType: 4, hex: '0102' } },
      { type: 'REG_RAW', data: { regType: 1, hex: '41' } },
      { type: 'REG_SZ', data: 'abc' },
      { type: 'REG_RAW', data: { regType: 4, hex: '' } },
    ]);
  });

  it('an empty file body (header only) has no records', () => {
    expect(parsePreg(writePreg([]))).toEqual({ ok: true, records: [] });
  });

  it('refuses a wrong signature, a wrong version and a too-large file', () => {
    expect(parsePreg(writePreg([], { signature: 0x12345678 }))).toEqual({
      ok: false,
      problem: 'bad-signature',
      offset: 0,
    });
    expect(parsePreg(writePreg([], { version: 2 }))).toEqual({
      ok: false,
      problem: 'bad-version',
      offset: 4,
    });
    expect(parsePreg(new Uint8Array(PREG_LIMITS.maxBytes + 1))).toMatchObject({ problem: 'too-large' });
    expect(parsePreg(SMALL, { ...PREG_LIMITS, maxBytes: 10 })).toMatchObject({ problem: 'too-large' });
  });

  it('gives ok:false or a correct prefix for every truncation offset, never a throw', () => {
    const full = ok(parsePreg(SMALL));
    const boundary =
      8 + pregRecordBytes({ key: WINHTTP, name: 'DefaultSecureProtocols', value: dwordValue(0xa0) }).length;
    for (let length = 0; length < SMALL.length; length++) {
      const result = parsePreg(SMALL.subarray(0, length));
      if (length === 8) expect(result).toEqual({ ok: true, records: [] });
      else if (length === boundary) expect(result).toEqual({ ok: true, records: full.slice(0, 1) });
      else expect(result, `length ${length}`).toMatchObject({ ok: false, problem: 'truncated' });
    }
  });

  it('refuses a record whose separators are wrong', () => {
    const bytes = Buffer.from(SMALL);
    bytes.writeUInt16LE(0x28, 8); // '(' instead of '['
    expect(parsePreg(bytes)).toEqual({ ok: false, problem: 'bad-record', offset: 8 });
    const trailing = Buffer.concat([SMALL, Buffer.from([0x41])]);
    expect(parsePreg(trailing)).toMatchObject({ ok: false, problem: 'truncated' });
  });

  it('refuses a huge data size and a string without its NUL beyond the limit', () => {
    const bytes = Buffer.from(SMALL);
    // The first record's size DWORD: after '[', the key, ';', the name, ';', type, ';'.
    const sizeAt =
      8 + 2 + (WINHTTP.length + 1) * 2 + 2 + ('DefaultSecureProtocols'.length + 1) * 2 + 2 + 4 + 2;
    expect(bytes.readUInt32LE(sizeAt)).toBe(4);
    bytes.writeUInt32LE(0xffffffff, sizeAt);
    expect(parsePreg(bytes)).toMatchObject({ ok: false, problem: 'truncated', offset: sizeAt + 6 });
    const longKey = writePreg([{ key: 'k'.repeat(5000), name: 'n', value: dwordValue(1) }]);
    expect(parsePreg(longKey)).toEqual({ ok: false, problem: 'bad-record', offset: 10 });
  });

  it('stops at maxRecords', () => {
    const many = writePreg(
      Array.from({ length: 5 }, (_, i) => ({ key: 'K', name: `v${i}`, value: dwordValue(i) })),
    );
    expect(parsePreg(many, { ...PREG_LIMITS, maxRecords: 4 })).toMatchObject({
      ok: false,
      problem: 'too-many-records',
    });
    expect(ok(parsePreg(many, { ...PREG_LIMITS, maxRecords: 5 }))).toHaveLength(5);
  });

  it('never throws on random byte flips of a valid file, nor on random bytes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(SMALL.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (flips) => {
          const bytes = Buffer.from(SMALL);
          for (const [at, byte] of flips) bytes[at] = byte;
          const result = parsePreg(bytes);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (random) => {
        const bytes = Buffer.concat([SMALL.subarray(0, 8), random]);
        expect(typeof parsePreg(bytes).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
