import { byteLength, canonicalValue } from '../registry/decode-value.js';
import { REG_TYPES, type RegType, type RegValue } from '../registry/registry-port.js';
import { MAX_MULTI_SZ_ITEMS, MAX_STRING_CHARS, MAX_VALUE_BYTES } from '../registry/value-limits.js';
import type { KeyState, RegistryState, ValueState } from '../state/registry-state.js';
import { buildAllowlist } from './allowlist.js';
import { asIs } from '../../../src-shared/messages/message-error.js';
import { BackupError } from './backup-error.js';
import { parseWith, stateShape } from './backup-schema.js';

const MAX_STRING = MAX_STRING_CHARS;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Refuses the state; the reasons are technical (a hand-edited or hostile file): English, as data. */
function fail(code: string, message: string): never {
  throw new BackupError(code, asIs(message));
}

function checkString(s: unknown, where: string): string {
  if (typeof s !== 'string' || s.length > MAX_STRING || s.includes('\0')) {
    fail('bad-data', `${where}: string data must be text of at most ${MAX_STRING} characters without NUL.`);
  }
  return s;
}

/** The data of a value of `type`, checked for its shape and size. */
function checkData(type: RegType, data: unknown, where: string): RegValue['data'] {
  switch (type) {
    case 'REG_DWORD':
      if (typeof data !== 'number' || !Number.isInteger(data) || data < 0 || data > 0xffffffff) {
        fail('bad-data', `${where}: a REG_DWORD must be a whole number from 0 to 4294967295.`);
      }
      return data;
    case 'REG_QWORD':
      if (typeof data !== 'string' || !/^\d{1,20}$/.test(data) || BigInt(data) > 0xffffffffffffffffn) {
        fail('bad-data', `${where}: a REG_QWORD must be a decimal number from 0 to 2^64-1, as text.`);
      }
      return data;
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return checkString(data, where);
    case 'REG_MULTI_SZ':
      if (!Array.isArray(data) || data.length > MAX_MULTI_SZ_ITEMS)
        fail('bad-data', `${where}: a REG_MULTI_SZ must be a list of text.`);
      return data.map((s) => checkString(s, where));
    case 'REG_BINARY':
    case 'REG_NONE':
      return checkHex(data, where);
    case 'REG_RAW':
      return checkRaw(data, where);
  }
}

function checkHex(data: unknown, where: string): string {
  if (typeof data !== 'string' || data.length > 2 * MAX_VALUE_BYTES || !/^([0-9a-f]{2})*$/.test(data)) {
    fail('bad-data', `${where}: binary data must be lower-case hex of at most ${MAX_VALUE_BYTES} bytes.`);
  }
  return data;
}

/** REG_RAW: exactly a type number (0 to 0xFFFFFFFF) and bounded hex bytes, nothing else. */
function checkRaw(data: unknown, where: string): RegValue['data'] {
  const keys = isObject(data) ? Object.keys(data).sort().join(',') : '';
  const regType = isObject(data) ? data.regType : undefined;
  if (
    !isObject(data) ||
    keys !== 'hex,regType' ||
    typeof regType !== 'number' ||
    !Number.isInteger(regType) ||
    regType < 0 ||
    regType > 0xffffffff
  ) {
    fail(
      'bad-data',
      `${where}: REG_RAW data must be exactly a type number from 0 to 4294967295 and hex bytes.`,
    );
  }
  return { regType, hex: checkHex(data.hex, where) };
}

/**
 * Checks a registry state from an untrusted file (a backup on a shared stick, a journal in a
 * folder other accounts can write) against the catalogue allowlist for this Windows, and returns
 * it with the catalogue's spelling of every path. Throws BackupError; writes nothing.
 */
export function validateState(untyped: unknown, is64BitOs: boolean): RegistryState {
  // Every field typed first, by the same schema as the documents it comes from (backup-schema.ts).
  const parsed = parseWith(stateShape, untyped);
  if (!parsed.ok) {
    const code = parsed.problem.includes('NUL character') ? 'nul-byte' : 'bad-structure';
    fail(code, `The registry state is refused: ${parsed.problem}.`);
  }
  const raw = parsed.value;
  const allow = buildAllowlist(is64BitOs);
  const values: ValueState[] = raw.values.map((v, i) => {
    const where = `Value ${i + 1}`;
    const { hive, view, key, name, keyExisted, valueExisted } = v;
    const allowed = allow.value(hive, view, key, name);
    if (!allowed || allowed.entry.id !== v.entryId) {
      fail(
        'not-allowed',
        `${where} (${hive}\\${key} "${name}", ${view} view) is not a value this tool manages on this Windows: the file is refused.`,
      );
    }
    if (valueExisted && !keyExisted)
      fail('inconsistent', `${where}: a value cannot exist in a key that did not.`);
    let type: RegType | null = null;
    let data: RegValue['data'] | null = null;
    if (valueExisted) {
      if (!(REG_TYPES as readonly unknown[]).includes(v.type))
        fail('bad-type', `${where}: unknown value type ${JSON.stringify(v.type)}.`);
      // The form reading it back from the registry gives: REG_RAW of 4 bytes of type 4 is a
      // REG_DWORD, so that comparing with the registry, and confirming other types, stay exact.
      const value = canonicalValue({
        type: v.type,
        data: checkData(v.type as RegType, v.data, where),
      } as RegValue);
      if (byteLength(value) > MAX_VALUE_BYTES) {
        fail('bad-data', `${where}: value data must be at most ${MAX_VALUE_BYTES} bytes.`);
      }
      type = value.type;
      data = value.data;
    } else if (v.type !== null || v.data !== null) {
      fail('inconsistent', `${where}: a value that did not exist cannot have a type or data.`);
    }
    const { entry } = allowed;
    return {
      entryId: entry.id,
      hive: entry.hive,
      view: allowed.view,
      key: entry.key,
      name: entry.name,
      keyExisted,
      valueExisted,
      type,
      data,
    };
  });
  const keys: KeyState[] = raw.keys.map((k, i) => {
    const allowed = allow.key(k.hive, k.view, k.path);
    if (allowed === undefined) {
      fail(
        'not-allowed',
        `Key ${i + 1} (${k.hive}\\${k.path}, ${k.view} view) is not a key this tool manages: the file is refused.`,
      );
    }
    return { ...allowed, existed: k.existed };
  });
  return { keys, values };
}
