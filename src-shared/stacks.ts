import type { Group } from './groups.js';

/**
 * The TLS client stacks whose default protocols the tool reports before and after a change
 * (the effective-protocols model in src-main/core/effective/). Each is configured by one group.
 */
export const STACKS = ['winhttp', 'schannel', 'dotnet4', 'dotnet35', 'wininet'] as const;
export type Stack = (typeof STACKS)[number];

export const STACK_GROUP: Record<Stack, Group> = {
  winhttp: 'winhttp',
  schannel: 'schannel',
  dotnet4: 'dotnet',
  dotnet35: 'dotnet',
  wininet: 'wininet',
};
