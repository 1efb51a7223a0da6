/**
 * `cli export gpo --protocols LIST --only GROUPS --out DIR`: writes DIR/Registry.xml, the Group
 * Policy Preferences items that set on every Windows of a mixed fleet what the tool's own apply
 * sets on a fresh install of it. docs/deploy.md: how to import it and what a GPO cannot express.
 */
import { parseArgs } from 'node:util';
import { english, msg, type Msg } from '../../../src-shared/messages/messages.js';
import { GROUPS, isGroup, type Group } from '../../core/catalogue/catalogue.js';
import {
  DEFAULT_PROTOCOL_CHOICE,
  isProtocolChoice,
  PROTOCOL_CHOICES,
} from '../../core/catalogue/protocols.js';
import type { GpoExport } from '../../core/export/gpo-plan.js';
import { EXIT } from '../../core/operations/operation-result.js';
import { exportGpo } from '../../use-cases/export-gpo.js';
import type { CliIo } from '../run-cli.js';

export const EXPORT_GPO_USAGE = `  cli export gpo --out DIR [--protocols LIST] [--only GROUPS] [--json]
      writes DIR/Registry.xml: Group Policy Preferences items (Computer Configuration) with
      WMI item-level targeting per Windows; see docs/deploy.md`;

/** A wrong command line: its message by code (English here), or Node's parseArgs words as they are. */
class ExportUsageError extends Error {}
const usageError = (m: Msg) => new ExportUsageError(english(m));

interface ExportArgs {
  out: string;
  choice: (typeof PROTOCOL_CHOICES)[number];
  groups: Group[] | null;
  json: boolean;
}

function parseExportArgs(argv: string[]): ExportArgs {
  const [what, ...rest] = argv;
  if (what !== 'gpo') throw usageError(msg('export.usage.onlyGpo', { what: what ?? '' }));
  let values;
  try {
    values = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        protocols: { type: 'string' },
        only: { type: 'string' },
        json: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    throw new ExportUsageError(error instanceof Error ? error.message : String(error));
  }
  if (!values.out) throw usageError(msg('export.usage.needsOut', {}));
  const choice = values.protocols ?? DEFAULT_PROTOCOL_CHOICE;
  if (!isProtocolChoice(choice)) {
    throw usageError(msg('export.usage.badProtocols', { choices: [...PROTOCOL_CHOICES], got: choice }));
  }
  let groups: Group[] | null = null;
  if (values.only !== undefined) {
    const names = values.only.split(',').map((g) => g.trim().toLowerCase());
    const bad = names.filter((g) => !isGroup(g));
    if (bad.length > 0 || names.length === 0) {
      throw usageError(msg('export.usage.badGroups', { groups: [...GROUPS], unknown: bad }));
    }
    groups = [...new Set(names)] as Group[];
  }
  return { out: values.out, choice, groups, json: values.json ?? false };
}

function summary(exp: GpoExport, file: string): string[] {
  const lines = [english(msg('export.summary.wrote', { file, items: exp.items.length }))];
  for (const item of exp.items) {
    lines.push(
      `  HKLM\\${item.path}\\${item.name} = 0x${item.data.toString(16).toUpperCase()}  [${item.classes.map((c) => c.id).join(', ')}]`,
    );
  }
  for (const { cls, reasonMsgs } of exp.leftOut) {
    lines.push(english(msg('export.summary.leftOut', { windows: cls.label, reasons: reasonMsgs })));
  }
  lines.push(english(msg('export.summary.import', {})));
  return lines;
}

/** Runs `export ...` and returns its exit code: 0 written, 2 bad usage (nothing written). */
export function runExportGpo(argv: string[], io: CliIo, now = new Date()): number {
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv);
  } catch (error) {
    if (!(error instanceof ExportUsageError)) throw error;
    io.err(`${error.message}\n\nUsage:\n${EXPORT_GPO_USAGE}`);
    return EXIT.refused;
  }
  const { exp, file } = exportGpo({ out: args.out, choice: args.choice, groups: args.groups, now });
  if (args.json) {
    const items = exp.items.map(({ classes, ...rest }) => ({ ...rest, classes: classes.map((c) => c.id) }));
    // The English beside the codes is rendered here, for scripts that read the JSON.
    const leftOut = exp.leftOut.map(({ cls, reasonMsgs }) => ({
      class: cls.id,
      reasons: reasonMsgs.map((m) => english(m)),
      reasonMsgs,
    }));
    io.out(
      JSON.stringify(
        { command: 'export gpo', file, choice: exp.choice, groups: exp.groups, items, leftOut, exitCode: 0 },
        null,
        2,
      ),
    );
  } else {
    io.out(summary(exp, file).join('\n'));
  }
  return EXIT.ok;
}
