import type { RegistryOperation } from '../../../src-shared/messages/params.js';
import { RegistryError } from './registry-error.js';
import type { KeyLocation, RegistryPort, RegValue } from './registry-port.js';

export type OperationKind = 'read' | 'write' | 'delete';

export interface Fault {
  kind: OperationKind;
  /** The n-th operation of that kind fails (1-based). */
  n: number;
  /** The Win32 error it fails with, e.g. 5 (access denied), 1016 (I/O error). */
  win32Code: number;
}

/**
 * A key (and, as with an inherited ACL, its subkeys) this process may not open: for 'read' not
 * at all, for 'write' not for writing. Every such operation fails with Win32 error 5, as on a
 * Windows where someone tightened the key's permissions.
 */
export interface DeniedKey {
  access: 'read' | 'write';
  /** Path below the hive, in any view, any letter case. */
  path: string;
}

/**
 * Wraps any registry and fails one chosen operation with a chosen Win32 error, as a real
 * registry can (a policy denying a key, a failing disk), and / or denies chosen keys. Counts
 * every operation by kind, so a test can first learn how many there are, then fail each one in
 * turn. checkWriteAccess writes nothing and counts as a read.
 */
export class FaultInjectingRegistry implements RegistryPort {
  readonly adapterName: string;
  readonly counts: Record<OperationKind, number> = { read: 0, write: 0, delete: 0 };
  /** Set once the fault has been injected. */
  injected = false;

  constructor(
    private readonly inner: RegistryPort,
    private readonly fault: Fault | null,
    private readonly denied: readonly DeniedKey[] = [],
  ) {
    this.adapterName = inner.adapterName;
  }

  private deny(
    kind: OperationKind | 'probe',
    operation: RegistryOperation,
    key: KeyLocation,
    name?: string,
  ): void {
    const path = key.path.toLowerCase();
    const hit = this.denied.find((d) => {
      const lower = d.path.toLowerCase();
      return (path === lower || path.startsWith(`${lower}\\`)) && (d.access === 'read' || kind !== 'read');
    });
    // As on Windows, a key that does not exist is "not found", not "denied"; creating it needs
    // the denied parent, so that is denied.
    if (hit && (operation === 'create' || this.inner.keyExists(key))) {
      throw new RegistryError(5, operation, key, name);
    }
  }

  private tick(kind: OperationKind, operation: RegistryOperation, key: KeyLocation, name?: string): void {
    this.deny(kind, operation, key, name);
    this.counts[kind] += 1;
    if (this.fault && !this.injected && this.fault.kind === kind && this.counts[kind] === this.fault.n) {
      this.injected = true;
      throw new RegistryError(this.fault.win32Code, operation, key, name);
    }
  }

  keyExists(key: KeyLocation): boolean {
    this.tick('read', 'open', key);
    return this.inner.keyExists(key);
  }
  readValue(key: KeyLocation, name: string): RegValue | null {
    this.tick('read', 'read', key, name);
    return this.inner.readValue(key, name);
  }
  listValueNames(key: KeyLocation): string[] {
    this.tick('read', 'list', key);
    return this.inner.listValueNames(key);
  }
  listSubkeys(key: KeyLocation): string[] {
    this.tick('read', 'list', key);
    return this.inner.listSubkeys(key);
  }
  createKey(key: KeyLocation): void {
    this.tick('write', 'create', key);
    this.inner.createKey(key);
  }
  setValue(key: KeyLocation, name: string, value: RegValue): void {
    this.tick('write', 'write', key, name);
    this.inner.setValue(key, name, value);
  }
  deleteValue(key: KeyLocation, name: string): void {
    this.tick('delete', 'delete', key, name);
    this.inner.deleteValue(key, name);
  }
  deleteEmptyKey(key: KeyLocation): void {
    this.tick('delete', 'delete', key);
    this.inner.deleteEmptyKey(key);
  }
  checkWriteAccess(key: KeyLocation): boolean {
    this.deny('probe', 'open', key);
    this.tick('read', 'open', key);
    return this.inner.checkWriteAccess(key);
  }
}

/** Parses "write:3:5" (kind, n, Win32 code) from the test hook TLS12_WIZARD_TEST_FAULT. */
export function parseFault(text: string | undefined): Fault | null {
  const m = /^(read|write|delete):(\d+):(\d+)$/.exec(text ?? '');
  if (!m) return null;
  return { kind: m[1] as OperationKind, n: Number(m[2]), win32Code: Number(m[3]) };
}

/**
 * Parses "write:SYSTEM\\...\\Client" (or "read:...") from the test hook TLS12_WIZARD_TEST_DENY:
 * that key cannot be opened for writing (or at all), as if its ACL had been tightened.
 */
export function parseDenied(text: string | undefined): DeniedKey[] {
  const m = /^(read|write):(.+)$/.exec(text ?? '');
  if (!m) return [];
  return [{ access: m[1] as DeniedKey['access'], path: (m[2] as string).replace(/^\\+|\\+$/g, '') }];
}
