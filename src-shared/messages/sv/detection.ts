/** Swedish: what detection says about Windows and KB 3140245. */
import type { Catalogue } from '../messages.js';
import type { enDetection } from '../en/detection.js';
import { files, osName } from './words.js';

export const svDetection: Pick<Catalogue, keyof typeof enDetection> = {
  'os.name': (p) => osName(p.os),
  'os.noServicePack': (p) =>
    `${p.server ? 'Windows Server 2008 R2' : 'Windows 7'} utan Service Pack 1 kan inte få TLS 1.2 i WinHTTP: installera Service Pack 1 först och kör sedan verktyget igen.`,
  'os.unknownServerBuild': (p) =>
    `Windows Server build ${p.build} är ingen utgåva som verktyget känner till.`,
  'os.unsupportedVersion': (p) =>
    `Windows ${p.version} (build ${p.build}) stöds inte: verktyget omfattar Windows 7 SP1 / Server 2008 R2 SP1 och senare.`,
  'os.versionUnreadable': () => 'Windows-versionen kunde inte läsas från registret.',
  'os.server2008': () =>
    'Windows Server 2008 SP2 stöds inte av verktyget. Den får TLS 1.2 genom uppdateringarna KB 4019276 (SChannel TLS 1.1 / 1.2) och KB 4467770 (WinHTTP DefaultSecureProtocols) och de registervärden som beskrivs med dem; hellre: flytta tjänsterna till en Windows Server som stöds.',
  'os.vista': () =>
    'Windows Vista kan inte få TLS 1.2 i sina systemkomponenter och stöds inte av verktyget: byt ut datorn eller uppgradera till en Windows-version som stöds.',
  'os.xp': (p) =>
    `${p.x64 ? 'Windows XP x64 / Server 2003' : 'Windows XP'} kan inte använda TLS 1.2 och stöds inte av verktyget: byt ut eller uppgradera datorn.`,
  'os.itanium': () =>
    'Det här är Windows för Itanium (IA-64), som verktyget inte stöder och som Microsoft inte längre uppdaterar: planera att ersätta datorn.',
  'os.architectureUnknown': (p) =>
    `Verktyget kan inte avgöra om Windows är 32- eller 64-bitars (PROCESSOR_ARCHITECTURE i registret: ${p.value === null ? 'saknas' : `"${p.value}"`}), så det ändrar ingenting. Kontrollera datorns systeminformation.`,
  'kb.builtIn': (p) => `${osName(p.os)} har TLS 1.1 och 1.2 inbyggt i WinHTTP: ingen uppdatering behövs.`,
  'kb.notApplicable': () => 'Gäller inte den här Windows-versionen.',
  'kb.installed': (p) => `KB 3140245 är installerad (${files(p.files)}; kräver ${p.minimum} eller senare).`,
  'kb.probablyInstalled': (p) =>
    `KB 3140245, uppdateringen som låter Outlook och OneDrive (WinHTTP) använda TLS 1.2, ser ut att vara installerad. ` +
    `Filerna är nya nog (${files(p.files)}; ${p.minimum} eller senare), men den gränsen är ännu inte avstämd mot uppdateringens fillista.` +
    (p.packageRegistered ? ' Dess uppdateringspaket är också registrerat.' : ''),
  'kb.missing': (p) =>
    `KB 3140245 saknas (${files(p.files)}; kräver ${p.minimum} eller senare). Installera ${p.msu ?? 'uppdateringen'} och starta om; DefaultSecureProtocols har ingen verkan innan dess.` +
    (p.packageRegistered
      ? ' Dess uppdateringspaket är registrerat men filerna är äldre: installera om uppdateringen (ett språkpaket som lagts till efteråt kräver det).'
      : ''),
};
