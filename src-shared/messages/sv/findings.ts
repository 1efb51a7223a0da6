/** Swedish: findings and refusals of a plan. */
import type { enFindings } from '../en/findings.js';
import type { Catalogue } from '../messages.js';
import type { OddKind } from '../params.js';
import { GROUP_NAME } from '../../groups.js';
import { at, STACK_NAME } from './words.js';

const TAIL = 'Det ersätts bara om du bekräftar; en återställning ger tillbaka exakt samma typ och byte.';
const ODD: Record<OddKind, (type: string, bytes: string) => string> = {
  'dword-size': (_t, b) => `ett REG_DWORD på ${b}`,
  'big-endian': (_t, b) => `ett big-endian-DWORD (REG_DWORD_BIG_ENDIAN, ${b})`,
  link: (_t, b) => `en registerlänk (REG_LINK, ${b})`,
  'malformed-text': (t, b) => `ett ${t} som inte är välformad text (${b})`,
  odd: (t, b) => `ett ${t} på ${b}`,
  'unknown-type': (t, b) => `ett värde av typen ${t}, som Windows inte definierar (${b})`,
};
const PERMISSIONS =
  'Högerklicka på nyckeln i regedit, välj Behörigheter och ge Administratörer Fullständig behörighet (eller fråga den som låste den), och kör sedan verktyget igen.';

export const svFindings: Pick<Catalogue, keyof typeof enFindings> = {
  'finding.wrongType': (p) =>
    `${at(p.at)} är ${p.value}, inte ett DWORD: Windows bortser från det. Det ersätts bara om du bekräftar; en återställning ger tillbaka exakt samma värde.`,
  'finding.ffffffff': (p) =>
    `${at(p.at)} är 0xFFFFFFFF (skrivs av vissa verktyg), vilket inte är ett dokumenterat värde för det. Det sätts till ${p.desired}.`,
  'finding.enabledNonZero': (p) =>
    `${at(p.at)} är ${p.value}: SChannel läser varje Enabled som inte är 0 som på, så det lämnas orört.`,
  'finding.sslEnabled': (p) =>
    `${at(p.at)} aktiverar SSL 2.0 / 3.0 (${p.value}): osäkert; de bitarna tas bort.`,
  'finding.viewsDisagree': (p) =>
    `${p.name} i ${p.key} skiljer sig mellan 64- och 32-bitarsdelen av registret: ${p.a[0]}-bitars ${p.a[1] ?? '(inte satt)'}, ${p.b[0]}-bitars ${p.b[1] ?? '(inte satt)'}. 32-bitarsprogram läser 32-bitarsdelen.`,
  'finding.misspelled': (p) =>
    `${at(p.at)} har "${p.wrong}", en felstavning av "${p.right}" som Windows bortser från. Det lämnas orört.`,
  'finding.serverDisabled': (p) =>
    `TLS 1.2 är inaktiverat på serversidan (${at(p.at)} Enabled = 0). Verktyget ändrar bara klientsidan.`,
  'finding.halfDisabled': (p) =>
    `TLS 1.2 ${p.side === 'Client' ? 'Klient' : 'Server'}: Enabled = ${p.enabled} och DisabledByDefault = ${p.disabled} är inte varandras motsats ("halvt inaktiverat").`,
  'finding.dotnet35Update': (p) =>
    `.NET Framework 3.5 följer SystemDefaultTlsVersions bara när uppdateringen ${p.update} eller en senare samlad .NET-uppdatering är installerad.`,
  'finding.dotnet40': () =>
    'Den nyaste .NET Framework 4.x här är 4.0, som inte kan använda TLS 1.2 alls: installera .NET Framework 4.8 (inget registervärde kan ersätta det).',
  'finding.stacksWithoutTls12': (p, x) =>
    `${x.list(p.stacks.map((s) => STACK_NAME[s]))} kommer inte att erbjuda TLS 1.2 som standard med den här planen: ` +
    (x.surface === 'cli'
      ? `lägg till ${p.groups.join(', ')} för att ändra det.`
      : `kryssa för ${x.list(p.groups.map((g) => GROUP_NAME[g]))} för att ändra det.`),
  'finding.architectureInferred': (p) =>
    `PROCESSOR_ARCHITECTURE saknas eller är ovanligt i registret; 64-bitars Windows slöts från ${p.source === 'process' ? 'det körande programmet' : 'registrets 32-bitarsdel'}.`,
  'finding.oddValue': (p, x) =>
    `${at(p.at)} är ${ODD[p.kind](p.type, p.bytes === 0 ? 'inga byte' : `${x.count(p.bytes, { other: '# byte' })}: ${p.hex}`)}: ` +
    `${p.reads === null ? 'inget användbart DWORD, Windows bortser från det' : `Windows läser dess första 4 byte: ${p.reads}`}. ${TAIL}`,
  'finding.valueTooLarge': (p) =>
    `${at(p.at)} rymmer ${p.size} byte, mer än en säkerhetskopia från verktyget rymmer (${p.max}): det ersätts inte.`,
  'finding.keyReadDenied': (p) =>
    `${at(p.at)} kan inte läsas: åtkomst nekad (dess behörigheter har troligen skärpts). Vad den innehåller är okänt.`,
  'finding.keyWriteDenied': (p) =>
    `${at(p.at)} kan läsas men inte skrivas: åtkomst nekad (dess behörigheter har troligen skärpts).`,
  'refusal.tooLargeToBackUp': (p) =>
    `${at(p.at)} är för stort för att säkerhetskopieras. Exportera nyckeln med regedit (Arkiv, Exportera) för att behålla det, ta bort värdet och kör sedan verktyget igen.`,
  'refusal.keyDenied': (p) =>
    `${at(p.at)} kan inte ${p.access === 'read' ? 'öppnas' : 'skrivas'}: åtkomst nekad. ${PERMISSIONS}`,
  'refusal.needsSchannel': (p, x) =>
    `${x.list(p.groups.map((g) => GROUP_NAME[g]))}-värdena ger ingen TLS 1.2 så länge SChannels TLS 1.2-klient är inaktiverad på den här datorn: ` +
    (x.surface === 'cli'
      ? `välj även gruppen SChannel${p.only === null ? '' : ` (--only ${[...p.only, 'schannel'].join(',')})`}.`
      : 'kryssa även för gruppen SChannel.'),
};
