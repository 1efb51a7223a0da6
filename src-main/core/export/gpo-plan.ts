import { asIs, MessageError } from '../../../src-shared/messages/message-error.js';
import { msg, type Msg } from '../../../src-shared/messages/messages.js';
/**
 * What a Group Policy Preferences export writes, and on which Windows: the tool's own plan
 * (build-plan.ts) for a FRESH machine of every Windows family, in both architectures, merged into
 * registry items with targeting. A GPO cannot look at a machine's current values before it writes,
 * so the rules of the plan that depend on them are not exported (docs/deploy.md says which):
 * - an optional value that became required because its current data switches TLS 1.2 off;
 * - a TLS 1.3 bit already set where TLS 1.3 is not on by default (kept by the tool);
 * - a plan the tool refuses: such a class gets no item at all, which is what the tool writes
 *   there (nothing), and the export names it in `leftOut` with the tool's own reason.
 */
import { createHash } from 'node:crypto';
import { CATALOGUE, type Group } from '../catalogue/catalogue.js';
import type { ProtocolChoice } from '../catalogue/protocols.js';
import { NT61_SP1_BUILD, WINDOWS_BUILDS } from '../catalogue/windows-builds.js';
import { FAMILY_FACTS, type OsFamily } from '../catalogue/windows-families.js';
import type { Detection } from '../detect/detect.js';
import type { OsInfo } from '../detect/os-info.js';
import { buildPlan } from '../plan/build-plan.js';
import type { Plan } from '../plan/plan-types.js';
import { MemoryRegistry } from '../registry/memory-registry.js';
import { TARGET_CLASSES, type TargetClass } from './gpo-targeting.js';

/** One DWORD the export writes, as GPP sees it: a physical HKLM path (Wow6432Node spelled out). */
export interface GpoValue {
  entryId: string;
  group: Group;
  path: string;
  name: string;
  data: number;
  /** Under Wow6432Node: only for 64-bit Windows. */
  wow6432: boolean;
}

export interface GpoItem extends GpoValue {
  classes: TargetClass[];
  /** A stable id for the item (same export, same uid), as GPMC's `uid` attribute. */
  uid: string;
}

export interface GpoExport {
  choice: ProtocolChoice;
  groups: Group[] | null;
  items: GpoItem[];
  /** Classes that get nothing because the tool refuses this plan there, with the tool's reason (English, and by code). */
  leftOut: { cls: TargetClass; reasonMsgs: Msg[] }[];
  /** A stable id for the collection that holds the items. */
  uid: string;
}

/** What detection reports on a fresh install of this family (no TLS values, KB 3140245 missing where needed). */
export function freshDetection(family: OsFamily, is64Bit: boolean): Detection {
  const facts = FAMILY_FACTS[family];
  const { version, freshBuild: build } = WINDOWS_BUILDS[family];
  const os: OsInfo = {
    family,
    displayNameMsg: {
      code: 'os.name',
      params: { os: { name: facts.displayName, sp: 0, arch: is64Bit ? 'x64' : 'x86' } },
    },
    productName: facts.displayName,
    edition: '',
    version,
    build,
    ubr: null,
    servicePack: build === NT61_SP1_BUILD ? 1 : 0,
    installationType: facts.server ? 'Server' : 'Client',
    server: facts.server,
    multiSession: false,
    architecture: is64Bit ? 'x64' : 'x86',
    architectureSource: 'registry',
    is64Bit,
    computerName: 'GPO-EXPORT',
    unsupportedMsg: null,
  };
  return {
    os,
    kb3140245: {
      kb: 'KB3140245',
      needed: facts.kb3140245 !== null,
      state: facts.kb3140245 !== null ? 'missing' : 'not-needed',
      files: [],
      servicingPackages: [],
      msuFile: null,
      // Not shown: the GPO export reads only the plan's values.
      msg: asIs(''),
    },
    dotNet: ['3.5', '4.8'],
    internetExplorer: 11,
    elevated: true,
    registryAdapter: 'in-memory',
    simulatedProfile: null,
  };
}

function freshPlan(family: OsFamily, is64Bit: boolean, choice: ProtocolChoice, groups: Group[] | null): Plan {
  return buildPlan(new MemoryRegistry({ wow64: is64Bit }), freshDetection(family, is64Bit), choice, groups);
}

function wow6432Path(key: string): string {
  if (!/^SOFTWARE\\/i.test(key)) throw new MessageError(msg('export.internal.no32BitView', { key }));
  return `SOFTWARE\\WOW6432Node\\${key.slice('SOFTWARE\\'.length)}`;
}

/** The values a plan writes, as physical paths (a 32-bit view on 64-bit Windows is Wow6432Node). */
function valuesOf(plan: Plan): GpoValue[] {
  return plan.items.map((i) => {
    if (i.desired.type !== 'REG_DWORD')
      throw new MessageError(msg('export.internal.notDword', { entryId: i.entryId }));
    const wow6432 = plan.detection.os.is64Bit && i.view === '32';
    return {
      entryId: i.entryId,
      group: i.group,
      path: wow6432 ? wow6432Path(i.key) : i.key,
      name: i.name,
      data: i.desired.data,
      wow6432,
    };
  });
}

/** One class's values, after checking that every family and both architectures agree. */
function classValues(
  cls: TargetClass,
  choice: ProtocolChoice,
  groups: Group[] | null,
): { values: GpoValue[]; blockers: Msg[] } {
  let first: { values: GpoValue[]; blockers: Msg[]; native: string } | null = null;
  for (const family of cls.families) {
    const x64 = freshPlan(family, true, choice, groups);
    const x86 = freshPlan(family, false, choice, groups);
    const values = valuesOf(x64);
    // On 32-bit Windows the one view is the native path: the same values as 64-bit's own view.
    const native = JSON.stringify(values.filter((v) => !v.wow6432));
    if (
      native !== JSON.stringify(valuesOf(x86)) ||
      JSON.stringify(x64.blockers) !== JSON.stringify(x86.blockers)
    ) {
      throw new MessageError(msg('export.internal.architecturesDiffer', { family }));
    }
    const current = { values, blockers: x64.blockers, native: JSON.stringify(values) };
    if (
      first &&
      (first.native !== current.native || JSON.stringify(first.blockers) !== JSON.stringify(current.blockers))
    ) {
      const first = cls.families[0] ?? family;
      throw new MessageError(msg('export.internal.classDiffers', { windows: cls.label, family, first }));
    }
    first ??= current;
  }
  return first ?? { values: [], blockers: [] };
}

/** A GUID-shaped id from a hash of what it names: a new export of the same plan keeps its ids. */
function uidOf(what: unknown): string {
  const hex = createHash('sha256').update(JSON.stringify(what)).digest('hex').toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

/** The export of a protocol choice and group selection (null: what each Windows needs). */
export function planGpoExport(choice: ProtocolChoice, groups: readonly Group[] | null): GpoExport {
  const requested = groups === null ? null : [...groups];
  const merged = new Map<string, { value: GpoValue; classes: TargetClass[] }>();
  const leftOut: GpoExport['leftOut'] = [];
  for (const cls of TARGET_CLASSES) {
    const { values, blockers } = classValues(cls, choice, requested);
    if (blockers.length > 0) {
      leftOut.push({ cls, reasonMsgs: blockers });
      continue;
    }
    for (const value of values) {
      const id = JSON.stringify([value.path.toLowerCase(), value.name.toLowerCase(), value.data]);
      const hit = merged.get(id) ?? { value, classes: [] };
      hit.classes.push(cls);
      merged.set(id, hit);
    }
  }
  const order = (v: GpoValue): number => CATALOGUE.findIndex((e) => e.id === v.entryId);
  const items = [...merged.values()]
    .sort((a, b) => order(a.value) - order(b.value) || Number(a.value.wow6432) - Number(b.value.wow6432))
    .map(({ value, classes }) => ({
      ...value,
      classes,
      uid: uidOf([value.path, value.name, value.data, classes.map((c) => c.id)]),
    }));
  return { choice, groups: requested, items, leftOut, uid: uidOf([choice, requested]) };
}
