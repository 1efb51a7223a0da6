/** Parameter shapes several messages share: data a catalogue formats in its own language. */
import type { View } from '../registry-types.js';

/** A registry key (name absent) or value, as data. */
export interface At {
  hive: string;
  view: View;
  key: string;
  name?: string;
}

/** Windows as detection names it: "Windows 7" + SP1 + 64-bit. */
export interface OsName {
  name: string;
  sp: number;
  arch: 'x64' | 'x86' | 'arm64' | 'itanium' | 'unknown';
}

/** A system file and its version (null: not found). */
export interface FileVersion {
  file: string;
  version: string | null;
}

/** Registry operations a RegistryError names. */
export type RegistryOperation =
  'open' | 'read' | 'list' | 'create' | 'write' | 'delete' | 'delete the non-empty key';

/** How a value kept as raw bytes is odd (odd-value findings). */
export type OddKind = 'dword-size' | 'big-endian' | 'link' | 'malformed-text' | 'odd' | 'unknown-type';

export function keyPath(at: At): string {
  return `${at.hive}\\${at.key}`;
}
