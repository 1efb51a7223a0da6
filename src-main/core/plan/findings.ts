import { msg, said } from '../../../src-shared/messages/messages.js';
import type { At } from '../../../src-shared/messages/params.js';
import { STACK_GROUP, type Stack } from '../../../src-shared/stacks.js';
import type { Group } from '../../../src-shared/groups.js';
import {
  CATALOGUE,
  catalogueEntry,
  misspellingsOf,
  readsAsDesired,
  schannelClientEntries,
  schannelKey,
} from '../catalogue/catalogue.js';
import { DOTNET4_FACTS } from '../catalogue/dotnet-facts.js';
import { PROTOCOL_BITS } from '../catalogue/protocols.js';
import { dotnet35UpdateFor, newestDotNet4, offersTls12 } from '../effective/effective-protocols.js';
import { dwordOf } from '../registry/dword-of.js';
import { formatValue, sameValue, type RegistryPort } from '../registry/registry-port.js';
import type { Finding, Plan, PlanItem } from './plan-types.js';

/** Where a plan item's value is, as message data. */
export function atItem(item: PlanItem): At {
  return { hive: item.hive, view: item.view, key: item.key, name: item.name };
}

function itemFindings(item: PlanItem): Finding[] {
  const out: Finding[] = [];
  const cur = item.current;
  // REG_RAW (odd bytes or type) has its own findings: odd-value-findings.ts.
  if (cur !== null && cur.type !== item.desired.type && cur.type !== 'REG_RAW') {
    out.push({
      code: 'wrong-type',
      severity: 'warning',
      ...said(msg('finding.wrongType', { at: atItem(item), value: formatValue(cur) })),
    });
  }
  const dword = dwordOf(cur);
  const entry = catalogueEntry(item.entryId);
  // Data Windows reads as the desired data (a non-zero SChannel Enabled other than 1) is no
  // fault: the plan leaves it as it is and says so, for information.
  const leftAsItIs =
    entry !== undefined &&
    entry.desired.kind === 'dword' &&
    dword !== entry.desired.data &&
    readsAsDesired(entry, cur);
  if (leftAsItIs) {
    out.push({
      code: 'schannel-enabled-non-zero',
      severity: 'info',
      ...said(msg('finding.enabledNonZero', { at: atItem(item), value: formatValue(cur) })),
    });
  } else if (dword === 0xffffffff) {
    out.push({
      code: 'dword-ffffffff',
      severity: 'warning',
      ...said(msg('finding.ffffffff', { at: atItem(item), desired: formatValue(item.desired) })),
    });
  }
  if (entry?.desired.kind === 'protocols' && dword !== null) {
    if ((dword & (PROTOCOL_BITS.ssl2 | PROTOCOL_BITS.ssl3)) !== 0) {
      out.push({
        code: 'ssl-enabled',
        severity: 'warning',
        ...said(msg('finding.sslEnabled', { at: atItem(item), value: formatValue(cur) })),
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
        ...said(
          msg('finding.viewsDisagree', {
            name: entry.name,
            key: entry.key,
            a: [a.view, a.current && formatValue(a.current)],
            b: [b.view, b.current && formatValue(b.current)],
          }),
        ),
      });
    }
  }
  return out;
}

/** Misspelled, half-disabled and server-side SChannel TLS 1.2 values: the machine's state, whatever the plan. */
function schannelFindings(registry: RegistryPort): Finding[] {
  const out: Finding[] = [];
  for (const side of ['Client', 'Server'] as const) {
    const key = {
      hive: 'HKLM' as const,
      view: 'shared' as const,
      path: schannelKey('tls12', side),
    };
    const atKey: At = { hive: key.hive, view: key.view, key: key.path };
    for (const entry of schannelClientEntries('tls12')) {
      for (const wrong of misspellingsOf(entry)) {
        if (registry.readValue(key, wrong) !== null) {
          out.push({
            code: 'misspelled-value',
            severity: 'warning',
            ...said(msg('finding.misspelled', { at: atKey, wrong, right: entry.name })),
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
        ...said(msg('finding.serverDisabled', { at: atKey })),
      });
    }
    if (enabled !== null && disabled !== null && (enabled !== 0) === (disabled !== 0)) {
      out.push({
        code: 'schannel-half-disabled',
        severity: 'warning',
        ...said(msg('finding.halfDisabled', { side, enabled, disabled })),
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
      ...said(msg('finding.dotnet35Update', { update })),
    });
  }
  if (newestDotNet4(dotNet) === DOTNET4_FACTS.noTls12Release) {
    out.push({
      code: 'dotnet4-no-tls12',
      severity: 'warning',
      ...said(msg('finding.dotnet40', {})),
    });
  }
  return out;
}

/** Stacks this plan leaves without TLS 1.2 because their group is not in it: offered, never done silently. */
function untouchedStacks(plan: Plan): Finding[] {
  const stacks = new Set<Stack>();
  const groups = new Set<Group>();
  for (const stack of plan.effective.after) {
    const group = STACK_GROUP[stack.stack];
    if (!offersTls12(stack) && !plan.groups.includes(group)) {
      stacks.add(stack.stack);
      groups.add(group);
    }
  }
  if (stacks.size === 0) return [];
  return [
    {
      code: 'stack-without-tls12',
      severity: 'info',
      ...said(msg('finding.stacksWithoutTls12', { stacks: [...stacks], groups: [...groups] })),
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
      ...said(msg('finding.architectureInferred', { source: os.architectureSource })),
    },
  ];
}

/** Everything worth reporting that is not itself a change. */
export function collectFindings(registry: RegistryPort, plan: Plan): Finding[] {
  const { detection } = plan;
  const out: Finding[] = [];
  if (detection.kb3140245.needed && detection.kb3140245.state === 'missing') {
    out.push({ code: 'kb3140245-missing', severity: 'warning', msg: detection.kb3140245.msg });
  }
  for (const item of plan.items) out.push(...itemFindings(item));
  out.push(...viewDisagreements(plan));
  out.push(...schannelFindings(registry));
  out.push(...dotNetFindings(plan));
  out.push(...untouchedStacks(plan));
  out.push(...architectureFinding(plan));
  return out;
}
