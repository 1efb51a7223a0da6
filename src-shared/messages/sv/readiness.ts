/** Swedish: beslutet om datorn är redo för Microsoft 365, skälen och nästa steg. */
import { GROUP_NAME } from '../../groups.js';
import type { ReadinessStackId, Verdict } from '../../readiness-types.js';
import type { enReadiness } from '../en/readiness.js';
import type { Catalogue } from '../messages.js';
import type { Say } from '../say.js';
import { day, when } from './words.js';

const VERDICT: Record<Verdict, string> = {
  ready: 'Redo för Microsoft 365.',
  'ready-after-restart': 'Redo för Microsoft 365 efter en omstart.',
  'changes-needed': 'Inte redo för Microsoft 365 än: verktyget kan göra datorn redo.',
  'at-risk': 'I riskzonen: Microsoft 365:s kärntjänster bör fungera, men vissa kanske inte gör det.',
  unknown: 'Det går inte att avgöra om datorn är redo för Microsoft 365: vissa uppgifter kunde inte läsas.',
  blocked: 'Inte redo för Microsoft 365: något som verktyget inte kan ändra står i vägen.',
};

const STACK_NAME: Record<ReadinessStackId, string> = {
  winhttp: 'Outlook och OneDrive (WinHTTP)',
  dotnet4: '.NET 4.x-program',
  dotnet35: '.NET 3.5-program',
  schannel: 'Program som använder Windows standard (SChannel)',
  wininet: 'Internetalternativ (WinINet)',
  office: 'Office',
};

const stacks = (x: Say, list: readonly ReadinessStackId[]) => x.list(list.map((s) => STACK_NAME[s]));

export const svReadiness: Pick<Catalogue, keyof typeof enReadiness> = {
  'ready.verdict': (p) => VERDICT[p.verdict],
  'ready.verdictWord': (p) =>
    ({
      ready: 'REDO',
      'ready-after-restart': 'REDO EFTER OMSTART',
      'changes-needed': 'ÄNDRINGAR BEHÖVS',
      'at-risk': 'I RISKZONEN',
      unknown: 'OKÄNT',
      blocked: 'BLOCKERAD',
    })[p.verdict],
  'ready.stackName': (p) => STACK_NAME[p.stack],
  'ready.noOffice': () => 'Inget Office hittades.',
  'ready.next': (p, x) => `Nästa steg: ${x.say(p.step)}`,
  'ready.assumes': (p, x) => `när ${x.list(p.updates)} är installerad${p.updates.length > 1 ? 'e' : ''}`,
  'ready.windowsRefused': (p, x) => `Den här Windows-versionen stöds inte: ${x.say(p.reason)}`,
  'ready.kbMissing': (p) =>
    `Outlook och OneDrive (WinHTTP) kan inte använda TLS 1.2: uppdateringen KB 3140245 är inte installerad${p.msu ? ` (${p.msu})` : ''}. WinHTTP:s DefaultSecureProtocols får verkan först när uppdateringen är installerad.`,
  'ready.kbProbable': (p) =>
    `KB 3140245 är troligen installerad: winhttp.dll och webio.dll har version ${p.minimum} eller senare, en gräns som ännu inte har stämts av mot uppdateringens fillista.`,
  'ready.windowsEnded': (p, x) =>
    `${x.say(p.os)} har saknat support sedan ${day(p.ended)}` +
    (p.frozenAt
      ? `; Microsoft 365-apparna står still på version ${p.frozenAt} här och får inga säkerhetsuppdateringar.`
      : '.'),
  'ready.needsChange': (p, x) =>
    `${stacks(x, p.stacks)} erbjuder inte TLS 1.2 än; ${x.count(p.count, { one: '# värde', other: '# värden' })} i verktygets plan åtgärdar det.`,
  'ready.noTls12': (p, x) =>
    `${stacks(x, p.stacks)} erbjuder ingen TLS 1.2, inte heller efter verktygets plan.`,
  'ready.restartPending': (p) =>
    `${p.operation === 'apply' ? 'Ändringen' : 'Återställningen'} från ${when(p.finishedAt)} får verkan vid nästa omstart: Windows har inte startats om sedan dess.`,
  'ready.restartUnknownBoot': (p) =>
    `${p.operation === 'apply' ? 'Ändringen' : 'Återställningen'} från ${when(p.finishedAt)} kräver en omstart, och när Windows senast startade går inte att avgöra.`,
  'ready.servicingRestart': (p, x) =>
    `Windows väntar på en omstart för att slutföra installationen av uppdateringar (${x.list(p.where)}).`,
  'ready.updateInstalled': () =>
    'Uppdateringen som installerades från USB-minnet får verkan vid nästa omstart.',
  'ready.cipherNone': (p) =>
    `Ingen TLS 1.2-chiffersvit gemensam med Microsoft 365 (${p.source === 'policy' ? 'principen för chiffersviternas ordning' : p.source === 'local' ? 'datorns lista över chiffersviter' : 'Windows standardlista'}, ${p.where}, efter SChannel-inställningarna).`,
  'ready.cipherAfdOnly': (p) =>
    `Bara Microsoft 365:s äldre chiffersviter är gemensamma: tjänster bakom Azure Front Door (vars standardprincip kräver ECDHE med AES-GCM) avvisar den här Windows-versionens egna stackar sedan ${day(p.since)}, då Front Door slutade erbjuda DHE som reserv.`,
  'ready.cipherUnknown': (p, x) =>
    `Om någon chiffersvit gemensam med Microsoft 365 är påslagen går inte att avgöra: ${x.list(p.where)} har värden vars verkan inte är dokumenterad.`,
  'ready.cipherUnread': () => 'Listan över TLS 1.2-chiffersviter kunde inte läsas.',
  'ready.officeCannotConnect': (p) =>
    `${p.product}${p.version ? ` (${p.version})` : ''} kan inte logga in i Microsoft 365: det saknar modern autentisering, och Exchange Online tar inte längre emot grundläggande autentisering.`,
  'ready.officeOutOfSupport': (p) =>
    `${p.product} har saknat support för anslutning till Microsoft 365 sedan ${day(p.ended)}: det kan fortfarande ansluta, men Microsoft lovar inget.`,
  'ready.officeModernAuthMissing': (p, x) =>
    `Office 2013 loggar in i Microsoft 365 bara med modern autentisering, som inte är påslagen för ${x.list(p.users)} (${x.list(p.values)}).`,
  'ready.officeModernAuthUnknown': (p, x) =>
    p.why === 'no-user'
      ? 'Modern autentisering för Office 2013 ställs in per användare, och ingen är inloggad: den kan inte kontrolleras nu.'
      : `Modern autentisering för Office 2013 kunde inte läsas för ${x.list(p.users)}.`,
  'ready.officeUnknownProduct': (p) =>
    `Ett Office hittades vars produkt verktyget inte känner igen (${p.where}): om det kan ansluta går inte att avgöra.`,
  'ready.officeUnread': () => 'Vilket Office som är installerat kunde inte läsas.',
  'ready.policyReverts': (p) =>
    `Grupprincip${p.gpo ? ` ("${p.gpo}")` : ''} sätter ${p.value} till ${p.sets}, utan TLS 1.2: en ändring som verktyget gör ångras vid nästa uppdatering av principerna (om cirka 90 minuter).`,
  'ready.policyUnreadable': (p) =>
    `Grupprincipobjektet "${p.gpo}" lägger registerinställningar (inställningar, Preferences) på datorn, och vad de sätter kunde inte läsas.`,
  'ready.dotnet35Hotfix': (p) =>
    `.NET 3.5-program får TLS 1.2 genom SystemDefaultTlsVersions bara med uppdateringen ${p.kb} (eller en senare .NET-samlingsuppdatering), vilket inte syns i registret.`,
  'ready.interrupted': (p) =>
    `En avbruten ${p.operation === 'apply' ? 'ändring' : 'återställning'} (startad ${when(p.startedAt)}) hittades: registret kan vara halvt ändrat.`,
  'ready.unreadable': (p, x) => `De här kunde inte läsas: ${x.list(p.where)}.`,
  'next.installKb': (p) =>
    `Installera ${p.msu ?? 'KB 3140245'} (från USB-minnet eller från Microsoft Update-katalogen: sök efter "${p.search}"), starta om och kör sedan kontrollen igen.`,
  'next.confirmKb': (p) =>
    `Leta under Installerade uppdateringar efter KB 3140245 eller en månatlig samlingsuppdatering från efter mars 2016; finns ingen av dem, installera ${p.msu ?? 'KB 3140245'}.`,
  'next.seeRefusal': (p, x) => x.say(p.reason),
  'next.upgradeWindows': (p) => `Planera datorns flytt till ${p.target}.`,
  'next.apply': (p, x) =>
    x.surface === 'cli'
      ? `Kör "apply --yes" för att sätta ${x.count(p.count, { one: 'värdet', other: 'de # värdena' })} och starta sedan om.`
      : `Gör ändringen (${x.count(p.count, { one: '# värde', other: '# värden' })}) och starta sedan om.`,
  'next.chooseGroup': (p, x) =>
    x.surface === 'cli'
      ? `Kör "apply --yes --only ${p.group}" för att sätta även ${GROUP_NAME[p.group]}-värdena.`
      : `Kryssa i ${GROUP_NAME[p.group]} i valsteget och gör ändringen.`,
  'next.installDotnet48': () =>
    'Installera .NET Framework 4.8 (ndp48-x86-x64-allos-enu.exe): .NET 4.0 har ingen TLS 1.2 alls.',
  'next.restart': (p) =>
    `Starta om datorn (Start > Strömbrytare > Starta om${p.fastStartup === true ? '; Stäng av räknas inte när snabbstart är på' : ''}).`,
  'next.cipherRestore': (p, x) =>
    `Slå på ECDHE-/AES-GCM-sviterna igen: ta bort eller rätta ${x.list(p.where)} (principen för chiffersviternas ordning eller ett härdningsverktyg satte dem).`,
  'next.cipherSetKnown': (p, x) =>
    `Sätt vart och ett av ${x.list(p.where)} till 0xFFFFFFFF (på) eller 0 (av), eller ta bort det.`,
  'next.upgradeForAfd': (p) =>
    `Flytta datorn till ${p.target}: bara Windows 10 och senare har ECDHE-sviterna med AES-GCM, och ingen uppdatering lägger till dem.`,
  'next.officeCheckVersion': () =>
    'I Office visar Arkiv > Konto > Om produkt och version: Microsoft 365-apparna och Office LTSC 2024 stöds.',
  'next.officeUpgrade': (p) => `Uppgradera Office till ${p.to}.`,
  'next.setModernAuth': (p, x) =>
    `Sätt ${x.list(p.values)} till 1 för varje användare (ett objekt i grupprincipinställningarna gör det för alla), eller uppgradera Office.`,
  'next.checkAsUser': () =>
    'Kör kontrollen igen medan Office-användaren är inloggad, som administratör i den användarens session.',
  'next.policyOwner': (p) =>
    `Be ägaren av ${p.gpo ? `grupprincipobjektet "${p.gpo}"` : 'den lokala grupprincipen (gpedit.msc)'} att ändra eller ta bort sin inställning av ${p.value}.`,
  'next.policyRead': (p) =>
    `Kör "gpupdate /force" och kontrollen igen, eller fråga ägaren av grupprincipobjektet "${p.gpo}" vad det sätter.`,
  'next.dotnet35Hotfix': (p) =>
    `Leta under Installerade uppdateringar efter ${p.kb} eller en senare samlingsuppdatering för .NET Framework 3.5; installera ${p.kb} (Microsoft Update-katalogen: "${p.kb}") om ingen av dem finns.`,
  'next.repair': (_p, x) =>
    x.surface === 'cli'
      ? 'Kör "apply" eller "rollback" som administratör: båda reparerar det först.'
      : 'Reparera det först.',
  'next.readAgain': () => 'Kör kontrollen igen som administratör.',
};
