import type { Group } from '../../src-main/core/catalogue/catalogue.js';
import type { ProtocolChoice } from '../../src-main/core/catalogue/protocols.js';

/*
 * The renderer may import only types from src-main, so the catalogue's choices are repeated here.
 * `satisfies` ties them to the core's types, and test/renderer/choices.test.ts checks that they
 * equal the core's values.
 */

/** The four protocol sets of the source article, the recommended one first. */
export const PROTOCOL_CHOICES = [
  '1.2',
  '1.1,1.2',
  '1.0,1.1,1.2',
  '1.0,1.2',
] as const satisfies readonly ProtocolChoice[];
export const DEFAULT_PROTOCOL_CHOICE: ProtocolChoice = '1.2';

/** The groups in the order they are shown. */
export const GROUPS = ['winhttp', 'dotnet', 'schannel', 'wininet'] as const satisfies readonly Group[];
/** Checked by default; WinINet only on request. */
export const DEFAULT_GROUPS: readonly Group[] = ['winhttp', 'dotnet', 'schannel'];

// Compile-time check that no choice or group of the core is missing here.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
export const ALL_CHOICES_LISTED: Missing<ProtocolChoice, (typeof PROTOCOL_CHOICES)[number]> = true;
export const ALL_GROUPS_LISTED: Missing<Group, (typeof GROUPS)[number]> = true;
