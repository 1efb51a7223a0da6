import { CATALOGUE } from '../catalogue/catalogue.js';
import { RegistryError } from '../registry/registry-error.js';
import { msg, said, type Msg } from '../../../src-shared/messages/messages.js';
import type { At } from '../../../src-shared/messages/params.js';
import { type KeyLocation, type RegistryPort, type RegValue } from '../registry/registry-port.js';
import { keyId } from '../state/registry-state.js';
import type { Finding, Plan } from './plan-types.js';

/** Win32 ERROR_ACCESS_DENIED. */
const ACCESS_DENIED = 5;

export interface DeniedKey {
  key: KeyLocation;
  /** 'read': the key cannot be opened at all; 'write': it can be read but not written. */
  access: 'read' | 'write';
}

const isDenied = (error: unknown): error is RegistryError =>
  error instanceof RegistryError && error.win32Code === ACCESS_DENIED;

/**
 * The registry as planning reads it: a key that cannot be opened (access denied, e.g. a
 * tightened ACL) reads as empty and is remembered, so that the plan can say so instead of
 * stopping. Any other error still throws. Planning never writes: the write methods refuse.
 */
export class PlanReader implements RegistryPort {
  readonly adapterName: string;
  private readonly denied = new Map<string, DeniedKey>();

  constructor(private readonly inner: RegistryPort) {
    this.adapterName = inner.adapterName;
  }

  /** Keys found denied so far, in the order they were met. */
  deniedKeys(): DeniedKey[] {
    return [...this.denied.values()];
  }

  private tolerant<T>(fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      if (!isDenied(error)) throw error;
      const id = keyId(error.key);
      if (this.denied.get(id)?.access !== 'read') this.denied.set(id, { key: error.key, access: 'read' });
      return fallback;
    }
  }

  keyExists(key: KeyLocation): boolean {
    return this.tolerant(false, () => this.inner.keyExists(key));
  }
  readValue(key: KeyLocation, name: string): RegValue | null {
    return this.tolerant(null, () => this.inner.readValue(key, name));
  }
  listValueNames(key: KeyLocation): string[] {
    return this.tolerant([], () => this.inner.listValueNames(key));
  }
  listSubkeys(key: KeyLocation): string[] {
    return this.tolerant([], () => this.inner.listSubkeys(key));
  }

  /** Whether the key (or, when it is missing, the nearest parent that exists) may be written. */
  checkWriteAccess(key: KeyLocation): boolean {
    const id = keyId(key);
    if (this.denied.has(id)) return false;
    try {
      return this.inner.checkWriteAccess(key);
    } catch (error) {
      if (!isDenied(error)) throw error;
      this.denied.set(id, { key, access: 'write' });
      return false;
    }
  }

  createKey(): void {
    throw new Error('Planning never writes to the registry.');
  }
  setValue(): void {
    throw new Error('Planning never writes to the registry.');
  }
  deleteValue(): void {
    throw new Error('Planning never writes to the registry.');
  }
  deleteEmptyKey(): void {
    throw new Error('Planning never writes to the registry.');
  }
}

/** A catalogue value at one location, in one view. */
export interface WriteTarget {
  entryId: string;
  hive: KeyLocation['hive'];
  view: KeyLocation['view'];
}

/**
 * Opens, for writing, every key a write of these values needs: the value's key, or the nearest
 * one that exists on the way up to the catalogue's anchor (where the missing ones would be
 * created). Writes nothing; a denial is remembered by the reader.
 */
export function probeWrites(reader: PlanReader, targets: readonly WriteTarget[]): void {
  const done = new Set<string>();
  for (const item of targets) {
    const entry = CATALOGUE.find((e) => e.id === item.entryId);
    if (!entry) continue;
    let path = entry.key;
    for (;;) {
      const key: KeyLocation = { hive: item.hive, view: item.view, path };
      if (done.has(keyId(key))) break;
      done.add(keyId(key));
      if (reader.checkWriteAccess(key) || path.length <= entry.anchor.length) break;
      if (reader.deniedKeys().some((d) => keyId(d.key) === keyId(key))) break;
      path = path.slice(0, path.lastIndexOf('\\'));
    }
  }
}

/** What to do about a key the tool may not open: one sentence for a refusal. */
export function deniedAdvice({ key, access }: DeniedKey): Msg {
  return msg('refusal.keyDenied', { at: atKey(key), access });
}

function atKey(key: KeyLocation): At {
  return { hive: key.hive, view: key.view, key: key.path };
}

/** A key the tool may not open: a finding (what is there) and a blocker (what to do). */
export function accessProblems(reader: PlanReader, plan: Plan): { findings: Finding[]; blockers: Msg[] } {
  if (plan.detection.elevated)
    probeWrites(
      reader,
      plan.items.filter((i) => i.action !== 'none'),
    );
  const findings: Finding[] = [];
  const blockers: Msg[] = [];
  for (const { key, access } of reader.deniedKeys()) {
    findings.push({
      code: access === 'read' ? 'key-read-denied' : 'key-write-denied',
      severity: 'error',
      ...said(
        msg(access === 'read' ? 'finding.keyReadDenied' : 'finding.keyWriteDenied', { at: atKey(key) }),
      ),
    });
    blockers.push(deniedAdvice({ key, access }));
  }
  return { findings, blockers };
}

/** The denied key of an access-denied registry error (how it was being opened), else null. */
export function deniedKeyOf(error: unknown): DeniedKey | null {
  if (!isDenied(error)) return null;
  const writing = ['create', 'write', 'delete', 'delete the non-empty key'].includes(error.operation);
  return { key: error.key, access: writing ? 'write' : 'read' };
}
