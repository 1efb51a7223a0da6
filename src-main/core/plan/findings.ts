import { CATALOGUE } from '../catalogue/catalogue.js';
import { PROTOCOL_BITS } from '../catalogue/protocols.js';
import { describeKey, formatValue, sameValue, type RegistryPort } from '../registry/registry-port.js';
import type { Finding, Plan, PlanItem } from './plan-types.js';

const SCHANNEL_PROTOCOLS = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
const DOTNET35_HOTFIX: Record<string, string> = {
  win7: 'KB3154518',
  server2008r2: 'KB3154518',
  server2012: 'KB3154519',
  win8: 'KB3154519',
  win81: 'KB3154520',
  server2012r2: 'KB3154520',
  win10: 'KB3156421',
};

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
  if (cur?.type === 'REG_DWORD' && cur.data === 0xffffffff) {
    out.push({
      code: 'dword-ffffffff',
      severity: 'warning',
      message: `${where(item)} is 0xFFFFFFFF (written by some tools); other checkers flag it as misconfigured. It will be set to ${formatValue(item.desired)}.`,
    });
  }
  const entry = CATALOGUE.find((e) => e.id === item.entryId);
  if (entry?.desired.kind === 'protocols' && cur?.type === 'REG_DWORD') {
    if ((cur.data & (PROTOCOL_BITS.ssl2 | PROTOCOL_BITS.ssl3)) !== 0) {
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

function schannelFindings(registry: RegistryPort, plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const side of ['Client', 'Server']) {
    const key = {
      hive: 'HKLM' as const,
      view: 'shared' as const,
      path: `${SCHANNEL_PROTOCOLS}\\TLS 1.2\\${side}`,
    };
    for (const entry of CATALOGUE.filter((e) => e.group === 'schannel')) {
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
    const enabled = registry.readValue(key, 'Enabled');
    const disabled = registry.readValue(key, 'DisabledByDefault');
    if (side === 'Server' && enabled?.type === 'REG_DWORD' && enabled.data === 0) {
      out.push({
        code: 'schannel-server-disabled',
        severity: 'info',
        message: `TLS 1.2 is disabled for the server side (${describeKey(key)} Enabled = 0). This tool changes only the client side.`,
      });
    }
    if (
      enabled?.type === 'REG_DWORD' &&
      disabled?.type === 'REG_DWORD' &&
      (enabled.data !== 0) === (disabled.data !== 0)
    ) {
      out.push({
        code: 'schannel-half-disabled',
        severity: 'warning',
        message: `TLS 1.2 ${side}: Enabled = ${enabled.data} and DisabledByDefault = ${disabled.data} are not opposites ("half disabled").`,
      });
    }
  }
  return plan.groups.includes('schannel') ? out : [];
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
  out.push(...schannelFindings(registry, plan));
  const hotfix = detection.os.family ? DOTNET35_HOTFIX[detection.os.family] : undefined;
  if (plan.groups.includes('dotnet') && hotfix && detection.dotNet.includes('3.5')) {
    out.push({
      code: 'dotnet35-hotfix',
      severity: 'info',
      message: `.NET Framework 3.5 honours SystemDefaultTlsVersions only with update ${hotfix} installed.`,
    });
  }
  return out;
}
