import { encodeValue } from '../registry/decode-value.js';
import { assertWritableHive, type Hive, type RegValue } from '../registry/registry-port.js';
import { valueOf, type RegistryState } from '../state/registry-state.js';

const HIVE_NAMES: Record<Hive, string> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKU: 'HKEY_USERS',
};

/**
 * A .reg file is read by the 64-bit regedit, which has no view flag: the 32-bit view of
 * HKLM\SOFTWARE is written as its physical path under WOW6432Node.
 */
function regPath(hive: Hive, view: string, path: string, is64BitOs: boolean): string {
  // A .reg file writes when it is imported: a read-only hive (HKU) never gets one.
  assertWritableHive({ hive, view: 'shared', path }, 'export');
  let p = path;
  if (is64BitOs && hive === 'HKLM' && view === '32' && /^software(\\|$)/i.test(p)) {
    p = `SOFTWARE\\WOW6432Node${p.slice('SOFTWARE'.length)}`;
  }
  return `${HIVE_NAMES[hive]}\\${p}`;
}

/** Lines of a .reg file stay this short: long data continues on the next line after ",\". */
const REG_LINE_WIDTH = 78;

/** `head` then the bytes as "01,02,...", wrapped as regedit wraps them ("01,\" CRLF "  02"). */
function hexLine(head: string, buf: Buffer): string {
  const lines: string[] = [];
  let line = head;
  buf.forEach((b, i) => {
    const item = `${b.toString(16).padStart(2, '0')}${i < buf.length - 1 ? ',' : ''}`;
    if (line.length + item.length > REG_LINE_WIDTH && line.trim() !== '') {
      lines.push(`${line}\\`);
      line = '  ';
    }
    line += item;
  });
  lines.push(line);
  return lines.join('\r\n');
}

/** A control character or a surrogate (paired or not): only exact bytes can hold it. */
function needsBytes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

function regLine(name: string, value: RegValue | null): string {
  const quoted = `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (value === null) return `${quoted}=-`;
  switch (value.type) {
    case 'REG_DWORD':
      return `${quoted}=dword:${value.data.toString(16).padStart(8, '0')}`;
    case 'REG_SZ':
      // A line break or other control character cannot be written between quotes: such a string
      // is written as its exact bytes (hex(1):), as regedit itself exports it.
      if (!needsBytes(value.data)) {
        return `${quoted}="${value.data.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
      }
      return hexLine(`${quoted}=hex(1):`, encodeValue(value).bytes);
    case 'REG_BINARY':
      return hexLine(`${quoted}=hex:`, Buffer.from(value.data, 'hex'));
    default: {
      // Every other type, REG_RAW included, as its exact type number and bytes.
      const { regType, bytes } = encodeValue(value);
      return hexLine(`${quoted}=hex(${regType.toString(16)}):`, bytes);
    }
  }
}

/**
 * The .reg twin of a backup: double-clicked (or `reg import`), it puts back every value as it
 * was, deletes values that did not exist ("Name"=-), and removes keys the tool created.
 * Returned as UTF-16LE with a BOM, the encoding regedit writes.
 */
export function buildRegFile(state: RegistryState, is64BitOs: boolean, header: string[]): Buffer {
  // A header line holds text from the registry (the computer name): no line break may end the
  // comment and start a section or value of its own.
  const comment = (h: string) =>
    `; ${[...h].map((c) => (c.charCodeAt(0) < 0x20 || '\u0085\u2028\u2029'.includes(c) ? ' ' : c)).join('')}`;
  const lines = ['Windows Registry Editor Version 5.00', '', ...header.map(comment), ''];
  const sections = new Map<string, string[]>();
  for (const v of state.values) {
    if (!v.keyExisted) continue; // the whole key is removed below
    const section = regPath(v.hive, v.view, v.key, is64BitOs);
    const list = sections.get(section) ?? [];
    list.push(regLine(v.name, valueOf(v)));
    sections.set(section, list);
  }
  for (const [section, values] of sections) lines.push(`[${section}]`, ...values, '');
  const created = state.keys
    .filter((k) => !k.existed)
    .sort((a, b) => b.path.split('\\').length - a.path.split('\\').length);
  for (const k of created) lines.push(`[-${regPath(k.hive, k.view, k.path, is64BitOs)}]`, '');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]);
}
