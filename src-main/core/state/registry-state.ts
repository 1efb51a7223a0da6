import { canonicalName } from '../names/canonical-name.js';
import type { Hive, RegType, RegValue, View } from '../registry/registry-port.js';

/** One value at one location: whether it (and its key) existed, and its type and data. */
export interface ValueState {
  entryId: string;
  hive: Hive;
  view: View;
  key: string;
  name: string;
  keyExisted: boolean;
  valueExisted: boolean;
  type: RegType | null;
  data: RegValue['data'] | null;
}

/** A key the tool may create: whether it existed. */
export interface KeyState {
  hive: Hive;
  view: View;
  path: string;
  existed: boolean;
}

/** The state of every location an operation touches: what a backup holds, what a write aims at. */
export interface RegistryState {
  keys: KeyState[];
  values: ValueState[];
}

export function valueOf(state: ValueState): RegValue | null {
  if (!state.valueExisted || state.type === null) return null;
  return { type: state.type, data: state.data } as RegValue;
}

export function withValue(state: ValueState, value: RegValue | null): ValueState {
  return {
    ...state,
    valueExisted: value !== null,
    keyExisted: state.keyExisted || value !== null,
    type: value?.type ?? null,
    data: value?.data ?? null,
  };
}

export function keyId(k: { hive: Hive; view: View; path: string }): string {
  return `${k.hive}|${k.view}|${canonicalName(k.path)}`;
}
