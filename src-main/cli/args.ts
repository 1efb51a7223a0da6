import { parseArgs as parseNodeArgs } from 'node:util';
import { GROUPS, isGroup, type Group } from '../core/catalogue/catalogue.js';
import {
  DEFAULT_PROTOCOL_CHOICE,
  isProtocolChoice,
  PROTOCOL_CHOICES,
  type ProtocolChoice,
} from '../core/catalogue/protocols.js';

export const COMMANDS = ['detect', 'audit', 'apply', 'rollback'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
  command: Command | 'help';
  json: boolean;
  yes: boolean;
  protocols: ProtocolChoice;
  /** null: what this Windows needs (the catalogue's required values); else these groups' values. */
  groups: Group[] | null;
  backupDir: string | null;
  backupFile: string | null;
  simulate: string | null;
  fresh: boolean;
  replaceWrongTypes: boolean;
  restoreWrongTypes: boolean;
  /** --overwrite-drift: rollback may overwrite values changed since the apply (shown first). */
  overwriteDrift: boolean;
  /** --report FILE: the same HTML report the wizard writes (apply and rollback). */
  report: string | null;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  cli detect   [--json]
  cli audit    [--protocols LIST] [--only GROUPS] [--json]
  cli apply    --yes [--protocols LIST] [--only GROUPS] [--backup-dir DIR] [--replace-wrong-types] [--report FILE] [--json]
  cli rollback --backup FILE --yes [--restore-wrong-types] [--overwrite-drift] [--report FILE] [--json]
Any command: --simulate PROFILE [--fresh] works on a built-in simulated Windows instead of this computer.
  LIST:   ${PROTOCOL_CHOICES.join(' | ')}   (default ${DEFAULT_PROTOCOL_CHOICE})
  GROUPS: comma list of ${GROUPS.join(',')}. Default: only what this Windows needs for TLS 1.2
          (docs/windows-matrix.md); naming a group also sets its optional values.
Exit codes: 0 done / nothing to change, 1 changes needed (audit), 2 refused or bad usage (nothing changed),
  1603 failed (everything restored), 3010 done, restart needed.`;

/**
 * The options, for node:util parseArgs (Node 16.17+, so also Electron 22's Node): it handles
 * `--name value` and `--name=value`, unknown options and values given to flags.
 */
const OPTIONS = {
  json: { type: 'boolean' },
  yes: { type: 'boolean' },
  fresh: { type: 'boolean' },
  'replace-wrong-types': { type: 'boolean' },
  'restore-wrong-types': { type: 'boolean' },
  'overwrite-drift': { type: 'boolean' },
  protocols: { type: 'string' },
  only: { type: 'string' },
  'backup-dir': { type: 'string' },
  backup: { type: 'string' },
  simulate: { type: 'string' },
  report: { type: 'string' },
} as const;

/** parseArgs' errors in this tool's words (its own name the option without quotes or dashes). */
function usageErrorFrom(error: unknown, argv: string[]): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
  const name = option.replace(/^-+/, '').split('=')[0] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`Unknown option "${option.split('=')[0]}".`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return name in OPTIONS && OPTIONS[name as keyof typeof OPTIONS].type === 'boolean'
        ? new UsageError(`--${name} takes no value.`)
        : new UsageError(`--${name} needs a value.`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`Unexpected argument "${/'([^']*)'/.exec(message)?.[1] ?? argv.join(' ')}".`);
    default:
      return new UsageError(message);
  }
}

function parseGroups(value: string): Group[] {
  const groups = value.split(',').map((g) => g.trim().toLowerCase());
  const bad = groups.filter((g) => !isGroup(g));
  if (bad.length > 0 || groups.length === 0) {
    throw new UsageError(`--only takes ${GROUPS.join(',')}; unknown: ${bad.join(', ')}.`);
  }
  return [...new Set(groups)] as Group[];
}

/** Parses the command line; throws UsageError with a specific message. */
export function parseArgs(argv: string[]): CliArgs {
  const [first, ...rest] = argv;
  const help: CliArgs = {
    command: 'help',
    json: false,
    yes: false,
    protocols: DEFAULT_PROTOCOL_CHOICE,
    groups: null,
    backupDir: null,
    backupFile: null,
    simulate: null,
    fresh: false,
    replaceWrongTypes: false,
    restoreWrongTypes: false,
    overwriteDrift: false,
    report: null,
  };
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') return help;
  if (!(COMMANDS as readonly string[]).includes(first)) throw new UsageError(`Unknown command "${first}".`);
  let values: ReturnType<
    typeof parseNodeArgs<{ args: string[]; options: typeof OPTIONS; strict: true }>
  >['values'];
  try {
    values = parseNodeArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw usageErrorFrom(error, rest);
  }
  for (const name of ['protocols', 'only', 'backup-dir', 'backup', 'simulate', 'report'] as const) {
    if (values[name] === '') throw new UsageError(`--${name} needs a value.`);
  }
  const protocols = values.protocols ?? DEFAULT_PROTOCOL_CHOICE;
  if (!isProtocolChoice(protocols)) {
    throw new UsageError(`--protocols must be one of ${PROTOCOL_CHOICES.join(' | ')}; got "${protocols}".`);
  }
  const args: CliArgs = {
    command: first as Command,
    json: values.json ?? false,
    yes: values.yes ?? false,
    protocols,
    groups: values.only === undefined ? null : parseGroups(values.only),
    backupDir: values['backup-dir'] ?? null,
    backupFile: values.backup ?? null,
    simulate: values.simulate ?? null,
    fresh: values.fresh ?? false,
    replaceWrongTypes: values['replace-wrong-types'] ?? false,
    restoreWrongTypes: values['restore-wrong-types'] ?? false,
    overwriteDrift: values['overwrite-drift'] ?? false,
    report: values.report ?? null,
  };
  if (args.report !== null && args.command !== 'apply' && args.command !== 'rollback')
    throw new UsageError('--report is for apply and rollback only.');
  if ((args.command === 'apply' || args.command === 'rollback') && !args.yes) {
    throw new UsageError(
      `${args.command} changes the registry: add --yes to confirm (run audit first to see the plan).`,
    );
  }
  if (args.command === 'rollback' && args.backupFile === null)
    throw new UsageError('rollback needs --backup FILE.');
  if (args.command !== 'rollback' && args.backupFile !== null)
    throw new UsageError('--backup is for rollback only.');
  return args;
}
