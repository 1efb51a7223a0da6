/**
 * A small Registry.pol ([MS-GPREG] "PReg") writer for tests: unit tests of the parser, and Wine
 * tests that plant a Registry.pol. Records are written exactly as given: no check, so that tests
 * can also write broken files.
 */
import { encodeValue } from '../../src-main/core/registry/decode-value.js';
import type { RegValue } from '../../src-main/core/registry/registry-port.js';

export interface PregWriteRecord {
  key: string;
  /** Written as is: `**Del.Name`, `**DelVals.`, ... for the special actions. */
  name: string;
  /** A typed value, or a raw type number and bytes. */
  value: RegValue | { regType: number; bytes: Uint8Array };
}

export interface PregWriteOptions {
  signature?: number;
  version?: number;
}

const utf16z = (text: string): Buffer => Buffer.from(`${text}\0`, 'utf16le');
const char = (c: string): Buffer => Buffer.from(c, 'utf16le');

function dword(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** One record's bytes: `[key;name;type;size;data]`. */
export function pregRecordBytes(record: PregWriteRecord): Buffer {
  const { regType, bytes } = 'regType' in record.value ? record.value : encodeValue(record.value);
  return Buffer.concat([
    char('['),
    utf16z(record.key),
    char(';'),
    utf16z(record.name),
    char(';'),
    dword(regType),
    char(';'),
    dword(bytes.length),
    char(';'),
    Buffer.from(bytes),
    char(']'),
  ]);
}

/** A whole Registry.pol file. */
export function writePreg(records: readonly PregWriteRecord[], options: PregWriteOptions = {}): Buffer {
  return Buffer.concat([
    dword(options.signature ?? 0x67655250),
    dword(options.version ?? 1),
    ...records.map(pregRecordBytes),
  ]);
}

export const dwordValue = (data: number): RegValue => ({ type: 'REG_DWORD', data });
export const szValue = (data: string): RegValue => ({ type: 'REG_SZ', data });
