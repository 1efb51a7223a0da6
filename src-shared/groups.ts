/** The groups of values the tool manages, in the order they are shown. */
export const GROUPS = ['winhttp', 'dotnet', 'schannel', 'wininet'] as const;
export type Group = (typeof GROUPS)[number];

export function isGroup(text: string): text is Group {
  return (GROUPS as readonly string[]).includes(text);
}

/** How the catalogue marks a value for one Windows family (docs/windows-matrix.md). */
export type Need = 'required' | 'optional' | 'never';
