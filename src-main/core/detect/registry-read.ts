import type { Hive, RegistryPort, View } from '../registry/registry-port.js';

/** Small typed readers for detection: a value of another type than expected reads as null. */
export function readString(
  reg: RegistryPort,
  hive: Hive,
  view: View,
  path: string,
  name: string,
): string | null {
  const v = reg.readValue({ hive, view, path }, name);
  return v !== null && (v.type === 'REG_SZ' || v.type === 'REG_EXPAND_SZ') ? v.data : null;
}

export function readDword(
  reg: RegistryPort,
  hive: Hive,
  view: View,
  path: string,
  name: string,
): number | null {
  const v = reg.readValue({ hive, view, path }, name);
  return v !== null && v.type === 'REG_DWORD' ? v.data : null;
}
