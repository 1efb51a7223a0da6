import { english, msg } from '../../src-shared/messages/messages.js';
import { PROTOCOL_NAMES } from '../../src-shared/protocols.js';
import { STACK_LABEL } from '../../src-shared/stacks.js';
import { describeProtocolMask, tlsVersionsOf } from '../core/catalogue/protocols.js';
import type { Detection } from '../core/detect/detect.js';
import type { OperationResult } from '../core/operations/operation-result.js';
import type { RollbackPlan } from '../core/operations/rollback.js';
import { changesOf, type Plan, type PlanItem } from '../core/plan/plan-types.js';
import { formatValue, type RegValue } from '../core/registry/registry-port.js';

/** Output for a person: short, aligned, the wizard's wording. */

function table(rows: string[][], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map(
    (row) =>
      indent +
      row
        .map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
  );
}

const VIEW_LABEL = { '64': '64-bit', '32': '32-bit', shared: '' } as const;

function show(value: RegValue | null, protocols: boolean): string {
  const text = formatValue(value);
  return protocols && value?.type === 'REG_DWORD' ? `${text} = ${describeProtocolMask(value.data)}` : text;
}

export function renderDetection(d: Detection): string[] {
  const { os, kb3140245: kb } = d;
  const lines = [
    'This computer',
    ...table([
      [
        'Windows',
        `${english(os.displayNameMsg)}, build ${os.build}${os.ubr !== null ? `.${os.ubr}` : ''}${os.edition ? `, ${os.edition}` : ''}`,
      ],
      [
        'Type',
        [os.server ? 'Server' : 'Client', os.installationType]
          .filter((t, i, all) => i === 0 || (t !== all[0] && t !== 'unknown'))
          .join(', '),
      ],
      ['Computer name', os.computerName],
      ['Administrator', d.elevated ? 'yes' : 'NO: run as administrator to make changes'],
      ['.NET Framework', d.dotNet.length > 0 ? d.dotNet.join(', ') : 'none found'],
    ]),
  ];
  if (os.unsupportedMsg) lines.push(`  NOT SUPPORTED: ${english(os.unsupportedMsg)}`);
  lines.push('', 'Update KB 3140245 (WinHTTP)');
  const state = {
    'not-needed': 'not needed',
    present: 'installed',
    'probably-present': 'looks installed',
    missing: 'MISSING',
  }[kb.state];
  lines.push(`  ${state}: ${english(kb.msg)}`);
  if (kb.files.length > 0) {
    lines.push(
      ...table(
        kb.files.map((f) => [
          f.file,
          f.version ?? 'not found',
          `needs ${f.minimum}`,
          f.ok ? 'ok' : 'too old',
          f.path,
        ]),
        '    ',
      ),
    );
  }
  if (kb.servicingPackages.length > 0)
    lines.push(`    servicing package: ${kb.servicingPackages.join(', ')}`);
  return lines;
}

/** Values grouped under their key and view (in catalogue order), names and values aligned. */
function itemRows(items: PlanItem[]): string[] {
  const groups = new Map<string, PlanItem[]>();
  for (const item of items) {
    const keyLine = `${item.hive}\\${item.key}${item.view === 'shared' ? '' : `  [${VIEW_LABEL[item.view]} view]`}`;
    groups.set(keyLine, [...(groups.get(keyLine) ?? []), item]);
  }
  const lines: string[] = [];
  for (const [keyLine, group] of groups) {
    lines.push(`  ${keyLine}`);
    const rows = group.map((item) => {
      const protocols = item.entryId.startsWith('winhttp') || item.entryId.startsWith('wininet');
      return [
        item.name,
        show(item.current, protocols),
        item.action === 'none' ? 'no change' : `-> ${show(item.desired, protocols)}`,
      ];
    });
    lines.push(...table(rows, '    '));
  }
  return lines;
}

function tlsList(mask: number): string {
  const names = tlsVersionsOf(mask).map((v) => PROTOCOL_NAMES[v]);
  return names.length > 0 ? names.join(', ') : 'no TLS';
}

/** "WinHTTP ..., 64-bit apps   TLS 1.0 -> TLS 1.2 (once KB3140245 is installed)", one row per stack and view. */
export function renderEffective(plan: Plan): string[] {
  const { before, after } = plan.effective;
  if (after.length === 0) return [];
  const rows = after.map((a, i) => {
    const b = before[i];
    const view = a.view === 'shared' ? '' : `, ${a.view}-bit apps`;
    const was = b ? tlsList(b.mask) : '?';
    const now = tlsList(a.mask);
    const assumes = a.assumes.length > 0 ? ` (once ${a.assumes.join(', ')} is installed)` : '';
    return [
      `${STACK_LABEL[a.stack]}${view}`,
      was === now && assumes === '' ? `${now} (unchanged)` : `${was} -> ${now}${assumes}`,
    ];
  });
  return ['', 'What this computer offers by default (now -> after this plan and a restart)', ...table(rows)];
}

function planHeading(plan: Plan): string {
  const what =
    plan.requestedGroups === null ? 'what this Windows needs' : `groups ${plan.requestedGroups.join(', ')}`;
  return `Plan: protocols ${plan.choice}; ${what}`;
}

export function renderPlan(plan: Plan): string[] {
  const lines = ['', planHeading(plan)];
  lines.push(...itemRows(plan.items));
  lines.push(...renderEffective(plan));
  if (plan.findings.length > 0) {
    lines.push('', 'Findings (not changes)');
    for (const f of plan.findings) lines.push(`  ${f.severity === 'info' ? '-' : '!'} ${english(f.msg)}`);
  }
  if (plan.blockers.length > 0) lines.push('', ...plan.blockers.map((b) => `Cannot apply: ${english(b)}`));
  const changes = changesOf(plan);
  lines.push(
    '',
    english(msg('plan.toChange', { count: changes.length, restart: changes.some((c) => c.restart) })),
  );
  return lines;
}

export function renderRollbackPlan(plan: RollbackPlan): string[] {
  const lines = [
    '',
    `Rollback to ${plan.backupFile}`,
    `  taken ${plan.backup.createdAt} on ${plan.backup.machine.computerName}`,
  ];
  let lastKey = '';
  for (const item of plan.items) {
    const v = item.value;
    const keyLine = `${v.hive}\\${v.key}${v.view === 'shared' ? '' : `  [${VIEW_LABEL[v.view]} view]`}`;
    if (keyLine !== lastKey) lines.push(`  ${keyLine}`);
    lastKey = keyLine;
    lines.push(
      `    ${v.name}   ${formatValue(item.current)}   ${item.changes ? `-> ${formatValue(item.restoreTo)}` : 'no change'}`,
    );
    if (item.drift === 'drifted')
      lines.push(`      DRIFT: changed since the apply; the tool had set ${formatValue(item.setByTool)}`);
  }
  if (!plan.driftKnown)
    lines.push(
      '  This backup is from an older version of the tool: whether values were changed since the apply (drift) is not known.',
    );
  for (const k of plan.keysToRemove)
    lines.push(
      `  remove key ${k.hive}\\${k.path}${k.view === 'shared' ? '' : ` [${VIEW_LABEL[k.view]} view]`} (created by the tool)`,
    );
  return lines;
}

export function renderResult(result: OperationResult): string[] {
  const lines = ['', english(result.msg)];
  if (result.backup)
    lines.push(
      `Backup: ${result.backup.jsonFile}`,
      `        ${result.backup.regFile} (double-click to restore)`,
    );
  return lines;
}
