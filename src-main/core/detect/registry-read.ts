import type { Hive, RegistryPort, View } from '../registry/registry-port.js';
import { dwordOf } from '../registry/dword-of.js';
import { usableText } from '../registry/usable-text.js';

/**
 * Small typed readers for detection, reading as Windows programs do: a REG_SZ without its NUL
 * still reads as text, a longer REG_DWORD as its first 4 bytes; another type reads as null.
 */
export function readString(
  reg: RegistryPort,
  hive: Hive,
  view: View,
  path: string,
  name: string,
): string | null {
  return usableText(reg.readValue({ hive, view, path }, name));
}

export function readDword(
  reg: RegistryPort,
  hive: Hive,
  view: View,
  path: string,
  name: string,
): number | null {
  return dwordOf(reg.readValue({ hive, view, path }, name));
}
