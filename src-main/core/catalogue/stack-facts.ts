/**
 * Which catalogue value feeds which TLS stack of the effective-protocols model: the model reads
 * the rows' own keys, names and views (viewsFor) through this table instead of rebuilding paths.
 * Sources: each row's `source` in catalogue.ts; how each stack uses its values: dotnet-facts.ts
 * (NETTLS), windows-families.ts (OPT, PROTO, KB).
 */
import type { Stack } from '../../../src-shared/stacks.js';
import {
  CATALOGUE,
  DOTNET_VALUES,
  type CatalogueEntry,
  type DotNetEntry,
  type WinHttpMaskEntry,
  type WinInetMaskEntry,
} from './catalogue.js';

/** What a value does for its stack. */
export type StackInputRole = 'mask' | 'system-default' | 'strong-crypto';

export interface StackInput {
  stack: Exclude<Stack, 'schannel'>;
  role: StackInputRole;
  entry: CatalogueEntry;
}

function only<T extends CatalogueEntry>(what: string, found: T[]): T {
  const [entry, ...more] = found;
  if (entry === undefined || more.length > 0)
    throw new Error(`stack-facts: ${found.length} catalogue rows for ${what}`);
  return entry;
}

function dotnet(runtime: DotNetEntry['runtime'], name: DotNetEntry['name']): DotNetEntry {
  return only(
    `${runtime} ${name}`,
    CATALOGUE.filter(
      (e): e is DotNetEntry => e.kind === 'dotnet' && e.runtime === runtime && e.name === name,
    ),
  );
}

/**
 * The table. SChannel is not here: its state is read for every TLS version (the catalogue writes
 * only 1.1 and 1.2), at schannelKey(version, 'Client'), with SCHANNEL_VALUES.
 */
export const STACK_INPUTS: readonly StackInput[] = [
  {
    stack: 'winhttp',
    role: 'mask',
    entry: only(
      'WinHTTP',
      CATALOGUE.filter((e): e is WinHttpMaskEntry => e.kind === 'winhttp-mask'),
    ),
  },
  { stack: 'dotnet4', role: 'system-default', entry: dotnet('clr4', DOTNET_VALUES.systemDefault) },
  { stack: 'dotnet4', role: 'strong-crypto', entry: dotnet('clr4', DOTNET_VALUES.strongCrypto) },
  { stack: 'dotnet35', role: 'system-default', entry: dotnet('clr2', DOTNET_VALUES.systemDefault) },
  {
    stack: 'wininet',
    role: 'mask',
    entry: only(
      'WinINet',
      CATALOGUE.filter((e): e is WinInetMaskEntry => e.kind === 'wininet-mask'),
    ),
  },
];

/** The catalogue row that feeds this stack in this role. */
export function stackInput(stack: StackInput['stack'], role: StackInputRole): CatalogueEntry {
  const input = STACK_INPUTS.find((i) => i.stack === stack && i.role === role);
  if (input === undefined) throw new Error(`stack-facts: no ${role} value for ${stack}`);
  return input.entry;
}
