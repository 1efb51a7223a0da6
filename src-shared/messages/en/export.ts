/**
 * English: the Group Policy Preferences export (`cli export gpo`): the descriptions GPMC shows for
 * the collection and each item, the command line's summary, and the export's internal checks.
 */
import { describeProtocolMask } from '../../protocols.js';
import type { None, Say } from '../say.js';

/** One registry item as GPMC describes it: its value, its view, the Windows it reaches. */
export interface ExportItem {
  name: string;
  data: number;
  /** A protocol mask (the data shown in hex with its protocols), else a plain number. */
  protocols: boolean;
  wow6432: boolean;
  /** The target classes' names ("Windows 8 / Server 2012"). */
  classes: string[];
}

export const enExport = {
  'export.collectionName': (p: { choice: string; groups: string[] | null }) =>
    `TLS 1.2 Wizard (TLS ${p.choice}, ${p.groups === null ? 'what each Windows needs' : `groups ${p.groups.join(', ')}`})`,
  'export.itemDescription': (p: ExportItem) => {
    const data = p.protocols
      ? ` = 0x${p.data.toString(16).toUpperCase()} (${describeProtocolMask(p.data)})`
      : ` = ${p.data}`;
    const view = p.wow6432 ? ' (32-bit view of 64-bit Windows)' : '';
    return `TLS 1.2 Wizard: ${p.name}${data}${view}. For ${p.classes.join('; ')}.`;
  },
  'export.summary.wrote': (p: { file: string; items: number }, x: Say) =>
    `Wrote ${p.file}: ${x.count(p.items, { one: '# registry item', other: '# registry items' })} for Computer Configuration.`,
  'export.summary.leftOut': (p: { windows: string; reasons: { code: string; params: object }[] }, x: Say) =>
    `Left out: ${p.windows} gets nothing, as the tool refuses this plan there: ${p.reasons.map((r) => x.say(r)).join(' ')}`,
  'export.summary.import': (_: None) => 'Import: docs/deploy.md, "Group Policy Preferences".',
  // The command line's refusals of a wrong command line (exit 2).
  'export.usage.onlyGpo': (p: { what: string }) => `export knows "gpo" only; got "${p.what}".`,
  'export.usage.needsOut': (_: None) => 'export gpo needs --out DIR.',
  'export.usage.badProtocols': (p: { choices: string[]; got: string }) =>
    `--protocols must be one of ${p.choices.join(' | ')}; got "${p.got}".`,
  'export.usage.badGroups': (p: { groups: string[]; unknown: string[] }) =>
    `--only takes ${p.groups.join(',')}; unknown: ${p.unknown.join(', ')}.`,
  // Checks of the export itself: a failure is a bug of this tool, never of the machine.
  'export.internal.no32BitView': (p: { key: string }) => `${p.key}: only HKLM\\SOFTWARE has a 32-bit view`,
  'export.internal.notDword': (p: { entryId: string }) => `${p.entryId}: only DWORDs are exported`,
  'export.internal.architecturesDiffer': (p: { family: string }) =>
    `${p.family}: 32-bit and 64-bit plans differ; the GPO export cannot express that`,
  'export.internal.classDiffers': (p: { windows: string; family: string; first: string }) =>
    `${p.windows}: ${p.family} plans differently from ${p.first}; split the class`,
  'export.internal.xmlInvalid': (p: { detail: string }) =>
    `internal error: the Registry.xml does not parse: ${p.detail}`,
};
