/** Swedish: the lock, the journal, and the wizard's own requests. */
import type { enWizard } from '../en/wizard.js';
import type { Catalogue } from '../messages.js';
import { osName, when } from './words.js';

const OPERATION = { apply: 'verkställningen', rollback: 'återställningen' } as const;

export const svWizard: Pick<Catalogue, keyof typeof enWizard> = {
  'lock.held': (p) =>
    `En annan kopia av TLS 1.2-guiden (process ${p.pid}, sedan ${p.since}) ändrar den här datorn (låsfil ${p.file}). Vänta tills den är klar och försök igen. Inget ändrades.`,
  'lock.notTaken': (p) => `Låset ${p.file} för att ändra den här datorn kunde inte tas. Inget ändrades.`,
  'lock.folderNotSecured': (p) =>
    `Mappen ${p.folder} kunde inte begränsas till administratörer (${p.detail}). Inget ändrades.`,
  'state.untrustedFolder': (p, x) =>
    `${x.list(p.files)} går inte att lita på: ${
      p.otherWriters === null
        ? `behörigheterna för mappen ${p.folder} kunde inte läsas (${p.reason ?? 'okänt'})`
        : `mappen ${p.folder} kan ändras av andra konton än administratörer och SYSTEM (${p.otherWriters.join(', ')})`
    }, så någon kan ha lagt dit eller ändrat den. Om inget exemplar av verktyget körs: ta bort ${x.list(p.files)}; verktyget begränsar sedan mappen till administratörer.`,
  'lock.unusable': (p) =>
    `Låsfilen ${p.file} går inte att använda (${p.detail}). Ta bort den om ingen annan kopia av verktyget körs och försök igen. Inget ändrades.`,
  'state.lockUnusable': (p) =>
    `Låsfilen ${p.file} går inte att använda (${p.detail}). Om ingen annan kopia av verktyget körs: ta bort den och kör sedan verktyget igen.`,
  'state.journalUnreadable': (p, x) =>
    `Journalen ${p.file} går inte att läsa (${x.say(p.detail)}). Om ingen kopia av verktyget körs: kontrollera den och ta bort eller byt namn på den, och kör sedan verktyget igen (som administratör).`,
  'state.journalProblem': (p) => {
    switch (p.problem) {
      case 'not-regular':
        return 'den är inte en vanlig fil';
      case 'unreadable':
        return 'den går inte att läsa';
      case 'not-json':
        return 'den är inte giltig JSON (avkortad, tom eller en annan sorts fil)';
      case 'too-deep':
        return 'den har djupare nästling, längre texter eller fler poster än en fil från verktyget någonsin har';
      case 'too-large':
        return `den är ${p.bytes} byte; en fil från verktyget är aldrig större än ${p.max}`;
      case 'newer':
        return `den skrevs av en nyare version av verktyget (journalformat ${p.version}); reparera med den versionen`;
    }
  },
  'state.refused': (p, x) => `${p.problems.map((d) => x.say(d)).join(' ')} Inget ändrades.`,
  'wizard.dialog.chooseBackupFolder': () => 'Välj mappen för säkerhetskopior',
  'wizard.dialog.chooseBackupFile': () => 'Välj en säkerhetskopia av den här datorn',
  'repair.nothing': () => 'Det fanns inget att reparera.',
  'repair.undone': (p) =>
    `Den avbrutna ${OPERATION[p.operation]} från ${when(p.startedAt)} har ångrats: registret är som det var före den.`,
  'repair.failed': (p, x) => `Den avbrutna ${OPERATION[p.operation]} kunde inte ångras: ${x.say(p.error)}`,
  'repair.needsAdmin': () =>
    'En avbruten ändring hittades. Kör verktyget som administratör för att reparera den; inget ändrades.',
  'error.internal': (p) =>
    `Verktyget stötte på ett fel som det inte väntade sig (${p.detail}). Inget mer gjordes: kontrollera datorn med audit och rapportera felet tillsammans med loggen.`,
  'repair.journalInvalid': (p) =>
    `journalen ${p.file} är ogiltig (${p.detail}); den har lämnats kvar. Om ingen kopia av verktyget körs: kontrollera den och ta bort eller byt namn på den. Inget ändrades`,
  'kb.notNeeded': () => 'Den här Windows-versionen behöver inte KB 3140245.',
  'kb.noInstaller': (p) => `Ingen ${p.msu ?? 'KB 3140245-fil'} hittades bredvid programfilen på USB-minnet.`,
  'kb.wusaInstalled': (p) =>
    `KB 3140245 installerades.${p.restart ? ' Starta om datorn för att slutföra.' : ''}`,
  'kb.wusaAlready': () => 'KB 3140245 är redan installerad.',
  'kb.wusaNotApplicable': () =>
    'Uppdateringen gäller inte den här datorn (fel Windows-version eller arkitektur).',
  'kb.wusaFailed': (p) => `wusa.exe misslyckades med kod ${p.code} (0x${(p.code >>> 0).toString(16)}).`,
  'wizard.noReport': () => 'Det finns ingen rapport än: verkställ eller återställ först.',
  'wizard.noResult': () => 'Det finns inget resultat att kopiera än.',
  'wizard.notBackupName': () => 'Inget namn på en säkerhetskopia.',
  'wizard.needsAdmin': () => 'Kör verktyget som administratör för detta.',
  'wizard.repairFirst': () => 'En avbruten ändring måste repareras först.',
  'wizard.busy': () => 'En annan ändring pågår.',
  'wizard.planChanged': () =>
    'Datorn har ändrats sedan planen granskades. Titta på den nya planen och verkställ igen bara om den stämmer.',
  'folder.notWritable': () =>
    'Det går inte att skriva i mappen (skrivskyddat minne eller saknad behörighet). Välj en annan mapp.',
  'folder.full': () => 'Enheten är full. Frigör utrymme eller välj en annan mapp.',
  'folder.missing': () => 'Mappen finns inte (sitter minnet kvar?). Välj en annan mapp.',
  'folder.unusable': (p) => `Mappen kan inte användas: ${p.detail}`,
  'restart.later': () => 'Kom ihåg att starta om datorn: de nya inställningarna gäller efter en omstart.',
  'restart.soon': () => 'Datorn startar om om 5 sekunder.',
  'restart.failed': (p) =>
    `Omstarten kunde inte startas (shutdown.exe slutkod ${p.code}). Starta om från Start-menyn.`,
  'elevate.starting': () => 'Startar som administratör…',
  'elevate.failed': () => 'Verktyget kunde inte startas som administratör (avböjdes UAC-frågan?).',
  'finish.closing': () => 'Guiden stängs.',
  'finish.canClose': () => 'Guiden är klar: du kan stänga det här fönstret.',
  'ipc.unknownSender': () => 'Begäran avvisad: okänd avsändare.',
  'ipc.unknownRequest': () => 'Okänd begäran.',
  'text.asIs': (p) => p.detail,
  'simulation.label': (p) => `${osName(p.os)}${p.kb === 'missing' ? ', utan KB 3140245' : ''}`,
};
