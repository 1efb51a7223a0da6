import { msg, type Msg } from '../../../src-shared/messages/messages.js';
import { STACK_GROUP } from '../../../src-shared/stacks.js';
import {
  CATALOGUE,
  needHere,
  onlyWithProtocolOf,
  readsAsDesired,
  requiredWhenOf,
  schannelClientEntries,
  switchesTls12Off,
  type CatalogueEntry,
  type Group,
} from '../catalogue/catalogue.js';
import {
  choiceIncludes,
  desiredProtocolMask,
  PROTOCOL_BITS,
  type ProtocolChoice,
} from '../catalogue/protocols.js';
import { FAMILY_FACTS, type OsFamily } from '../catalogue/windows-families.js';
import type { Detection } from '../detect/detect.js';
import {
  effectiveProtocols,
  newestDotNet4,
  offersTls12,
  type ValueReader,
} from '../effective/effective-protocols.js';
import { dwordOf } from '../registry/dword-of.js';
import { sameValue, type KeyLocation, type RegistryPort, type RegValue } from '../registry/registry-port.js';
import { PlanReader } from './access-check.js';
import { collectFindings } from './findings.js';
import type { Plan, PlanAction, PlanItem, PlanReason } from './plan-types.js';
import { addRegistryFindings } from './registry-findings.js';
import { viewsFor } from './views.js';

function actionFor(current: RegValue | null, desired: RegValue): PlanAction {
  if (current === null) return 'create';
  if (current.type !== desired.type) return 'replace-type';
  return sameValue(current, desired) ? 'none' : 'change';
}

/** TLS 1.3 stays in every mask written where it is on by default, or already set in any view. */
function keepsTls13(family: OsFamily, currents: (RegValue | null)[]): boolean {
  if (FAMILY_FACTS[family].schannelClient.tls13 === 'on') return true;
  return currents.some((v) => ((dwordOf(v) ?? 0) & PROTOCOL_BITS.tls13) !== 0);
}

/** One entry's plan items, in every view it needs, or [] when this plan does not include it. */
function entryItems(
  entry: CatalogueEntry,
  registry: RegistryPort,
  detection: Detection,
  family: OsFamily,
  choice: ProtocolChoice,
  requested: readonly Group[] | null,
): PlanItem[] {
  const need = needHere(entry, family, detection.dotNet);
  if (need === 'never') return [];
  const onlyWith = onlyWithProtocolOf(entry);
  if (onlyWith !== null && !choiceIncludes(choice, onlyWith)) return [];
  const requiredWhen = requiredWhenOf(entry);
  const views = viewsFor(entry, detection.os.is64Bit);
  const currents = views.map((view) =>
    registry.readValue({ hive: entry.hive, view, path: entry.key }, entry.name),
  );
  const keep13 = entry.desired.kind === 'protocols' && keepsTls13(family, currents);
  const items: PlanItem[] = [];
  views.forEach((view, i) => {
    const current = currents[i] ?? null;
    const switchedOff = requiredWhen !== null && switchesTls12Off(requiredWhen, dwordOf(current));
    const reason: PlanReason =
      need === 'required' ? 'windows-needs' : switchedOff ? 'tls12-switched-off' : 'chosen';
    // The default plan takes what this Windows needs; naming a group also takes its optional values.
    const included = requested === null ? reason !== 'chosen' : requested.includes(entry.group);
    if (!included) return;
    // Data Windows already reads as the desired data (a non-zero SChannel Enabled) stays as it is:
    // the item is kept, with nothing to write, so that the plan still shows the value.
    const desired: RegValue =
      current !== null && readsAsDesired(entry, current)
        ? current
        : {
            type: 'REG_DWORD',
            data: entry.desired.kind === 'dword' ? entry.desired.data : desiredProtocolMask(choice, keep13),
          };
    items.push({
      entryId: entry.id,
      group: entry.group,
      hive: entry.hive,
      view,
      key: entry.key,
      name: entry.name,
      protocolMask: entry.desired.kind === 'protocols',
      current,
      desired,
      action: actionFor(current, desired),
      reason,
      restart: entry.restart,
      why: entry.why,
    });
  });
  return items;
}

/** Reads each value once per plan: the effective-protocols model asks for the same ones several times. */
function cachedReader(registry: RegistryPort): ValueReader {
  const cache = new Map<string, RegValue | null>();
  return (key, name) => {
    const id = `${key.hive}\\${key.view}\\${key.path}\\${name}`.toLowerCase();
    if (!cache.has(id)) cache.set(id, registry.readValue(key, name));
    return cache.get(id) ?? null;
  };
}

/** A reader that sees the registry as it will be once these values are written. */
export function readerWith(
  read: ValueReader,
  writes: { key: KeyLocation; name: string; value: RegValue }[],
): ValueReader {
  const same = (a: KeyLocation, b: KeyLocation): boolean =>
    a.hive === b.hive && a.view === b.view && a.path.toLowerCase() === b.path.toLowerCase();
  return (key, name) => {
    const hit = writes.find((w) => same(w.key, key) && w.name.toLowerCase() === name.toLowerCase());
    return hit ? hit.value : read(key, name);
  };
}

function writesOf(items: PlanItem[]): { key: KeyLocation; name: string; value: RegValue }[] {
  return items.map((i) => ({
    key: { hive: i.hive, view: i.view, path: i.key },
    name: i.name,
    value: i.desired,
  }));
}

/** The SChannel TLS 1.2 client switched on, as the catalogue writes it. */
function schannelTls12On(): { key: KeyLocation; name: string; value: RegValue }[] {
  return schannelClientEntries('tls12').map((e) => ({
    key: { hive: e.hive, view: 'shared' as const, path: e.key },
    name: e.name,
    value: { type: 'REG_DWORD' as const, data: e.desired.data },
  }));
}

/**
 * A group whose stacks would still lack TLS 1.2 after this plan only because the SChannel TLS 1.2
 * client is off (Windows 7 / 2008 R2 by default, or switched off by someone) needs the SChannel
 * group too: setting it alone would not give TLS 1.2 (.NET would even fall back to TLS 1.0).
 */
function groupsNeedingSchannel(
  plan: Omit<Plan, 'findings' | 'blockers' | 'needsSchannelFor'>,
  read: ValueReader,
): Group[] {
  if (plan.groups.includes('schannel')) return [];
  // The .NET values are written whether or not .NET is installed yet: they must give TLS 1.2
  // whenever it is, so the check counts .NET 3.5 and a 4.x that can use TLS 1.2 as installed.
  const dotNet = [...plan.detection.dotNet, '3.5', ...(newestDotNet4(plan.detection.dotNet) ? [] : ['4.8'])];
  const detection = { ...plan.detection, dotNet };
  const writes = writesOf(plan.items);
  const options = { assumeKb3140245: true };
  const after = effectiveProtocols(readerWith(read, writes), detection, options);
  const withSchannel = effectiveProtocols(
    readerWith(read, [...writes, ...schannelTls12On()]),
    detection,
    options,
  );
  const groups = new Set<Group>();
  after.forEach((stack, i) => {
    const group = STACK_GROUP[stack.stack];
    const fixed = withSchannel[i];
    if (plan.groups.includes(group) && !offersTls12(stack) && fixed && offersTls12(fixed)) groups.add(group);
  });
  return [...groups];
}

function schannelBlocker(groups: Group[], requested: Group[] | null): Msg[] {
  return groups.length === 0 ? [] : [msg('refusal.needsSchannel', { groups, only: requested })];
}

/**
 * Step 3 of the wizard: the values this Windows needs (or, with groups named, those groups'
 * values), in every view that needs them, what each is now and what it will be, and what every
 * TLS stack offers before and after. Reads only.
 */
export function buildPlan(
  registry: RegistryPort,
  detection: Detection,
  choice: ProtocolChoice,
  requestedGroups: readonly Group[] | null,
): Plan {
  // A key that cannot be opened (access denied) reads as empty here and becomes a finding and a blocker.
  const reader = new PlanReader(registry);
  const family = detection.os.family;
  const requested = requestedGroups === null ? null : [...requestedGroups];
  const items = family
    ? CATALOGUE.flatMap((entry) => entryItems(entry, reader, detection, family, choice, requested))
    : [];
  const read = cachedReader(reader);
  const base = {
    detection,
    choice,
    requestedGroups: requested,
    groups: [...new Set(items.map((i) => i.group))],
    items,
    effective: {
      before: effectiveProtocols(read, detection, { assumeKb3140245: false }),
      after: effectiveProtocols(readerWith(read, writesOf(items)), detection, { assumeKb3140245: true }),
    },
  };
  const needsSchannelFor = groupsNeedingSchannel(base, read);
  const blockers = detection.os.unsupportedMsg
    ? [detection.os.unsupportedMsg]
    : schannelBlocker(needsSchannelFor, requested);
  const plan: Plan = {
    ...base,
    needsSchannelFor,
    findings: [],
    blockers,
  };
  plan.findings = collectFindings(reader, plan);
  addRegistryFindings(reader, plan);
  return plan;
}
