/** The readiness verdict as the CLI prints it: the verdict first, then reasons and next steps, then the rows. */
import { english, msg } from '../../src-shared/messages/messages.js';
import { PROTOCOL_NAMES } from '../../src-shared/protocols.js';
import type { Readiness, StackReadiness } from '../../src-shared/readiness-types.js';
import { tlsVersionsOf } from '../core/catalogue/protocols.js';

const tls = (mask: number | null) => {
  if (mask === null) return '';
  const names = tlsVersionsOf(mask).map((v) => PROTOCOL_NAMES[v]);
  return names.length > 0 ? names.join(', ') : 'no TLS';
};

/** The first line: "Microsoft 365: BLOCKED. Not ready for Microsoft 365: ...". */
export function verdictLine(r: Readiness): string {
  return `Microsoft 365: ${english(msg('ready.verdictWord', { verdict: r.verdict }))}. ${english(msg('ready.verdict', { verdict: r.verdict }))}`;
}

function rowLine(row: StackReadiness): string {
  const name = english(msg('ready.stackName', { stack: row.stack }));
  const view = row.view === 'shared' ? '' : `, ${row.view}-bit`;
  const verdict = english(msg('ready.verdictWord', { verdict: row.verdict }));
  if (row.stack === 'office') {
    const found = (row.office ?? []).map((o) => `${o.product}${o.version ? ` ${o.version}` : ''}`);
    return `  ${name}: ${found.length > 0 ? found.join(', ') : english(msg('ready.noOffice', {}))} [${verdict}]`;
  }
  const assumes = row.afterAssumes.length > 0 ? ` (once ${row.afterAssumes.join(', ')} is installed)` : '';
  const suites = row.suites
    ? `; suites in common: Microsoft 365 ${row.suites.m365.length}, Front Door ${row.suites.afd.length}`
    : '';
  return `  ${name}${view}: ${tls(row.now)} -> ${tls(row.after)}${assumes}${suites} [${verdict}]`;
}

export function renderReadiness(r: Readiness): string[] {
  const lines = [verdictLine(r)];
  for (const reason of r.reasons) {
    lines.push(`  ! ${english(reason.msg)}`, `    Next: ${english(reason.next)}`);
  }
  lines.push('', 'Microsoft 365 readiness per stack (now -> after this plan)', ...r.stacks.map(rowLine));
  return lines;
}
