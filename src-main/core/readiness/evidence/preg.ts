/**
 * A parser for Registry.pol files ([MS-GPREG] 2.1 "Registry Policy File Format", "PReg"): the
 * DWORD signature 0x67655250, the DWORD version 1, then records
 * `[key;value;type;size;data]` where `[`, `;` and `]` are UTF-16LE characters, key and value are
 * NUL-terminated UTF-16LE strings, type and size little-endian DWORDs and data `size` bytes.
 *
 * The bytes are untrusted: every length is checked against the bytes left and the limits, every
 * loop advances, and any damage gives a typed result, never a throw.
 */
import { decodeValue } from '../../registry/decode-value.js';
import type { RegValue } from '../../registry/registry-port.js';
import { MAX_STRING_CHARS } from '../../registry/value-limits.js';

/** "PReg" read as a little-endian DWORD (GPREG 2.1). */
export const PREG_SIGNATURE = 0x67655250;
export const PREG_VERSION = 1;

export interface PregLimits {
  /** Largest file, in bytes (the caller checks before reading; checked again here). */
  maxBytes: number;
  maxRecords: number;
  /** Longest key or value name, in UTF-16 code units. */
  maxStringChars: number;
}

export const PREG_LIMITS: PregLimits = { maxBytes: 1024 * 1024, maxRecords: 10_000, maxStringChars: 4096 };

/**
 * What a record does, from its value name (GPREG 2.2.1 "Special values"): `**Del.<name>` deletes
 * one value, `**DelVals.` every value of the key, `**DeleteValues` the values its data lists
 * (';'-separated), `**DeleteKeys` the subkeys its data lists, `**SecureKey` sets the key's
 * security, `**soft.<name>` sets the value only where it does not exist yet. Anything else sets it.
 */
export type PregAction =
  'set' | 'delete-value' | 'delete-all-values' | 'delete-values' | 'delete-keys' | 'secure-key' | 'soft-set';

export interface PregRecord {
  /** Byte offset of the record's '['. */
  offset: number;
  /** The key as written, relative to HKLM (Machine file) or HKCU (User file). */
  key: string;
  /** The value name as written, `**` prefixes included. */
  rawName: string;
  action: PregAction;
  /**
   * The value names the action is about: [name] for set / soft-set / delete-value, the listed
   * names for delete-values, the listed subkeys for delete-keys, [] otherwise.
   */
  names: string[];
  /** The Win32 type number as written. */
  regType: number;
  /** The data, decoded: typed where it is well-formed, else REG_RAW (type number and hex). */
  value: RegValue;
}

export type PregProblem =
  'bad-signature' | 'bad-version' | 'truncated' | 'bad-record' | 'too-large' | 'too-many-records';

export type PregResult =
  { ok: true; records: PregRecord[] } | { ok: false; problem: PregProblem; offset: number };

const OPEN = 0x5b; // '['
const SEMI = 0x3b; // ';'
const CLOSE = 0x5d; // ']'

class PregError {
  constructor(
    readonly problem: PregProblem,
    readonly offset: number,
  ) {}
}

/** A bounded cursor over the bytes; every read either advances or throws PregError. */
class Cursor {
  pos = 0;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly view: DataView,
  ) {}

  get left(): number {
    return this.bytes.length - this.pos;
  }

  dword(): number {
    if (this.left < 4) throw new PregError('truncated', this.pos);
    const n = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return n;
  }

  char(expected: number): void {
    if (this.left < 2) throw new PregError('truncated', this.pos);
    if (this.view.getUint16(this.pos, true) !== expected) throw new PregError('bad-record', this.pos);
    this.pos += 2;
  }

  /** A NUL-terminated UTF-16LE string of at most maxChars code units. */
  text(maxChars: number): string {
    const start = this.pos;
    const units: number[] = [];
    for (;;) {
      if (this.left < 2) throw new PregError('truncated', this.pos);
      const unit = this.view.getUint16(this.pos, true);
      this.pos += 2;
      if (unit === 0) return String.fromCharCode(...units);
      if (units.length >= maxChars) throw new PregError('bad-record', start);
      units.push(unit);
    }
  }

  take(size: number): Uint8Array {
    if (size > this.left) throw new PregError('truncated', this.pos);
    const out = this.bytes.subarray(this.pos, this.pos + size);
    this.pos += size;
    return out;
  }
}

function actionOf(rawName: string, data: RegValue): { action: PregAction; names: string[] } {
  const lower = rawName.toLowerCase();
  if (!lower.startsWith('**')) return { action: 'set', names: [rawName] };
  if (lower.startsWith('**del.')) return { action: 'delete-value', names: [rawName.slice(6)] };
  if (lower.startsWith('**delvals')) return { action: 'delete-all-values', names: [] };
  if (lower === '**deletevalues') return { action: 'delete-values', names: listOf(data) };
  if (lower === '**deletekeys') return { action: 'delete-keys', names: listOf(data) };
  if (lower === '**securekey') return { action: 'secure-key', names: [] };
  if (lower.startsWith('**soft.')) return { action: 'soft-set', names: [rawName.slice(7)] };
  // An unknown `**` name is written as a value of that name, as the Registry CSE would.
  return { action: 'set', names: [rawName] };
}

/** The ';'-separated list in the data of **DeleteValues / **DeleteKeys (a REG_SZ). */
function listOf(data: RegValue): string[] {
  if (data.type !== 'REG_SZ') return [];
  return data.data.split(';').filter((s) => s !== '');
}

/**
 * Decodes data the way the registry reads it (decode-value.ts), except that a REG_SZ /
 * REG_EXPAND_SZ without its NUL, or with several, still gives its text: policy tools differ.
 */
export function decodePregData(regType: number, data: Uint8Array): RegValue {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const value = decodeValue(regType, bytes);
  if (value.type !== 'REG_RAW' || (regType !== 1 && regType !== 2) || bytes.length % 2 !== 0) return value;
  const text = bytes.toString('utf16le').replace(/\0+$/, '');
  if (text.includes('\0') || text.length > MAX_STRING_CHARS) return value;
  return { type: regType === 1 ? 'REG_SZ' : 'REG_EXPAND_SZ', data: text };
}

function record(cursor: Cursor, limits: PregLimits): PregRecord {
  const offset = cursor.pos;
  cursor.char(OPEN);
  const key = cursor.text(limits.maxStringChars);
  cursor.char(SEMI);
  const rawName = cursor.text(limits.maxStringChars);
  cursor.char(SEMI);
  const regType = cursor.dword();
  cursor.char(SEMI);
  const size = cursor.dword();
  cursor.char(SEMI);
  const value = decodePregData(regType, cursor.take(size));
  cursor.char(CLOSE);
  return { offset, key, rawName, regType, value, ...actionOf(rawName, value) };
}

/** Parses a Registry.pol file's bytes. Never throws; ends after at most maxRecords records. */
export function parsePreg(bytes: Uint8Array, limits: PregLimits = PREG_LIMITS): PregResult {
  if (bytes.length > limits.maxBytes) return { ok: false, problem: 'too-large', offset: limits.maxBytes };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cursor = new Cursor(bytes, view);
  try {
    if (cursor.left < 4) return { ok: false, problem: 'truncated', offset: 0 };
    if (cursor.dword() !== PREG_SIGNATURE) return { ok: false, problem: 'bad-signature', offset: 0 };
    if (cursor.left < 4) return { ok: false, problem: 'truncated', offset: 4 };
    if (cursor.dword() !== PREG_VERSION) return { ok: false, problem: 'bad-version', offset: 4 };
    const records: PregRecord[] = [];
    while (cursor.left > 0) {
      if (records.length >= limits.maxRecords) {
        return { ok: false, problem: 'too-many-records', offset: cursor.pos };
      }
      records.push(record(cursor, limits));
    }
    return { ok: true, records };
  } catch (error) {
    if (error instanceof PregError) return { ok: false, problem: error.problem, offset: error.offset };
    // Not reached (every read is bounded); kept so that no input can ever make this throw.
    return { ok: false, problem: 'bad-record', offset: cursor.pos };
  }
}
