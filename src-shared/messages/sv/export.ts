/** Swedish: exporten till grupprincipinställningar (`cli export gpo`). */
import { describeProtocolMask } from '../../protocols.js';
import type { enExport } from '../en/export.js';
import type { Catalogue } from '../messages.js';

export const svExport: Pick<Catalogue, keyof typeof enExport> = {
  'export.collectionName': (p) =>
    `TLS 1.2-guiden (TLS ${p.choice}, ${p.groups === null ? 'det varje Windows behöver' : `grupperna ${p.groups.join(', ')}`})`,
  'export.itemDescription': (p) => {
    const data = p.protocols
      ? ` = 0x${p.data.toString(16).toUpperCase()} (${p.data === 0 ? 'inga' : describeProtocolMask(p.data)})`
      : ` = ${p.data}`;
    const view = p.wow6432 ? ' (32-bitarsvyn i 64-bitars Windows)' : '';
    return `TLS 1.2-guiden: ${p.name}${data}${view}. För ${p.classes.join('; ')}.`;
  },
  'export.summary.wrote': (p, x) =>
    `Skrev ${p.file}: ${x.count(p.items, { one: '# registerobjekt', other: '# registerobjekt' })} för Datorkonfiguration.`,
  'export.summary.leftOut': (p, x) =>
    `Utelämnat: ${p.windows} får ingenting, eftersom verktyget vägrar planen där: ${p.reasons.map((r) => x.say(r)).join(' ')}`,
  'export.summary.import': () => 'Import: docs/deploy.md, "Group Policy Preferences".',
  'export.usage.onlyGpo': (p) => `export kan bara "gpo"; fick "${p.what}".`,
  'export.usage.needsOut': () => 'export gpo behöver --out MAPP.',
  'export.usage.badProtocols': (p) =>
    `--protocols måste vara något av ${p.choices.join(' | ')}; fick "${p.got}".`,
  'export.usage.badGroups': (p) => `--only tar ${p.groups.join(',')}; okända: ${p.unknown.join(', ')}.`,
  'export.internal.no32BitView': (p) => `${p.key}: bara HKLM\\SOFTWARE har en 32-bitarsvy`,
  'export.internal.notDword': (p) => `${p.entryId}: bara DWORD-värden exporteras`,
  'export.internal.architecturesDiffer': (p) =>
    `${p.family}: planerna för 32 och 64 bitar skiljer sig; GPO-exporten kan inte uttrycka det`,
  'export.internal.classDiffers': (p) =>
    `${p.windows}: ${p.family} planeras annorlunda än ${p.first}; dela upp klassen`,
  'export.internal.xmlInvalid': (p) => `internt fel: Registry.xml går inte att tolka: ${p.detail}`,
};
