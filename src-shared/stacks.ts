import type { Group } from './groups.js';
import type { View } from './registry-types.js';

/**
 * The TLS client stacks whose default protocols the tool reports before and after a change
 * (the effective-protocols model in src-main/core/effective/). Each is configured by one group.
 */
export const STACKS = ['winhttp', 'schannel', 'dotnet4', 'dotnet35', 'wininet'] as const;
export type Stack = (typeof STACKS)[number];

/** The stacks' names in the CLI's and the findings' English (the wizard has its own per language). */
export const STACK_LABEL: Record<Stack, string> = {
  winhttp: 'WinHTTP (Outlook, OneDrive, Windows Update)',
  schannel: 'SChannel default',
  dotnet4: '.NET 4.x apps',
  dotnet35: '.NET 3.5 apps',
  wininet: 'WinINet (Internet Options)',
};

export const STACK_GROUP: Record<Stack, Group> = {
  winhttp: 'winhttp',
  schannel: 'schannel',
  dotnet4: 'dotnet',
  dotnet35: 'dotnet',
  wininet: 'wininet',
};

/** What one stack offers by default, in one registry view (WinHTTP and .NET per view on 64-bit Windows). */
export interface EffectiveStack {
  stack: Stack;
  view: View;
  /** The TLS versions offered by default, as protocol bits (PROTOCOL_BITS). */
  mask: number;
  /** Updates this result assumes installed: KB 3140245 (known missing), a .NET 3.5 update (not detectable). */
  assumes: string[];
}
