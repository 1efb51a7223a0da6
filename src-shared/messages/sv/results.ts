/** Swedish: apply and rollback results, backup files and folders. */
import type { enResults } from '../en/results.js';
import type { Catalogue } from '../messages.js';
import type { Say } from '../say.js';
import { at, OPERATION, when } from './words.js';

const WIN32: Record<number, string> = {
  2: 'nyckeln eller värdet finns inte',
  5: 'åtkomst nekad: kör verktyget som administratör (högerklicka, "Kör som administratör")',
  6: 'internt fel: ogiltigt registerhandtag',
  13: 'data är ogiltiga',
  87: 'ogiltig parameter',
  234: 'värdet är större än väntat',
  1009: 'registerdatabasen är skadad',
  1015: 'registret är skadat och kunde inte återställas',
  1016: 'registret kunde inte slutföra en I/O-åtgärd: kontrollera disken',
  1018: 'nyckeln har markerats för borttagning av ett annat program',
  1021: 'en permanent undernyckel kan inte skapas under en tillfällig nyckel',
  1450: 'otillräckliga systemresurser',
};
const another = (x: Say, verb: string) =>
  `${verb} en annan mapp${x.surface === 'cli' ? ' med --backup-dir' : ''}.`;
const values = (x: Say, n: number) => x.count(n, { one: '# värde', other: '# värden' });

export const svResults: Pick<Catalogue, keyof typeof enResults> = {
  'registry.failed': (p) =>
    `Kunde inte ${OPERATION[p.operation]} ${at(p.at)}: ${WIN32[p.win32] ?? `Windows-fel ${p.win32}`} (Win32-fel ${p.win32}).`,
  'result.refused': (p, x) => `${p.reasons.map((r) => x.say(r)).join(' ')} Inget ändrades.`,
  'result.notAdmin': () => 'Verktyget måste köras som administratör för att ändra registret.',
  'result.alreadyAsChosen': () => 'Alla värden är redan inställda enligt ditt val. Inget ändrades.',
  'result.checkedOnly': (p, x) =>
    `Endast kontroll: inget ändrades. ${p.count === 0 ? 'Att göra datorn redo skulle inte ändra något värde.' : `Att göra datorn redo skulle ändra ${values(x, p.count)}.`}`,
  'result.wrongTypes': (p, x) =>
    `${x.count(p.names.length, { one: '# värde har', other: '# värden har' })} en oväntad typ (${p.names.join(', ')}). ` +
    `Bekräfta att de ska ersättas${x.surface === 'cli' ? ' (--replace-wrong-types)' : ''}; säkerhetskopian behåller dem exakt.`,
  'result.applied': (p, x) =>
    `${values(x, p.count)} har ställts in och kontrollerats.${p.restart ? ' Starta om datorn för att de ska gälla.' : ''}`,
  'result.applyFailed': (p, x) =>
    p.restoreError === null
      ? `Verkställandet misslyckades: ${x.say(p.error)} Alla värden som redan ändrats har satts tillbaka och kontrollerats.`
      : `Verkställandet misslyckades: ${x.say(p.error)} Även återställningen misslyckades (${p.restoreError}). Kör verktyget igen: det reparerar från sin journal, eller importera ${p.regFile}.`,
  'result.rolledBack': (p, x) =>
    `Återställt till säkerhetskopian från ${when(p.createdAt)}: ${values(x, p.count)} har återställts och kontrollerats.${p.restart ? ' Starta om datorn för att det ska gälla.' : ''}`,
  'result.rollbackFailed': (p, x) =>
    p.restoreError === null
      ? `Återställningen misslyckades: ${x.say(p.error)} Registret har satts tillbaka som det var före återställningen.`
      : `Återställningen misslyckades: ${x.say(p.error)} Även återställningen misslyckades (${p.restoreError}). Kör verktyget igen: det reparerar från sin journal.`,
  'plan.toChange': (p, x) =>
    p.count === 0
      ? 'Inget att ändra.'
      : `${x.count(p.count, { one: '# värde ska ändras', other: '# värden ska ändras' })}${p.restart ? '; en omstart kommer att behövas' : ''}.`,
  'rollback.drifted': (p, x) =>
    `${x.count(p.names.length, { one: '# värde har', other: '# värden har' })} ändrats av någon annan sedan ändringen (${p.names.join(', ')}): återställningen skulle skriva över ${p.names.length === 1 ? 'det' : 'dem'}. Titta på förhandsgranskningen; ${x.surface === 'cli' ? 'bekräfta med --overwrite-drift' : 'bekräfta det där först'}.`,
  'result.alreadyMatchesBackup': () => 'Registret stämmer redan med säkerhetskopian. Inget ändrades.',
  'result.backupChanged': (p) =>
    `Säkerhetskopian ${p.file} har ändrats sedan förhandsvisningen. Titta på den nya förhandsvisningen och återställ igen bara om den stämmer.`,
  'result.restoreWrongTypes': (p, x) =>
    `Säkerhetskopian skulle skriva ${p.values.map((v) => `${v.type} i ${v.name} (${v.view})`).join(', ')}, där Windows förväntar sig REG_DWORD. ` +
    `Återställ bara om säkerhetskopian är din och värdena var just så; ${x.surface === 'cli' ? 'bekräfta med --restore-wrong-types' : 'bekräfta först'}.`,
  'compose.notWindows': (p) =>
    `Den här datorn kör inte Windows. Prova verktyget på ett simulerat Windows: --simulate ${p.profiles.join(' | ')}.`,
  'compose.unknownProfile': (p) => `Okänd simuleringsprofil "${p.id}". Profiler: ${p.profiles.join(', ')}.`,
  'cli.simulation': (p) => `SIMULERING: ${p.label}. Inget på den här datorn ändras.`,
  'result.failedBeforeWriting': (p, x) => `${x.say(p.error)} Inget ändrades.`,
  'backup.folderMissing': (p) =>
    `Säkerhetskopiemappen ${p.folder} finns inte eller har tagits bort (sitter USB-minnet kvar?).`,
  'backup.folderNotWritable': (p, x) =>
    `Det går inte att skriva i säkerhetskopiemappen ${p.folder} (skrivskyddat minne eller saknad behörighet). ${another(x, 'Välj')}`,
  'backup.folderFull': (p, x) =>
    `Säkerhetskopiemappen ${p.folder} är full. Frigör utrymme eller ${another(x, 'välj')}`,
  'backup.notWritten': (p) => `Säkerhetskopian kunde inte skrivas till ${p.folder}: ${p.detail}`,
  'backup.unreadableAfterWrite': (p, x) =>
    `Säkerhetskopian skrevs men kan inte längre läsas (${x.say(p.detail)}) Sitter USB-minnet kvar?`,
  'backup.readBackDiffers': (p) => `Säkerhetskopian ${p.file} gick inte att läsa tillbaka som den skrevs.`,
  'backup.driveError': (p) =>
    `Säkerhetskopian kunde inte skrivas till ${p.folder}: läs- eller skrivfel på enheten (${p.errno}). Sitter USB-minnet kvar?`,
  'backup.readBackDamaged': (p, x) =>
    `Säkerhetskopian ${p.file} gick inte att läsa tillbaka som den skrevs (${x.say(p.detail)})`,
  'backup.notFound': (p) => `Säkerhetskopian ${p.file} finns inte.`,
  'backup.tooLarge': (p) =>
    `${p.file} är ${p.size} byte; en säkerhetskopia från verktyget är aldrig större än ${p.max}. Avvisad.`,
  'backup.notJson': (p) =>
    `${p.file} är ingen säkerhetskopia från verktyget (det är inte giltig JSON; avkortad eller en annan sorts fil).`,
  'backup.unreadable': (p) => `${p.detail} Det är ingen säkerhetskopia från verktyget.`,
  'backup.foreign': (p) => `${p.file} är ingen säkerhetskopia från verktyget.`,
  'backup.badVersion': (p) => `${p.file} saknar giltig formatversion.`,
  'backup.futureVersion': (p) =>
    `${p.file} skrevs av en nyare version av verktyget (format ${p.version}; den här läser ${p.reads}). Använd den versionen för att återställa.`,
  'backup.badField': (p) => `${p.file} avvisas: ${p.detail}.`,
  'backup.checksum': (p) => `${p.file} är skadad eller har ändrats: kontrollsumman stämmer inte. Avvisad.`,
  'backup.otherMachine': (p) =>
    `${p.file} är en säkerhetskopia av datorn ${p.owner}, och det här är ${p.computer}. Använd säkerhetskopian som togs på den här datorn.`,
  'backup.otherBitness': (p) => `${p.file} togs på ett ${p.bits}-bitars Windows; det här är det inte.`,
  'backup.invalidState': (p) => `${p.file}: ${p.detail}`,
};
