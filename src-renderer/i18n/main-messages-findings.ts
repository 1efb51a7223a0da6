/** Swedish for main's sentences: detection, findings, odd values and denied keys. Part of the table in main-messages.ts. */
export type Rule = [RegExp, string];

export const FINDING_RULES: Rule[] = [
  // Detection.
  [
    /(.+?) without Service Pack 1 cannot get TLS 1\.2 for WinHTTP: install Service Pack 1 first, then run this tool again\./g,
    '$1 utan Service Pack 1 kan inte få TLS 1.2 i WinHTTP: installera Service Pack 1 först och kör sedan verktyget igen.',
  ],
  [
    /Windows Server build (\d+) is not a release this tool knows\./g,
    'Windows Server version $1 är ingen utgåva som verktyget känner till.',
  ],
  [
    /Windows ([\d.]+) \(build (\d+)\) is not supported: this tool covers Windows 7 SP1 \/ Server 2008 R2 SP1 and later\./g,
    'Windows $1 (version $2) stöds inte: verktyget omfattar Windows 7 SP1 / Server 2008 R2 SP1 och senare.',
  ],
  [
    /The Windows version could not be read from the registry\./g,
    'Windows-versionen kunde inte läsas från registret.',
  ],
  [
    /(.+?) has TLS 1\.1 and 1\.2 in WinHTTP built in: no update needed\./g,
    '$1 har TLS 1.1 och 1.2 inbyggt i WinHTTP: ingen uppdatering behövs.',
  ],
  [/Not applicable to this Windows\./g, 'Gäller inte den här Windows-versionen.'],
  [
    /KB 3140245 is installed \((.+?); needed (\S+) or later\)\./g,
    'KB 3140245 är installerad ($1; kräver $2 eller senare).',
  ],
  [
    /KB 3140245 is missing \((.+?); needed (\S+) or later\)\. Install (.+?) and restart; DefaultSecureProtocols has no effect until then\./g,
    'KB 3140245 saknas ($1; kräver $2 eller senare). Installera $3 och starta om; DefaultSecureProtocols har ingen verkan innan dess.',
  ],
  [
    /KB 3140245 is probably installed \((.+?); (\S+) or later expected, a threshold not yet confirmed against the update's file list\)\./g,
    'KB 3140245 är troligen installerad ($1; $2 eller senare väntas, en gräns som ännu inte har stämts av mot uppdateringens fillista).',
  ],
  [/ Its servicing package is registered too\./g, ' Dess uppdateringspaket är också registrerat.'],
  [
    /Windows Server 2008 SP2 is not supported by this tool\. It gets TLS 1\.2 through updates KB 4019276 \(SChannel TLS 1\.1 \/ 1\.2\) and KB 4467770 \(WinHTTP DefaultSecureProtocols\), then the registry values described with them; better, move the workload to a supported Windows Server\./g,
    'Windows Server 2008 SP2 stöds inte av verktyget. Den får TLS 1.2 genom uppdateringarna KB 4019276 (SChannel TLS 1.1 / 1.2) och KB 4467770 (WinHTTP DefaultSecureProtocols) och de registervärden som beskrivs med dem; hellre: flytta tjänsterna till en Windows Server som stöds.',
  ],
  [
    /Windows Vista cannot get TLS 1\.2 for its system components and is not supported by this tool: replace or upgrade it to a supported Windows\./g,
    'Windows Vista kan inte få TLS 1.2 i sina systemkomponenter och stöds inte av verktyget: byt ut datorn eller uppgradera till en Windows-version som stöds.',
  ],
  [
    /(Windows XP x64 \/ Server 2003|Windows XP) cannot use TLS 1\.2 and (?:is|are) not supported by this tool: replace or upgrade the computer\./g,
    '$1 kan inte använda TLS 1.2 och stöds inte av verktyget: byt ut eller uppgradera datorn.',
  ],
  [
    /This is Windows on Itanium \(IA-64\), which this tool does not support and Microsoft no longer updates: plan its replacement\./g,
    'Det här är Windows för Itanium (IA-64), som verktyget inte stöder och som Microsoft inte längre uppdaterar: planera att ersätta datorn.',
  ],
  [
    /This tool cannot tell whether this Windows is 32-bit or 64-bit \(PROCESSOR_ARCHITECTURE is (.+?) in the registry\), so it changes nothing\. Check the computer's system information\./g,
    'Verktyget kan inte avgöra om Windows är 32- eller 64-bitars (PROCESSOR_ARCHITECTURE i registret: §arch:$1§), så det ändrar ingenting. Kontrollera datorns systeminformation.',
  ],
  [/(\S+\.dll) not found/g, '$1 saknas'],
  [/Installera the update och/g, 'Installera uppdateringen och'],
  [
    / Its servicing package is registered, but the files are older: reinstall the update \(a language pack added after it needs this\)\./g,
    ' Dess uppdateringspaket är registrerat men filerna är äldre: installera om uppdateringen (ett språkpaket som lagts till efteråt kräver det).',
  ],

  // Findings.
  [
    /(.+?) is (.+?), not a DWORD: Windows ignores it\. It is replaced only if you confirm; rollback restores it exactly\./g,
    '$1 är $2, inte ett DWORD: Windows bortser från det. Det ersätts bara om du bekräftar; en återställning ger tillbaka exakt samma värde.',
  ],
  [
    /(.+?) is 0xFFFFFFFF \(written by some tools\); other checkers flag it as misconfigured\. It will be set to (.+?)\.$/gm,
    '$1 är 0xFFFFFFFF (skrivs av vissa verktyg); andra kontrollverktyg flaggar det som felkonfigurerat. Det sätts till $2.',
  ],
  [
    /(.+?) enables SSL 2\.0 \/ 3\.0 \((.+?)\): insecure; those bits will be removed\./g,
    '$1 slår på SSL 2.0 / 3.0 ($2): osäkert; de bitarna tas bort.',
  ],
  [
    /(\S+) in (.+?) differs between views: (64|32)-bit (.+?), (64|32)-bit (.+?)\. 32-bit programs read the 32-bit view\./g,
    '$1 i $2 skiljer sig mellan vyerna: $3-bitars $4, $5-bitars $6. 32-bitarsprogram läser 32-bitarsvyn.',
  ],
  [
    /(.+?) has "(.+?)", a misspelling of "(.+?)" that Windows ignores\. It is left as it is\./g,
    '$1 har "$2", en felstavning av "$3" som Windows bortser från. Det lämnas orört.',
  ],
  [
    /TLS 1\.2 is disabled for the server side \((.+?) Enabled = 0\)\. This tool changes only the client side\./g,
    'TLS 1.2 är avstängt på serversidan ($1 Enabled = 0). Verktyget ändrar bara klientsidan.',
  ],
  [
    /TLS 1\.2 (Client|Server): Enabled = (\d+) and DisabledByDefault = (\d+) are not opposites \("half disabled"\)\./g,
    'TLS 1.2 $1: Enabled = $2 och DisabledByDefault = $3 är inte varandras motsats ("halvt avstängt").',
  ],
  [
    /\.NET Framework 3\.5 honours SystemDefaultTlsVersions only with update (\S+) or any later \.NET rollup installed\./g,
    '.NET Framework 3.5 följer SystemDefaultTlsVersions bara när uppdateringen $1 eller en senare samlad .NET-uppdatering är installerad.',
  ],
  [
    /The newest \.NET Framework 4\.x here is 4\.0, which cannot use TLS 1\.2 at all: install \.NET Framework 4\.8 \(no registry value can replace it\)\./g,
    'Den nyaste .NET Framework 4.x här är 4.0, som inte kan använda TLS 1.2 alls: installera .NET Framework 4.8 (inget registervärde kan ersätta det).',
  ],
  [
    /(.+?) will not offer TLS 1\.2 by default with this plan: add (.+?) to change that\./g,
    '§stacks:$1§ kommer inte att erbjuda TLS 1.2 som standard med den här planen: lägg till $2 för att ändra det.',
  ],
  [
    /PROCESSOR_ARCHITECTURE is missing or unusual in the registry; 64-bit Windows was inferred from (the running process|the registry's 32-bit view)\./g,
    'PROCESSOR_ARCHITECTURE saknas eller är ovanligt i registret; 64-bitars Windows slöts från §source:$1§.',
  ],
  [
    /The (.+?) values give no TLS 1\.2 while the SChannel TLS 1\.2 client is off on this computer: choose the SChannel group too( \(--only \S+\))?\./g,
    '§groups:$1§-värdena ger ingen TLS 1.2 så länge SChannels TLS 1.2-klient är inaktiverad på den här datorn: välj även gruppen SChannel$2.',
  ],
  // Odd values at a catalogue location (src-main/core/plan/odd-value-findings.ts).
  [
    /: not a usable DWORD, Windows ignores it\. It is replaced only if you confirm; rollback restores its type and bytes exactly\./g,
    ': inget användbart DWORD, Windows bortser från det. Det ersätts bara om du bekräftar; en återställning ger tillbaka exakt samma typ och byte.',
  ],
  [
    /: Windows reads its first 4 bytes: (0x[0-9A-F]{8} \(\d+\))\. It is replaced only if you confirm; rollback restores its type and bytes exactly\./g,
    ': Windows läser dess första 4 byte: $1. Det ersätts bara om du bekräftar; en återställning ger tillbaka exakt samma typ och byte.',
  ],
  [/ is a big-endian DWORD \(REG_DWORD_BIG_ENDIAN, /g, ' är ett big-endian-DWORD (REG_DWORD_BIG_ENDIAN, '],
  [/ is a registry link \(REG_LINK, /g, ' är en registerlänk (REG_LINK, '],
  [/ is a (REG_[A-Z_]+) that is not well-formed text \(/g, ' är ett $1 som inte är välformad text ('],
  [
    / is a value of type (0x[0-9A-F]{8}), which Windows does not define \(/g,
    ' är ett värde av typen $1, som Windows inte definierar (',
  ],
  [/ is a (REG_[A-Z_]+) of no bytes/g, ' är ett $1 utan byte'],
  [/ is a (REG_[A-Z_]+) of (\d+) bytes?: /g, ' är ett $1 på $2 byte: '],
  [/\bno bytes\)/g, 'inga byte)'],
  [/\b(\d+) bytes?: /g, '$1 byte: '],
  [
    / holds (\d+) bytes, more than a backup of this tool keeps \((\d+)\): it is not replaced\./g,
    ' rymmer $1 byte, mer än en säkerhetskopia från verktyget rymmer ($2): det ersätts inte.',
  ],
  [
    / is too large to back up\. Export the key with regedit \(File, Export\) to keep it, delete the value, then run the tool again\./g,
    ' är för stort för att säkerhetskopieras. Exportera nyckeln med regedit (Arkiv, Exportera) för att behålla det, ta bort värdet och kör sedan verktyget igen.',
  ],
  // Keys the tool may not open (src-main/core/plan/access-check.ts).
  [
    / cannot be read: access denied \(its permissions were probably tightened\)\. What it holds is unknown\./g,
    ' kan inte läsas: åtkomst nekad (dess behörigheter har troligen skärpts). Vad den innehåller är okänt.',
  ],
  [
    / can be read but not written: access denied \(its permissions were probably tightened\)\./g,
    ' kan läsas men inte skrivas: åtkomst nekad (dess behörigheter har troligen skärpts).',
  ],
  [
    / cannot be opened: access denied\. In regedit, right-click the key, choose Permissions and give Administrators Full Control \(or ask whoever locked it\), then run the tool again\./g,
    ' kan inte öppnas: åtkomst nekad. Högerklicka på nyckeln i regedit, välj Behörigheter och ge Administratörer Fullständig behörighet (eller fråga den som låste den), och kör sedan verktyget igen.',
  ],
  [
    / cannot be written: access denied\. In regedit, right-click the key, choose Permissions and give Administrators Full Control \(or ask whoever locked it\), then run the tool again\./g,
    ' kan inte skrivas: åtkomst nekad. Högerklicka på nyckeln i regedit, välj Behörigheter och ge Administratörer Fullständig behörighet (eller fråga den som låste den), och kör sedan verktyget igen.',
  ],
  [/\(not set\)/g, '(inte satt)'],
];
