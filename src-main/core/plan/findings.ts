import { STACK_GROUP, STACK_LABEL } from '../../../src-shared/stacks.js';
import { catalogueEntry, CATALOGUE, KEYS } from '../catalogue/catalogue.js';
import { PROTOCOL_BITS } from '../catalogue/protocols.js';
import { dotnet35UpdateFor, newestDotNet4, offersTls12 } from '../effective/effective-protocols.js';
import { dwordOf } from '../registry/dword-of.js';
import { describeKey, formatValue, sameValue, type RegistryPort } from '../registry/registry-port.js';
import type { Finding, Plan, PlanItem } from './plan-types.js';

function where(item: PlanItem): string {
  return `${describeKey({ hive: item.hive, view: item.view, path: item.key })} "${item.name}"`;
}

function itemFindings(item: PlanItem): Finding[] {
  const out: Finding[] = [];
  const cur = item.current;
  // REG_RAW (odd bytes or type) has its own findings: odd-value-findings.ts.
  if (cur !== null && cur.type !== item.desired.type && cur.type !== 'REG_RAW') {
    out.push({
      code: 'wrong-type',
      severity: 'warning',
      message: `${where(item)} is ${formatValue(cur)}, not a DWORD: Windows ignores it. It is replaced only if you confirm; rollback restores it exactly.`,
    });
  }
  const dword = dwordOf(cur);
  if (dword === 0xffffffff) {
    out.push({
      code: 'dword-ffffffff',
      severity: 'warning',
      message: `${where(item)} is 0xFFFFFFFF (written by some tools); other checkers flag it as misconfigured. It will be set to ${formatValue(item.desired)}.`,
    });
  }
  if (catalogueEntry(item.entryId)?.desired.kind === 'protocols' && dword !== null) {
    if ((dword & (PROTOCOL_BITS.ssl2 | PROTOCOL_BITS.ssl3)) !== 0) {
      out.push({
        code: 'ssl-enabled',
        severity: 'warning',
        message: `${where(item)} enables SSL 2.0 / 3.0 (${formatValue(cur)}): insecure; those bits will be removed.`,
      });
    }
  }
  return out;
}

/** Split values whose 64-bit and 32-bit views hold different data today. */
function viewDisagreements(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const entry of CATALOGUE) {
    const [a, b] = plan.items.filter((i) => i.entryId === entry.id);
    if (a && b && !sameValue(a.current, b.current)) {
      out.push({
        code: 'views-disagree',
        severity: 'info',
        message: `${entry.name} in ${entry.key} differs between views: ${a.view}-bit ${formatValue(a.current)}, ${b.view}-bit ${formatValue(b.current)}. 32-bit programs read the 32-bit view.`,
      });
    }
  }
  return out;
}

/** Misspelled, half-disabled and server-side SChannel TLS 1.2 values: the machine's state, whatever the plan. */
function schannelFindings(registry: RegistryPort): Finding[] {
  const out: Finding[] = [];
  for (const side of ['Client', 'Server']) {
    const key = {
      hive: 'HKLM' as const,
      view: 'shared' as const,
      path: `${KEYS.schannelProtocols}\\TLS 1.2\\${side}`,
    };
    for (const entry of CATALOGUE.filter((e) => e.group === 'schannel' && e.key.includes('TLS 1.2'))) {
      for (const wrong of entry.misspellings ?? []) {
        if (registry.readValue(key, wrong) !== null) {
          out.push({
            code: 'misspelled-value',
            severity: 'warning',
            message: `${describeKey(key)} has "${wrong}", a misspelling of "${entry.name}" that Windows ignores. It is left as it is.`,
          });
        }
      }
    }
    const enabled = dwordOf(registry.readValue(key, 'Enabled'));
    const disabled = dwordOf(registry.readValue(key, 'DisabledByDefault'));
    if (side === 'Server' && enabled === 0) {
      out.push({
        code: 'schannel-server-disabled',
        severity: 'info',
        message: `TLS 1.2 is disabled for the server side (${describeKey(key)} Enabled = 0). This tool changes only the client side.`,
      });
    }
    if (enabled !== null && disabled !== null && (enabled !== 0) === (disabled !== 0)) {
      out.push({
        code: 'schannel-half-disabled',
        severity: 'warning',
        message: `TLS 1.2 ${side}: Enabled = ${enabled} and DisabledByDefault = ${disabled} are not opposites ("half disabled").`,
      });
    }
  }
  return out;
}

function dotNetFindings(plan: Plan): Finding[] {
  const { os, dotNet } = plan.detection;
  const out: Finding[] = [];
  const update = os.family ? dotnet35UpdateFor(os.family, os.build) : null;
  if (plan.groups.includes('dotnet') && update && (dotNet.includes('3.5') || dotNet.includes('2.0'))) {
    out.push({
      code: 'dotnet35-update',
      severity: 'info',
      message: `.NET Framework 3.5 honours SystemDefaultTlsVersions only with update ${update} or any later .NET rollup installed.`,
    });
  }
  if (newestDotNet4(dotNet) === '4.0') {
    out.push({
      code: 'dotnet4-no-tls12',
      severity: 'warning',
      message:
        'The newest .NET Framework 4.x here is 4.0, which cannot use TLS 1.2 at all: install .NET Framework 4.8 (no registry value can replace it).',
    });
  }
  return out;
}

/** Stacks this plan leaves without TLS 1.2 because their group is not in it: offered, never done silently. */
function untouchedStacks(plan: Plan): Finding[] {
  const names = new Set<string>();
  const groups = new Set<string>();
  for (const stack of plan.effective.after) {
    const group = STACK_GROUP[stack.stack];
    if (!offersTls12(stack) && !plan.groups.includes(group)) {
      names.add(STACK_LABEL[stack.stack]);
      groups.add(group);
    }
  }
  if (names.size === 0) return [];
  return [
    {
      code: 'stack-without-tls12',
      severity: 'info',
      message: `${[...names].join(', ')} will not offer TLS 1.2 by default with this plan: add ${[...groups].join(', ')} to change that.`,
    },
  ];
}

function architectureFinding(plan: Plan): Finding[] {
  const { os } = plan.detection;
  if (os.architectureSource === 'registry' || os.family === null) return [];
  return [
    {
      code: 'architecture-inferred',
      severity: 'info',
      message: `PROCESSOR_ARCHITECTURE is missing or unusual in the registry; 64-bit Windows was inferred from ${os.architectureSource === 'process' ? 'the running process' : "the registry's 32-bit view"}.`,
    },
  ];
}

/** Everything worth reporting that is not itself a change. */
export function collectFindings(registry: RegistryPort, plan: Plan): Finding[] {
  const { detection } = plan;
  const out: Finding[] = [];
  if (detection.kb3140245.needed && detection.kb3140245.state === 'missing') {
    out.push({ code: 'kb3140245-missing', severity: 'warning', message: detection.kb3140245.message });
  }
  for (const item of plan.items) out.push(...itemFindings(item));
  out.push(...viewDisagreements(plan));
  out.push(...schannelFindings(registry));
  out.push(...dotNetFindings(plan));
  out.push(...untouchedStacks(plan));
  out.push(...architectureFinding(plan));
  return out;
}
