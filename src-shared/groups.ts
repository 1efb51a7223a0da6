/** The groups of values the tool manages, in the order they are shown. */
export const GROUPS = ['winhttp', 'dotnet', 'schannel', 'wininet'] as const;
export type Group = (typeof GROUPS)[number];

/** The groups by their product names, the same in every language (the wizard's boxes say more). */
export const GROUP_NAME: Record<Group, string> = {
  winhttp: 'WinHTTP',
  dotnet: '.NET Framework',
  schannel: 'SChannel',
  wininet: 'WinINet',
};

export function isGroup(text: string): text is Group {
  return (GROUPS as readonly string[]).includes(text);
}

/** How the catalogue marks a value for one Windows family (docs/windows-matrix.md). */
export type Need = 'required' | 'optional' | 'never';

/** What the wizard's choice step needs to know about one group on this computer. */
export interface GroupAdvice {
  group: Group;
  /** required: the default plan sets some of its values here; optional: offered; never: nothing to set. */
  need: Need;
  /** Groups that must be chosen with it for it to give TLS 1.2 here (SChannel on Windows 7 / 2008 R2). */
  requires: Group[];
  /**
   * The Windows (display names, from the catalogue's families) where the default plan sets this
   * group's values because Windows' own default lacks TLS 1.2 for it: SChannel's client is off by
   * default there. The wizard names them instead of keeping its own list.
   */
  requiredOn: string[];
  /** Its values are written from the protocol choice (a protocol bitmask): the catalogue says which. */
  usesProtocolChoice: boolean;
}
