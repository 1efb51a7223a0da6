import { canonicalValue } from './decode-value.js';
import { RegistryError } from './registry-error.js';
import {
  assertWritableHive,
  cloneValue,
  type Hive,
  type KeyLocation,
  type RegValue,
  type RegistryPort,
} from './registry-port.js';

interface StoredKey {
  /** Physical path with its original case, e.g. HKLM\SOFTWARE\WOW6432Node\Microsoft. */
  path: string;
  values: Map<string, { name: string; value: RegValue }>;
}

/** A snapshot of a whole in-memory registry: physical key path -> value name -> value. */
export type RegistrySnapshot = Record<string, Record<string, RegValue>>;

export interface MemoryRegistryOptions {
  /** A 64-bit Windows: HKLM\SOFTWARE has a separate 32-bit view under WOW6432Node. */
  wow64: boolean;
  /** Subtrees of HKLM\SOFTWARE that both views share (WOW64 "shared keys"). */
  sharedSoftwareKeys?: string[];
  /** Called after every change, e.g. to persist a simulated machine. */
  onChange?: (registry: MemoryRegistry) => void;
}

const DEFAULT_SHARED = ['SOFTWARE\\Policies'];

/**
 * An in-memory registry for unit tests and simulation. It models what the tool relies on:
 * case-insensitive names that keep their case, keys that exist without values, and WOW64
 * redirection of HKLM\SOFTWARE into WOW6432Node for the 32-bit view.
 */
export class MemoryRegistry implements RegistryPort {
  readonly adapterName = 'in-memory';
  private readonly keys = new Map<string, StoredKey>();
  private readonly shared: string[];

  constructor(private readonly options: MemoryRegistryOptions) {
    this.shared = (options.sharedSoftwareKeys ?? DEFAULT_SHARED).map((k) => k.toLowerCase());
    for (const hive of ['HKLM', 'HKCU', 'HKU'] as Hive[]) this.ensure(hive);
    this.ensure('HKLM\\SOFTWARE');
    this.ensure('HKLM\\SYSTEM');
    if (options.wow64) this.ensure('HKLM\\SOFTWARE\\WOW6432Node');
  }

  /** The physical path a key in a view resolves to. */
  physicalPath(key: KeyLocation): string {
    const path = key.path.replace(/^\\+|\\+$/g, '');
    const full = path === '' ? key.hive : `${key.hive}\\${path}`;
    if (!this.options.wow64 || key.view !== '32' || key.hive !== 'HKLM') return full;
    const lower = path.toLowerCase();
    if (lower !== 'software' && !lower.startsWith('software\\')) return full;
    if (lower.startsWith('software\\wow6432node')) return full;
    if (this.shared.some((s) => lower === s || lower.startsWith(`${s}\\`))) return full;
    return `HKLM\\SOFTWARE\\WOW6432Node${path.slice('software'.length)}`;
  }

  keyExists(key: KeyLocation): boolean {
    return this.keys.has(this.physicalPath(key).toLowerCase());
  }

  readValue(key: KeyLocation, name: string): RegValue | null {
    const stored = this.keys.get(this.physicalPath(key).toLowerCase());
    const entry = stored?.values.get(name.toLowerCase());
    return entry ? cloneValue(entry.value) : null;
  }

  listValueNames(key: KeyLocation): string[] {
    const stored = this.keys.get(this.physicalPath(key).toLowerCase());
    return stored ? [...stored.values.values()].map((v) => v.name) : [];
  }

  listSubkeys(key: KeyLocation): string[] {
    const prefix = `${this.physicalPath(key).toLowerCase()}\\`;
    const names: string[] = [];
    for (const [lower, stored] of this.keys) {
      if (lower.startsWith(prefix) && !lower.slice(prefix.length).includes('\\')) {
        names.push(stored.path.slice(prefix.length));
      }
    }
    return names;
  }

  createKey(key: KeyLocation): void {
    assertWritableHive(key, 'create');
    this.ensure(this.physicalPath(key));
    this.changed();
  }

  setValue(key: KeyLocation, name: string, value: RegValue): void {
    assertWritableHive(key, 'write');
    const stored = this.keys.get(this.physicalPath(key).toLowerCase());
    if (!stored) throw new RegistryError(2, 'write', key, name);
    const existing = stored.values.get(name.toLowerCase());
    // Stored as the registry would read it back: REG_RAW of 4 bytes of type 4 is a REG_DWORD.
    stored.values.set(name.toLowerCase(), { name: existing?.name ?? name, value: canonicalValue(value) });
    this.changed();
  }

  deleteValue(key: KeyLocation, name: string): void {
    assertWritableHive(key, 'delete');
    const stored = this.keys.get(this.physicalPath(key).toLowerCase());
    if (stored?.values.delete(name.toLowerCase())) this.changed();
  }

  checkWriteAccess(key: KeyLocation): boolean {
    assertWritableHive(key, 'open for writing');
    return this.keyExists(key);
  }

  deleteEmptyKey(key: KeyLocation): void {
    assertWritableHive(key, 'delete');
    const lower = this.physicalPath(key).toLowerCase();
    const stored = this.keys.get(lower);
    if (!stored) return;
    if (stored.values.size > 0 || this.listSubkeys(key).length > 0) {
      throw new RegistryError(5, 'delete the non-empty key', key);
    }
    this.keys.delete(lower);
    this.changed();
  }

  /** Every key and value, by physical path: what a complete `reg export` would show. */
  snapshot(): RegistrySnapshot {
    const out: RegistrySnapshot = {};
    for (const stored of [...this.keys.values()].sort((a, b) => a.path.localeCompare(b.path))) {
      const values: Record<string, RegValue> = {};
      for (const { name, value } of stored.values.values()) values[name] = cloneValue(value);
      out[stored.path] = values;
    }
    return out;
  }

  /** Replaces the whole content with a snapshot (physical paths). */
  load(snapshot: RegistrySnapshot): void {
    this.keys.clear();
    for (const [path, values] of Object.entries(snapshot)) {
      const stored = this.ensure(path);
      for (const [name, value] of Object.entries(values)) {
        stored.values.set(name.toLowerCase(), { name, value: canonicalValue(value) });
      }
    }
  }

  private ensure(physical: string): StoredKey {
    const parts = physical.split('\\').filter((p) => p !== '');
    let current: StoredKey | undefined;
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join('\\');
      const lower = path.toLowerCase();
      current = this.keys.get(lower);
      if (!current) {
        current = { path, values: new Map() };
        this.keys.set(lower, current);
      }
    }
    if (!current) throw new Error(`Empty registry path: "${physical}"`);
    return current;
  }

  private changed(): void {
    this.options.onChange?.(this);
  }
}
