import type { KeyLocation, RegistryPort, RegValue } from '../../src-main/core/registry/registry-port.js';

export type RecordedOp =
  | { op: 'read'; key: KeyLocation; name: string }
  | { op: 'exists' | 'list' | 'create' | 'delete-key' | 'check-write'; key: KeyLocation }
  | { op: 'set'; key: KeyLocation; name: string; value: RegValue }
  | { op: 'delete-value'; key: KeyLocation; name: string };

/** Wraps a registry, records every call and adds up the time spent inside the real one. */
export class RecordingRegistry implements RegistryPort {
  readonly adapterName: string;
  ops: RecordedOp[] = [];
  nanos = 0n;

  constructor(private readonly inner: RegistryPort) {
    this.adapterName = inner.adapterName;
  }

  reset(): void {
    this.ops = [];
    this.nanos = 0n;
  }

  private timed<T>(op: RecordedOp, fn: () => T): T {
    this.ops.push(op);
    const t = process.hrtime.bigint();
    try {
      return fn();
    } finally {
      this.nanos += process.hrtime.bigint() - t;
    }
  }

  keyExists(key: KeyLocation): boolean {
    return this.timed({ op: 'exists', key }, () => this.inner.keyExists(key));
  }
  readValue(key: KeyLocation, name: string): RegValue | null {
    return this.timed({ op: 'read', key, name }, () => this.inner.readValue(key, name));
  }
  listValueNames(key: KeyLocation): string[] {
    return this.timed({ op: 'list', key }, () => this.inner.listValueNames(key));
  }
  listSubkeys(key: KeyLocation): string[] {
    return this.timed({ op: 'list', key }, () => this.inner.listSubkeys(key));
  }
  createKey(key: KeyLocation): void {
    this.timed({ op: 'create', key }, () => this.inner.createKey(key));
  }
  setValue(key: KeyLocation, name: string, value: RegValue): void {
    this.timed({ op: 'set', key, name, value }, () => this.inner.setValue(key, name, value));
  }
  deleteValue(key: KeyLocation, name: string): void {
    this.timed({ op: 'delete-value', key, name }, () => this.inner.deleteValue(key, name));
  }
  deleteEmptyKey(key: KeyLocation): void {
    this.timed({ op: 'delete-key', key }, () => this.inner.deleteEmptyKey(key));
  }
  checkWriteAccess(key: KeyLocation): boolean {
    return this.timed({ op: 'check-write', key }, () => this.inner.checkWriteAccess(key));
  }
}
