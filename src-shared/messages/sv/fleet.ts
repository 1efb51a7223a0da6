/** Swedish: flottrapporten (`cli fleet`): varför en resultatfil inte lästes, och rapportens texter. */
import { describeProtocolMask } from '../../protocols.js';
import type { enFleet } from '../en/fleet.js';
import type { Catalogue } from '../messages.js';

const field = (p: { field: string | null }) => p.field ?? 'filen';
const OUTCOME = {
  done: 'klar',
  'nothing-to-do': 'inget att göra',
  refused: 'vägrad',
  failed: 'misslyckad',
} as const;
const outcome = (o: keyof typeof OUTCOME | null) => (o === null ? '' : OUTCOME[o]);

export const svFleet: Pick<Catalogue, keyof typeof enFleet> = {
  'fleet.file.cannotOpen': (p) => `går inte att öppna (${p.code})`,
  'fleet.file.cannotRead': (p) => `går inte att läsa (${p.code})`,
  'fleet.file.notRegular': () => 'inte en vanlig fil',
  'fleet.file.symlink': () => 'en symbolisk länk, följdes inte',
  'fleet.file.tooLarge': (p) =>
    `${p.bytes === null ? '' : `${p.bytes} byte: `}större än ${p.max} byte, lästes inte`,
  'fleet.file.notJson': (p) => `inte JSON (${p.detail})`,
  'fleet.file.notResult': (p) => `inte ett resultat av audit eller apply (kommando ${p.command})`,
  'fleet.file.unknownExitCode': (p) => `exitCode ${p.exitCode} är inte en av verktygets slutkoder`,
  'fleet.field.notObject': (p) => `${field(p)} är inte ett objekt`,
  'fleet.field.notText': (p) => `${field(p)} är inte en text på högst ${p.max} tecken`,
  'fleet.field.controlCharacters': (p) => `${field(p)} innehåller styrtecken`,
  'fleet.field.notWholeNumber': (p) => `${field(p)} är inte ett heltal från ${p.min} till ${p.max}`,
  'fleet.field.notBoolean': (p) => `${field(p)} är varken true eller false`,
  'fleet.field.notOneOf': (p) => `${field(p)} är inte något av ${p.values.join(', ')}`,
  'fleet.field.notList': (p) => `${field(p)} är inte en lista med högst ${p.max} poster`,
  'fleet.field.notProtocolChoice': (p) => `${field(p)} är inte ett protokollval`,
  'fleet.kbNotNeeded': () => 'behövs inte',
  'fleet.lastCommand': (p) =>
    p.command === 'apply' ? `apply: ${outcome(p.outcome)}` : `audit: slutkod ${p.exitCode}`,
  'fleet.lastCommandCell': (p) =>
    `${p.command === 'apply' ? `apply: ${outcome(p.outcome)}` : 'audit'} (slutkod ${p.exitCode})`,
  'fleet.outcomeCell': (p) => `${outcome(p.outcome)} (slutkod ${p.exitCode})`,
  'fleet.familyUnsupported': () => 'Stöds inte av verktyget',
  'fleet.stack': (p) => (p.view === 'shared' ? p.stack : `${p.stack} (${p.view}-bitars)`),
  'fleet.protocolSet': (p) => (p.mask === 0 ? 'inga' : describeProtocolMask(p.mask)),
  'fleet.title': () => 'Flottrapport för TLS 1.2',
  'fleet.generated': (p, x) =>
    `Skapad ${p.time} UTC från ${x.count(p.files, { one: '# resultatfil', other: '# resultatfiler' })}${p.simulated > 0 ? `, varav ${p.simulated} från simulerade datorer` : ''}.`,
  'fleet.kpi.machines': () => 'datorer',
  'fleet.kpi.kbMissing': () => 'saknar KB 3140245',
  'fleet.kpi.machinesWithChanges': () => 'datorer med värden att ändra',
  'fleet.kpi.failures': () => 'misslyckade eller vägrade verkställanden',
  'fleet.kpi.restartsPending': () => 'väntande omstarter',
  'fleet.kpi.unreadable': () => 'oläsbara filer',
  'fleet.heading.families': () => 'Datorer per Windows-familj',
  'fleet.heading.values': () => 'Värden som återstår att ändra',
  'fleet.heading.protocols': () => 'Protokoll som gäller nu',
  'fleet.heading.lastCommand': () => 'Senaste kommandot per dator',
  'fleet.heading.machines': () => 'Datorer',
  'fleet.heading.failures': () => 'Misslyckade och vägrade verkställanden',
  'fleet.heading.unreadable': () => 'Oläsbara filer',
  'fleet.valuesToChange': (p, x) =>
    `${x.count(p.values, { one: '# värde', other: '# värden' })} på ${x.count(p.machines, { one: '# dator', other: '# datorer' })}; ${x.count(p.refused, { one: '# dator', other: '# datorer' })} där verktyget vägrar planen.`,
  'fleet.column.windows': () => 'Windows',
  'fleet.column.machines': () => 'Datorer',
  'fleet.column.machine': () => 'Dator',
  'fleet.column.group': () => 'Grupp',
  'fleet.column.values': () => 'Värden',
  'fleet.column.stack': () => 'Stack',
  'fleet.column.withoutTls12': () => 'Utan TLS 1.2',
  'fleet.column.withTls10or11': () => 'Erbjuder fortfarande TLS 1.0 / 1.1',
  'fleet.column.protocolSets': () => 'Protokolluppsättningar',
  'fleet.column.lastCommand': () => 'Senaste kommando',
  'fleet.column.kb': () => 'KB 3140245',
  'fleet.column.valuesToChange': () => 'Värden att ändra',
  'fleet.column.stacksWithoutTls12': () => 'Stackar utan TLS 1.2',
  'fleet.column.fileTime': () => 'Filens tid (UTC)',
  'fleet.column.file': () => 'Fil',
  'fleet.column.outcome': () => 'Utfall',
  'fleet.column.message': () => 'Meddelande',
  'fleet.column.reason': () => 'Orsak',
  'fleet.noFailures': () => 'Inget verkställande misslyckades eller vägrades.',
  'fleet.noMachines': () => 'Ingen resultatfil lästes.',
  'fleet.noUnreadable': () => 'Alla filer kunde läsas.',
  'fleet.otherFiles': (p, x) =>
    x.count(p.count, {
      one: '# annan fil i mappen (inte *.json) lästes inte.',
      other: '# andra filer i mappen (inte *.json) lästes inte.',
    }),
  'fleet.usage.oneFolder': () => 'fleet tar en mapp.',
  'fleet.usage.needsOutput': () => 'fleet behöver --html FIL eller --csv FIL (eller båda).',
  'fleet.usage.notFolder': (p) => `${p.folder} är inte en mapp.`,
  'fleet.summary.read': (p, x) =>
    `Läste ${x.count(p.files, { one: '# resultatfil', other: '# resultatfiler' })}: ${x.count(p.machines, { one: '# dator', other: '# datorer' })}, ${p.unreadable} oläsbara.`,
  'fleet.summary.changes': (p) =>
    `Saknar KB 3140245: ${p.kbMissing}. Datorer med värden att ändra: ${p.machines} (${p.values} värden).`,
  'fleet.summary.applies': (p) =>
    `Misslyckade eller vägrade verkställanden: ${p.failures}. Väntande omstarter: ${p.restarts}.`,
  'fleet.summary.notWritten': (p) => `Rapporten kunde inte skrivas: ${p.detail}`,
};
