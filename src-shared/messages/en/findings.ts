/** English: findings (what is worth knowing that is not a change) and refusals of a plan. */
import { GROUP_NAME, type Group } from '../../groups.js';
import { STACK_LABEL, type Stack } from '../../stacks.js';
import type { View } from '../../registry-types.js';
import type { At, OddKind } from '../params.js';
import type { None, Say } from '../say.js';
import { at } from './words.js';

const TAIL = 'It is replaced only if you confirm; rollback restores its type and bytes exactly.';
const ODD: Record<OddKind, (type: string, bytes: string) => string> = {
  'dword-size': (_t, b) => `a REG_DWORD of ${b}`,
  'big-endian': (_t, b) => `a big-endian DWORD (REG_DWORD_BIG_ENDIAN, ${b})`,
  link: (_t, b) => `a registry link (REG_LINK, ${b})`,
  'malformed-text': (t, b) => `a ${t} that is not well-formed text (${b})`,
  odd: (t, b) => `a ${t} of ${b}`,
  'unknown-type': (t, b) => `a value of ${t}, which Windows does not define (${b})`,
};
const PERMISSIONS =
  'In regedit, right-click the key, choose Permissions and give Administrators Full Control (or ask whoever locked it), then run the tool again.';

export const enFindings = {
  'finding.wrongType': (p: { at: At; value: string }) =>
    `${at(p.at)} is ${p.value}, not a DWORD: Windows ignores it. It is replaced only if you confirm; rollback restores it exactly.`,
  'finding.ffffffff': (p: { at: At; desired: string }) =>
    `${at(p.at)} is 0xFFFFFFFF (written by some tools), which is not a value documented for it. It will be set to ${p.desired}.`,
  'finding.enabledNonZero': (p: { at: At; value: string }) =>
    `${at(p.at)} is ${p.value}: SChannel reads any non-zero Enabled as on, so it is left as it is.`,
  'finding.sslEnabled': (p: { at: At; value: string }) =>
    `${at(p.at)} enables SSL 2.0 / 3.0 (${p.value}): insecure; those bits will be removed.`,
  /** a and b: each view with its value (null: not set). */
  'finding.viewsDisagree': (p: {
    name: string;
    key: string;
    a: [View, string | null];
    b: [View, string | null];
  }) =>
    `${p.name} in ${p.key} differs between views: ${p.a[0]}-bit ${p.a[1] ?? '(not set)'}, ${p.b[0]}-bit ${p.b[1] ?? '(not set)'}. 32-bit programs read the 32-bit view.`,
  'finding.misspelled': (p: { at: At; wrong: string; right: string }) =>
    `${at(p.at)} has "${p.wrong}", a misspelling of "${p.right}" that Windows ignores. It is left as it is.`,
  'finding.serverDisabled': (p: { at: At }) =>
    `TLS 1.2 is disabled for the server side (${at(p.at)} Enabled = 0). This tool changes only the client side.`,
  'finding.halfDisabled': (p: { side: 'Client' | 'Server'; enabled: number; disabled: number }) =>
    `TLS 1.2 ${p.side}: Enabled = ${p.enabled} and DisabledByDefault = ${p.disabled} are not opposites ("half disabled").`,
  'finding.dotnet35Update': (p: { update: string }) =>
    `.NET Framework 3.5 honours SystemDefaultTlsVersions only with update ${p.update} or any later .NET rollup installed.`,
  'finding.dotnet40': (_: None) =>
    'The newest .NET Framework 4.x here is 4.0, which cannot use TLS 1.2 at all: install .NET Framework 4.8 (no registry value can replace it).',
  'finding.stacksWithoutTls12': (p: { stacks: Stack[]; groups: Group[] }, x: Say) =>
    `${p.stacks.map((s) => STACK_LABEL[s]).join(', ')} will not offer TLS 1.2 by default with this plan: ` +
    (x.surface === 'cli'
      ? `add ${p.groups.join(', ')} to change that.`
      : `tick ${x.list(p.groups.map((g) => GROUP_NAME[g]))} to change that.`),
  'finding.architectureInferred': (p: { source: 'process' | 'wow64-view' }) =>
    `PROCESSOR_ARCHITECTURE is missing or unusual in the registry; 64-bit Windows was inferred from ${p.source === 'process' ? 'the running process' : "the registry's 32-bit view"}.`,
  'finding.oddValue': (
    p: { at: At; kind: OddKind; type: string; bytes: number; hex: string; reads: string | null },
    x: Say,
  ) =>
    `${at(p.at)} is ${ODD[p.kind](p.type, p.bytes === 0 ? 'no bytes' : `${x.count(p.bytes, { one: '# byte', other: '# bytes' })}: ${p.hex}`)}: ` +
    `${p.reads === null ? 'not a usable DWORD, Windows ignores it' : `Windows reads its first 4 bytes: ${p.reads}`}. ${TAIL}`,
  'finding.valueTooLarge': (p: { at: At; size: number; max: number }) =>
    `${at(p.at)} holds ${p.size} bytes, more than a backup of this tool keeps (${p.max}): it is not replaced.`,
  'finding.keyReadDenied': (p: { at: At }) =>
    `${at(p.at)} cannot be read: access denied (its permissions were probably tightened). What it holds is unknown.`,
  'finding.keyWriteDenied': (p: { at: At }) =>
    `${at(p.at)} can be read but not written: access denied (its permissions were probably tightened).`,
  'refusal.tooLargeToBackUp': (p: { at: At }) =>
    `${at(p.at)} is too large to back up. Export the key with regedit (File, Export) to keep it, delete the value, then run the tool again.`,
  'refusal.keyDenied': (p: { at: At; access: 'read' | 'write' }) =>
    `${at(p.at)} cannot be ${p.access === 'read' ? 'opened' : 'written'}: access denied. ${PERMISSIONS}`,
  'refusal.needsSchannel': (p: { groups: Group[]; only: Group[] | null }, x: Say) =>
    `The ${p.groups.map((g) => GROUP_NAME[g]).join(' and ')} values give no TLS 1.2 while the SChannel TLS 1.2 client is off on this computer: ` +
    (x.surface === 'cli'
      ? `choose the SChannel group too${p.only === null ? '' : ` (--only ${[...p.only, 'schannel'].join(',')})`}.`
      : 'tick the SChannel group too.'),
};
