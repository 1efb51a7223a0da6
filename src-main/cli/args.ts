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
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  cli detect   [--json]
  cli audit    [--protocols LIST] [--only GROUPS] [--json]
  cli apply    --yes [--protocols LIST] [--only GROUPS] [--backup-dir DIR] [--replace-wrong-types] [--json]
  cli rollback --backup FILE --yes [--restore-wrong-types] [--json]
Any command: --simulate PROFILE [--fresh] works on a built-in simulated Windows instead of this computer.
  LIST:   ${PROTOCOL_CHOICES.join(' | ')}   (default ${DEFAULT_PROTOCOL_CHOICE})
  GROUPS: comma list of ${GROUPS.join(',')}. Default: only what this Windows needs for TLS 1.2
          (docs/windows-matrix.md); naming a group also sets its optional values.
Exit codes: 0 done / nothing to change, 1 changes needed (audit), 2 refused or bad usage (nothing changed),
  1603 failed (everything restored), 3010 done, restart needed.`;

const WITH_VALUE = new Set(['--protocols', '--only', '--backup-dir', '--backup', '--simulate']);

/** Parses the command line; throws UsageError with a specific message. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
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
  };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') return args;
  if (!(COMMANDS as readonly string[]).includes(first)) throw new UsageError(`Unknown command "${first}".`);
  args.command = first as Command;
  while (rest.length > 0) {
    let arg = rest.shift() as string;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (WITH_VALUE.has(arg)) {
      value ??= rest.shift();
      if (value === undefined || value === '') throw new UsageError(`${arg} needs a value.`);
    } else if (value !== undefined) {
      throw new UsageError(`${arg} takes no value.`);
    }
    switch (arg) {
      case '--json':
        args.json = true;
        break;
      case '--yes':
        args.yes = true;
        break;
      case '--fresh':
        args.fresh = true;
        break;
      case '--replace-wrong-types':
        args.replaceWrongTypes = true;
        break;
      case '--restore-wrong-types':
        args.restoreWrongTypes = true;
        break;
      case '--protocols':
        if (!isProtocolChoice(value as string)) {
          throw new UsageError(`--protocols must be one of ${PROTOCOL_CHOICES.join(' | ')}; got "${value}".`);
        }
        args.protocols = value as ProtocolChoice;
        break;
      case '--only': {
        const groups = (value as string).split(',').map((g) => g.trim().toLowerCase());
        const bad = groups.filter((g) => !isGroup(g));
        if (bad.length > 0 || groups.length === 0) {
          throw new UsageError(`--only takes ${GROUPS.join(',')}; unknown: ${bad.join(', ')}.`);
        }
        args.groups = [...new Set(groups)] as Group[];
        break;
      }
      case '--backup-dir':
        args.backupDir = value as string;
        break;
      case '--backup':
        args.backupFile = value as string;
        break;
      case '--simulate':
        args.simulate = value as string;
        break;
      default:
        throw new UsageError(`Unknown option "${arg}".`);
    }
  }
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
