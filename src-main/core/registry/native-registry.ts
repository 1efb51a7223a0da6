import type { RegistryOperation } from '../../../src-shared/messages/params.js';
import type * as NativeReg from 'native-reg';
import { decodeValue, encodeValue } from './decode-value.js';
import { RegistryError } from './registry-error.js';
import {
  assertWritableHive,
  type Hive,
  type KeyLocation,
  type RegValue,
  type RegistryPort,
} from './registry-port.js';

type NativeRegModule = typeof NativeReg;

/** Loads native-reg lazily so that the core can be imported on any platform. */
export function loadNativeReg(): NativeRegModule {
  // node-gyp-build would load a native binary from any folder these name: an elevated process
  // must not take that from the (user-controlled) environment.
  delete process.env.NATIVE_REG_PREBUILD;
  delete process.env.PREBUILDS_ONLY;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('native-reg') as NativeRegModule;
}

function errnoOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'errno' in error) {
    const errno = (error as { errno: unknown }).errno;
    if (typeof errno === 'number') return errno;
  }
  return undefined;
}

/**
 * The real registry through native-reg: the Win32 registry API in-process, with an explicit
 * KEY_WOW64_64KEY / KEY_WOW64_32KEY flag on every open, never a hard-coded Wow6432Node path.
 */
export class NativeRegistry implements RegistryPort {
  readonly adapterName = 'native-reg';

  constructor(private readonly reg: NativeRegModule = loadNativeReg()) {}

  keyExists(key: KeyLocation): boolean {
    return this.withKey(key, 'open', this.reg.Access.READ, () => true) ?? false;
  }

  readValue(key: KeyLocation, name: string): RegValue | null {
    return (
      this.withKey(key, 'read', this.reg.Access.QUERY_VALUE, (h) => {
        const raw = this.call('read', key, name, () => this.reg.queryValueRaw(h, name));
        // Every type and length decodes (REG_RAW keeps what has no typed form): never throws.
        return raw === null ? null : decodeValue(raw.type, raw);
      }) ?? null
    );
  }

  listValueNames(key: KeyLocation): string[] {
    return this.withKey(key, 'list', this.reg.Access.READ, (h) => this.reg.enumValueNames(h)) ?? [];
  }

  listSubkeys(key: KeyLocation): string[] {
    return this.withKey(key, 'list', this.reg.Access.READ, (h) => this.reg.enumKeyNames(h)) ?? [];
  }

  createKey(key: KeyLocation): void {
    assertWritableHive(key, 'create');
    const h = this.call('create', key, undefined, () =>
      this.reg.createKey(this.root(key.hive), key.path, this.reg.Access.WRITE | this.viewFlag(key)),
    );
    this.reg.closeKey(h);
  }

  setValue(key: KeyLocation, name: string, value: RegValue): void {
    assertWritableHive(key, 'write');
    const done = this.withKey(key, 'write', this.reg.Access.SET_VALUE, (h) => {
      this.call('write', key, name, () => this.write(h, name, value));
      return true;
    });
    if (!done) throw new RegistryError(2, 'write', key, name);
  }

  deleteValue(key: KeyLocation, name: string): void {
    assertWritableHive(key, 'delete');
    this.withKey(key, 'delete', this.reg.Access.SET_VALUE, (h) =>
      this.call('delete', key, name, () => this.reg.deleteValue(h, name)),
    );
  }

  checkWriteAccess(key: KeyLocation): boolean {
    assertWritableHive(key, 'open for writing');
    const access = this.reg.Access.SET_VALUE | this.reg.Access.CREATE_SUB_KEY;
    return this.withKey(key, 'open', access, () => true) ?? false;
  }

  deleteEmptyKey(key: KeyLocation): void {
    assertWritableHive(key, 'delete');
    if (!this.keyExists(key)) return;
    if (this.listValueNames(key).length > 0 || this.listSubkeys(key).length > 0) {
      throw new RegistryError(5, 'delete the non-empty key', key);
    }
    const cut = key.path.lastIndexOf('\\');
    const parent: KeyLocation = { ...key, path: cut < 0 ? '' : key.path.slice(0, cut) };
    const leaf = key.path.slice(cut + 1);
    // native-reg's deleteKey takes no view flag: open the parent in the wanted view first.
    this.withKey(parent, 'delete', this.reg.Access.READ | this.reg.Access.DELETE, (h) =>
      this.call('delete', key, undefined, () => this.reg.deleteKey(h, leaf)),
    );
  }

  private root(hive: Hive): NativeReg.HKEY {
    // Never a default: a hive that is not exactly one of ours is an error, not HKCU.
    if (hive === 'HKLM') return this.reg.HKLM;
    if (hive === 'HKCU') return this.reg.HKCU;
    if (hive === 'HKU') return this.reg.HKU; // read-only: every write refuses it first
    throw new Error(`Unknown registry hive ${JSON.stringify(hive)}: refused.`);
  }

  private viewFlag(key: KeyLocation): number {
    // A shared key reads the same from either view; the 64-bit flag names the canonical one.
    return key.view === '32' ? this.reg.Access.WOW64_32KEY : this.reg.Access.WOW64_64KEY;
  }

  /** Opens the key, runs fn, closes it. Returns undefined when the key does not exist. */
  private withKey<T>(
    key: KeyLocation,
    operation: RegistryOperation,
    access: number,
    fn: (h: NativeReg.HKEY) => T,
  ): T | undefined {
    const h = this.call(operation, key, undefined, () =>
      this.reg.openKey(this.root(key.hive), key.path, access | this.viewFlag(key)),
    );
    if (h === null) return undefined;
    try {
      return fn(h);
    } finally {
      this.reg.closeKey(h);
    }
  }

  private call<T>(operation: RegistryOperation, key: KeyLocation, name: string | undefined, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      const code = errnoOf(error);
      if (code === undefined) throw error;
      throw new RegistryError(code, operation, key, name);
    }
  }

  /** Writes exactly the type number and bytes the value stands for (see decode-value.ts). */
  private write(h: NativeReg.HKEY, name: string, value: RegValue): void {
    const { regType, bytes } = encodeValue(value);
    this.reg.setValueRaw(h, name, regType, bytes);
  }
}
