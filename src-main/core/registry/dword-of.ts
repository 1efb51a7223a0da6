import type { RegValue } from './registry-port.js';

/** The number Windows reads from a value where it expects a DWORD; null when it would ignore the value. */
export function dwordOf(value: RegValue | null): number | null {
  return value?.type === 'REG_DWORD' ? value.data : null;
}
