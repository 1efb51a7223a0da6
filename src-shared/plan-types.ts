/** A plan: for every value this Windows needs (or the groups named), what it is and will be. */
import type { Detection } from './detection-types.js';
import type { Msg } from './messages/messages.js';
import type { Group } from './groups.js';
import type { ProtocolChoice } from './protocols.js';
import type { Hive, RegValue, View } from './registry-types.js';
import type { EffectiveStack } from './stacks.js';

/** none: already right; create: value missing; change: other data; replace-type: other type. */
export type PlanAction = 'none' | 'create' | 'change' | 'replace-type';

/**
 * Why a value is in the plan: this Windows needs it (the catalogue says required), its current
 * data switches TLS 1.2 off here, or the technician chose its group although it is optional.
 */
export type PlanReason = 'windows-needs' | 'tls12-switched-off' | 'chosen';

export interface PlanItem {
  entryId: string;
  group: Group;
  hive: Hive;
  view: View;
  key: string;
  name: string;
  /** The value is a protocol bitmask (WinHTTP DefaultSecureProtocols, WinINet SecureProtocols): shown with its protocols named. */
  protocolMask: boolean;
  current: RegValue | null;
  desired: RegValue;
  action: PlanAction;
  reason: PlanReason;
  restart: boolean;
  why: string;
}

export type FindingSeverity = 'info' | 'warning' | 'error';

/** Something worth knowing that is not itself a change. */
export interface Finding {
  code: string;
  severity: FindingSeverity;
  /** What it is, by code, for any language. */
  msg: Msg;
}

export interface Plan {
  detection: Detection;
  choice: ProtocolChoice;
  /** The groups asked for; null: what this Windows needs (the catalogue's required values). */
  requestedGroups: Group[] | null;
  /** The groups the plan's values belong to. */
  groups: Group[];
  items: PlanItem[];
  /** What each TLS stack offers by default now, and after this plan (and KB 3140245, where missing). */
  effective: { before: EffectiveStack[]; after: EffectiveStack[] };
  /** Groups in this plan that give no TLS 1.2 unless the SChannel TLS 1.2 client is switched on too. */
  needsSchannelFor: Group[];
  findings: Finding[];
  /** Why nothing may be applied on this computer (unsupported Windows, ...), by code; empty when it may. */
  blockers: Msg[];
  /** sha256 of what is reviewed (planFingerprint): the wizard's apply sends it back. */
  fingerprint?: string;
}
