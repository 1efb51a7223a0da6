/** Swedish: flottrapporten (`cli fleet`): varför en resultatfil inte lästes, och rapportens texter. */
import { describeProtocolMask } from '../../protocols.js';
import type { Verdict } from '../../readiness-types.js';
import type { enFleet, FleetSectionCode } from '../en/fleet.js';
import type { Catalogue } from '../messages.js';
import type { Say } from '../say.js';

const VERDICT_NAME: Record<Verdict, string> = {
  ready: 'Redo',
  'ready-after-restart': 'Redo efter omstart',
  'changes-needed': 'Ändringar behövs',
  'at-risk': 'I riskzonen',
  unknown: 'Okänt',
  blocked: 'Blockerad',
};

const REASON_TITLE: Record<FleetSectionCode, string> = {
  'ready.windowsRefused': 'Windows som verktyget inte stöder',
  'ready.kbMissing': 'KB 3140245 saknas',
  'ready.kbProbable': 'KB 3140245 troligen installerad, inte bekräftad',
  'ready.windowsEnded': 'Windows utan support',
  'ready.needsChange': 'Värden som verktyget ställer in',
  'ready.noTls12': 'Stackar utan TLS 1.2, även efter planen',
  'ready.restartPending': 'En ändring väntar på en omstart',
  'ready.restartUnknownBoot': 'En ändring behöver en omstart; senaste start går inte att avgöra',
  'ready.servicingRestart': 'Windows-uppdateringar väntar på en omstart',
  'ready.updateInstalled': 'En uppdatering installerades; en omstart behövs',
  'ready.cipherNone': 'Ingen chiffersvit gemensam med Microsoft 365',
  'ready.cipherAfdOnly': 'Bara äldre chiffersviter: Azure Front Door vägrar dem',
  'ready.cipherUnknown': 'Om en gemensam chiffersvit är på går inte att avgöra',
  'ready.cipherUnread': 'Chiffersviterna kunde inte läsas',
  'ready.officeCannotConnect': 'Office kan inte logga in på Microsoft 365',
  'ready.officeOutOfSupport': 'Office utan support',
  'ready.officeModernAuthMissing': 'Modern autentisering är avstängd i Office 2013',
  'ready.officeModernAuthUnknown': 'Modern autentisering i Office 2013 kunde inte kontrolleras',
  'ready.officeUnknownProduct': 'En Office-produkt som verktyget inte känner igen',
  'ready.officeUnread': 'Vilket Office som är installerat kunde inte läsas',
  'ready.policyReverts': 'Grupprincip gör ändringen ogjord',
  'ready.policyUnreadable': 'Vad ett grupprincipobjekt ställer in kunde inte läsas',
  'ready.dotnet35Hotfix': 'Uppdateringen för .NET 3.5 som registret inte visar',
  'ready.interrupted': 'En avbruten ändring',
  'ready.unreadable': 'Uppgifter som inte kunde läsas',
  'fleet.noVerdict': 'Resultat utan beslut (en äldre version av verktyget)',
};

const machines = (x: Say, n: number) => x.count(n, { one: '# dator', other: '# datorer' });

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
  'fleet.file.changed': () => 'ändrades medan rapporten gjordes (läst igen är den inte samma fil)',
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
  'fleet.field.badParams': (p) =>
    `${field(p)} innehåller parametrar som inte är enkel, begränsad JSON med verktygets meddelandekoder`,
  'fleet.field.notTime': (p) => `${field(p)} är inte en UTC-tid som 2026-12-01T08:00:00.000Z`,
  'fleet.field.verdictInconsistent': (p) => `${field(p)} är inte det sämsta beslutet av sina skäl`,
  'fleet.field.repeated': (p) => `${field(p)} nämner samma värde eller stack mer än en gång`,
  'fleet.file.otherMachine': (p) =>
    `ligger under ${p.filedAs} men säger att den kommer från ${p.claims}: ett resultat räknas bara för datorn det ligger under`,
  'fleet.file.future': (p) => `${p.own ? 'dess körtid' : 'filens tid'} ${p.time} är senare än rapporten`,
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
  'fleet.headline': (p) =>
    `Redo för Microsoft 365: ${p.ready} av ${p.machines} ${p.machines === 1 ? 'dator' : 'datorer'}`,
  'fleet.verdictName': (p) => VERDICT_NAME[p.verdict],
  'fleet.countedNote': (p, x) =>
    `Räknade: datorerna vars senaste resultat är högst ${x.count(p.days, { one: '# dag', other: '# dagar' })} gammalt, en rad per dator.${p.stale > 0 ? ` ${machines(x, p.stale)} som tystnat listas för sig nedan.` : ''}${p.conflicts > 0 ? ` ${machines(x, p.conflicts)} med motstridiga resultat räknas inte.` : ''}`,
  'fleet.unsupported': (p, x) =>
    `${machines(x, p.count)} kör en Windows som verktyget inte stöder: var och en står under "${REASON_TITLE['ready.windowsRefused']}" med vad som ska göras.`,
  'fleet.heading.sections': () => 'Varför datorer inte är redo, värst först',
  'fleet.noSections': () => 'Alla räknade datorer är redo.',
  'fleet.reasonTitle': (p) => REASON_TITLE[p.code],
  'fleet.sectionSummary': (p, x) => `${VERDICT_NAME[p.verdict]}: ${p.title} (${machines(x, p.count)})`,
  'fleet.nextCount': (p, x) => `Nästa steg: ${x.say(p.step)} (${machines(x, p.count)})`,
  'fleet.moreSteps': (p, x) =>
    x.count(p.count, { one: '# annat nästa steg: se raderna.', other: '# andra nästa steg: se raderna.' }),
  'fleet.noVerdictNext': () =>
    'Nästa steg: kör "audit --json-out" med den här versionen av verktyget på datorerna.',
  'fleet.unsupportedMark': () => 'Windows som inte stöds',
  'fleet.heading.stale': (p, x) =>
    `Inte rapporterat på ${x.count(p.days, { one: '# dag', other: '# dagar' })}`,
  'fleet.staleNote': (p, x) =>
    `${machines(x, p.count)}: det senaste beslutet visas, och räknas inte som dagens.`,
  'fleet.noStale': () => 'Alla datorer har rapporterat inom gränsen.',
  'fleet.timeFromFile': (p, x) =>
    `För ${machines(x, p.count)} anger resultatet ingen egen körtid (en äldre version av verktyget): filens tid används.`,
  'fleet.fileTimeMark': () => '(filens tid)',
  'fleet.heading.conflicts': () => 'Motstridiga resultat',
  'fleet.conflictNote': () =>
    'Resultat för samma dator med samma tid som säger olika saker: inget av dem räknas.',
  'fleet.older': (p, x) =>
    x.count(p.count, {
      one: '# äldre resultat för samma datorer lades åt sidan (det senaste räknas).',
      other: '# äldre resultat för samma datorer lades åt sidan (det senaste räknas).',
    }),
  'fleet.heading.trend': () => 'Redo datorer över tid',
  'fleet.trendChart': (p) =>
    `Redo datorer per dag från ${p.first} till ${p.last}; senast: ${p.ready} av ${p.machines}.`,
  'fleet.trendPoint': (p) => `${p.day}: ${p.ready} av ${p.machines} redo`,
  'fleet.trendLegend': () => 'Heldragen linje: redo; streckad linje: datorer som räknades den dagen.',
  'fleet.trendNone': () => 'Historiken har bara en dag än: trenden börjar med nästa rapport.',
  'fleet.heading.worse': () => 'Beslut sämre än vid datorns föregående resultat',
  'fleet.noWorse': () => 'Ingen dators beslut blev sämre.',
  'fleet.historyNote': (p, x) =>
    `Historik: ${p.file}, ${x.count(p.rows, { one: '# rad', other: '# rader' })} (${p.added} nya)${p.bad > 0 ? `; ${x.count(p.bad, { one: '# rad', other: '# rader' })} som inte var historikrader utelämnades` : ''}.`,
  'fleet.heading.details': () => 'Detaljer om de räknade datorerna',
  'fleet.listingTruncated': (p) => `Mappen innehåller fler än ${p.max} poster: listningen slutade där.`,
  'fleet.deepFolders': (p, x) =>
    `${x.count(p.count, { one: '# mapp', other: '# mappar' })} djupare än ${p.depth} nivåer (eller länkar till mappar) lästes inte.`,
  'fleet.column.verdict': () => 'Beslut',
  'fleet.column.nextStep': () => 'Nästa steg',
  'fleet.column.resultTime': () => 'Resultatets tid (UTC)',
  'fleet.column.days': () => 'Dagar sedan',
  'fleet.column.before': () => 'Före',
  'fleet.column.now': () => 'Nu',
  'fleet.column.files': () => 'Filer',
  'fleet.output.link': (p) => `${p.file} är en länk: rapporten skriver inte genom länkar.`,
  'fleet.output.notRegular': (p) => `${p.file} är inte en vanlig fil.`,
  'fleet.output.hardLinked': (p) =>
    `${p.file} har ${p.links} hårda länkar: att skriva den skulle ändra de andra namnen också.`,
  'fleet.output.same': (p) => `${p.file} anges för två utdata.`,
  'fleet.output.inFolder': (p) =>
    `${p.file} ligger i mappen som läses: utdata hamnar aldrig bland resultaten.`,
  'fleet.history.unusable': (p, x) =>
    `${x.say(p.reason)} Historiken kan inte användas: flytta den, eller ange en annan fil med --history.`,
  'fleet.history.tooLarge': (p) => `${p.file} är större än ${p.max} byte.`,
  'fleet.history.replaced': (p) => `${p.file} byttes ut medan den lästes.`,
  'fleet.usage.staleDays': (p) => `--stale-days tar ett heltal dagar från 1 till 3650, inte ${p.value}.`,
  'fleet.usage.repeated': (p) => `--${p.option} anges mer än en gång.`,
  'fleet.summary.ready': (p) =>
    `Redo för Microsoft 365: ${p.ready} av ${p.machines}. Inte rapporterat på ${p.days} dagar: ${p.stale}.`,
  'fleet.usage.historyTwice': () => '--history och --no-history anges tillsammans.',
  'fleet.usage.lang': (p) => `--lang tar något av ${p.langs.join(', ')}, inte ${p.lang}.`,
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
