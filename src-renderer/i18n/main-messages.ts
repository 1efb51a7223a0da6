/**
 * Swedish for the sentences main composes in English (detection, findings, results, refusals).
 * Main and the command line speak English; the wizard translates what it shows, sentence by
 * sentence, keeping paths, names and values as they are. A sentence missing here stays English.
 * test/renderer/main-messages.test.ts runs the real core to check the table against its wording.
 */
type Rule = [RegExp, string];

const OPERATIONS: Record<string, string> = {
  open: 'öppna',
  read: 'läsa',
  list: 'lista',
  create: 'skapa',
  write: 'skriva',
  delete: 'ta bort',
  'delete the non-empty key': 'ta bort den icke-tomma nyckeln',
};

const WIN32: Rule[] = [
  [/the key or value does not exist/g, 'nyckeln eller värdet finns inte'],
  [
    /access denied: run the tool as administrator \(right-click, "Run as administrator"\)/g,
    'åtkomst nekad: kör verktyget som administratör (högerklicka, "Kör som administratör")',
  ],
  [/internal error: invalid registry handle/g, 'internt fel: ogiltigt registerhandtag'],
  [/the data is invalid/g, 'data är ogiltiga'],
  [/invalid parameter/g, 'ogiltig parameter'],
  [/the value is larger than expected/g, 'värdet är större än väntat'],
  [/the registry database is corrupt/g, 'registerdatabasen är skadad'],
  [/the registry is corrupt and could not be recovered/g, 'registret är skadat och kunde inte återställas'],
  [
    /the registry could not complete an I\/O operation: check the disk/g,
    'registret kunde inte slutföra en I/O-åtgärd: kontrollera disken',
  ],
  [
    /the key was marked for deletion by another program/g,
    'nyckeln har markerats för borttagning av ett annat program',
  ],
  [/not enough system resources/g, 'otillräckliga systemresurser'],
  [/Windows error (\d+)/g, 'Windows-fel $1'],
];

const RULES: Rule[] = [
  // The simulation's label and Windows' name: "Windows 7 SP1 64-bit, without KB 3140245", "(64-bit)".
  [/(\d\d)-bit, without KB 3140245/g, '$1-bitars, utan KB 3140245'],
  [/(\d\d)-bit, fresh install \(no KB 3140245/g, '$1-bitars, nyinstallerad (utan KB 3140245'],
  [/(\d\d)-bit, updated \(KB 3140245/g, '$1-bitars, uppdaterad (KB 3140245'],
  [/\((\d\d)-bit\)/g, '($1-bitars)'],
  // Registry errors: "Could not write HKLM\...\WinHttp (64-bit view) "X": why (Win32 error 5)."
  [
    /Could not (open|read|list|create|write|delete the non-empty key|delete) (.+?): (.+?) \(Win32 error (\d+)\)\./g,
    'Kunde inte §op:$1§ $2: $3 (Win32-fel $4).',
  ],
  [/ \((64|32)-bit view\)/g, ' ($1-bitarsvy)'],

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

  // Apply and rollback results.
  [
    /This tool must run as administrator to change the registry\./g,
    'Verktyget måste köras som administratör för att ändra registret.',
  ],
  [/Every value is already as chosen\./g, 'Alla värden är redan inställda enligt ditt val.'],
  [
    /(\d+) value\(s\) have an unexpected type \((.+?)\)\. Confirm replacing them \(--replace-wrong-types\); the backup keeps them exactly\./g,
    '$1 värde(n) har en oväntad typ ($2). Bekräfta att de ska ersättas; säkerhetskopian behåller dem exakt.',
  ],
  [/Apply failed: /g, 'Verkställandet misslyckades: '],
  [/Rollback failed: /g, 'Återställningen misslyckades: '],
  [
    / Every value already changed was put back and verified\./g,
    ' Alla värden som redan ändrats har satts tillbaka och kontrollerats.',
  ],
  [
    / The registry was put back as it was before the rollback\./g,
    ' Registret har satts tillbaka som det var före återställningen.',
  ],
  [
    / Putting the values back also failed \((.+?)\)\. Run the tool again: it repairs from its journal, or import (.+?)\.$/gm,
    ' Även återställningen misslyckades ($1). Kör verktyget igen: det reparerar från sin journal, eller importera $2.',
  ],
  [
    / Putting the values back also failed \((.+?)\)\. Run the tool again: it repairs from its journal\./g,
    ' Även återställningen misslyckades ($1). Kör verktyget igen: det reparerar från sin journal.',
  ],
  [/\b1 value\(s\) set and verified\./g, '1 värde har ställts in och kontrollerats.'],
  [/(\d+) value\(s\) set and verified\./g, '$1 värden har ställts in och kontrollerats.'],
  [/ Restart the computer for them to take effect\./g, ' Starta om datorn för att de ska gälla.'],
  [/The registry already matches the backup\./g, 'Registret stämmer redan med säkerhetskopian.'],
  [
    /Rolled back to the backup of (\S+): (\d+) value\(s\) restored and verified\./g,
    'Återställt till säkerhetskopian från $1: $2 värde(n) återställda och kontrollerade.',
  ],
  [/ Restart the computer for it to take effect\./g, ' Starta om datorn för att det ska gälla.'],
  [
    /The backup would write (.+?), where Windows expects a REG_DWORD\. Roll back only if this backup is yours and recorded these values so; confirm with --restore-wrong-types\./g,
    'Säkerhetskopian skulle skriva $1, där Windows förväntar sig REG_DWORD. Återställ bara om säkerhetskopian är din och värdena var just så; bekräfta först.',
  ],
  [
    /(REG_[A-Z_]+|type 0x[0-9A-F]{8}) of (\d+) bytes into (\S+) \((64|32|shared)\)/g,
    '$1 på $2 byte i $3 ($4)',
  ],
  [/(REG_[A-Z_]+) into (\S+) \((64|32|shared)\)/g, '$1 i $2 ($3)'],
  [/Verification failed: /g, 'Kontrollen misslyckades: '],
  [/Nothing was changed\./g, 'Inget ändrades.'],

  // Backup files and folders.
  [
    /The backup folder (.+?) does not exist or was removed \(is the USB stick still plugged in\?\)\./g,
    'Säkerhetskopiemappen $1 finns inte eller har tagits bort (sitter USB-minnet kvar?).',
  ],
  [
    /The backup folder (.+?) is not writable \(write-protected stick, or no permission\)\. Choose another folder with --backup-dir\./g,
    'Det går inte att skriva i säkerhetskopiemappen $1 (skrivskyddat minne eller saknad behörighet). Välj en annan mapp.',
  ],
  [
    /The backup folder (.+?) is full\. Free some space or choose another folder with --backup-dir\./g,
    'Säkerhetskopiemappen $1 är full. Frigör utrymme eller välj en annan mapp.',
  ],
  [/The backup could not be written to (.+?): /g, 'Säkerhetskopian kunde inte skrivas till $1: '],
  [
    /The backup was written but can no longer be read \((.+?)\) Is the USB stick still plugged in\?/g,
    'Säkerhetskopian skrevs men kan inte längre läsas ($1) Sitter USB-minnet kvar?',
  ],
  [
    /The backup (.+?) did not read back as written\./g,
    'Säkerhetskopian $1 gick inte att läsa tillbaka som den skrevs.',
  ],
  [/The backup file (.+?) does not exist\./g, 'Säkerhetskopian $1 finns inte.'],
  [
    /(.+?) is (\d+) bytes; a backup of this tool is never larger than (\d+)\. Refused\./g,
    '$1 är $2 byte; en säkerhetskopia från verktyget är aldrig större än $3. Avvisad.',
  ],
  [
    /(.+?) is not a backup of this tool \(it is not valid JSON; truncated or another kind of file\)\./g,
    '$1 är ingen säkerhetskopia från verktyget (det är inte giltig JSON; avkortad eller en annan sorts fil).',
  ],
  [/(.+?) is not a backup of this tool\./g, '$1 är ingen säkerhetskopia från verktyget.'],
  [/(.+?) has no valid format version\./g, '$1 saknar giltig formatversion.'],
  [
    /(.+?) was written by a newer version of this tool \(format (\d+); this one reads (\d+)\)\. Use that version to roll back\./g,
    '$1 skrevs av en nyare version av verktyget (format $2; den här läser $3). Använd den versionen för att återställa.',
  ],
  [
    /(.+?) is damaged or was edited: its checksum does not match\. Refused\./g,
    '$1 är skadad eller har ändrats: kontrollsumman stämmer inte. Avvisad.',
  ],
  [
    /(.+?) is a backup of computer (.+?), and this is (.+?)\. Use the backup taken on this computer\./g,
    '$1 är en säkerhetskopia av datorn $2, och det här är $3. Använd säkerhetskopian som togs på den här datorn.',
  ],
  [
    /(.+?) was taken on a (64|32)-bit Windows; this one is not\./g,
    '$1 togs på ett $2-bitars Windows; det här är det inte.',
  ],
  [
    /is not a value this tool manages on this Windows: the file is refused\./g,
    'är inte ett värde som verktyget hanterar på det här Windows: filen avvisas.',
  ],
  [
    /is not a key this tool manages: the file is refused\./g,
    'är inte en nyckel som verktyget hanterar: filen avvisas.',
  ],
  [
    /This folder is not writable \(write-protected stick or no permission\)\. Choose another folder\./g,
    'Det går inte att skriva i mappen (skrivskyddat minne eller saknad behörighet). Välj en annan mapp.',
  ],
  [
    /The drive is full\. Free some space or choose another folder\./g,
    'Enheten är full. Frigör utrymme eller välj en annan mapp.',
  ],
  [
    /This folder does not exist \(is the stick still plugged in\?\)\. Choose another folder\./g,
    'Mappen finns inte (sitter minnet kvar?). Välj en annan mapp.',
  ],
  [/This folder cannot be used: /g, 'Mappen kan inte användas: '],

  // The wizard's own requests.
  [/There was nothing to repair\./g, 'Det fanns inget att reparera.'],
  [
    /The interrupted (apply|rollback) from (\S+) was undone: the registry is as it was before it\./g,
    'Den avbrutna §op:$1§ från $2 har ångrats: registret är som det var före den.',
  ],
  [/The interrupted (apply|rollback) could not be undone: /g, 'Den avbrutna §op:$1§ kunde inte ångras: '],
  [
    /There is no report yet: apply or roll back first\./g,
    'Det finns ingen rapport än: verkställ eller återställ först.',
  ],
  [/There is no result to copy yet\./g, 'Det finns inget resultat att kopiera än.'],
  [
    /Remember to restart this computer: the new settings take effect after a restart\./g,
    'Kom ihåg att starta om datorn: de nya inställningarna gäller efter en omstart.',
  ],
  [/The computer restarts in 5 seconds\./g, 'Datorn startar om om 5 sekunder.'],
  [
    /The restart could not be started \(shutdown\.exe exit code (-?\d+)\)\. Restart from the Start menu\./g,
    'Omstarten kunde inte startas (shutdown.exe slutkod $1). Starta om från Start-menyn.',
  ],
  [/Starting as administrator\.\.\./g, 'Startar som administratör…'],
  [
    /The tool could not be started as administrator \(was the UAC prompt declined\?\)\./g,
    'Verktyget kunde inte startas som administratör (avböjdes UAC-frågan?).',
  ],
  [/Run the tool as administrator for this\./g, 'Kör verktyget som administratör för detta.'],
  [/An interrupted change must be repaired first\./g, 'En avbruten ändring måste repareras först.'],
  [/Another change is in progress\./g, 'En annan ändring pågår.'],
  [
    /Another copy of the TLS 1\.2 Wizard \(process (\d+), since (\S+)\) is changing this computer \(lock file (.+?)\)\. Wait for it to finish, then try again\./g,
    'En annan kopia av TLS 1.2-guiden (process $1, sedan $2) ändrar den här datorn (låsfil $3). Vänta tills den är klar och försök igen.',
  ],
  [
    /This computer changed after the plan was reviewed\. Look at the new plan; apply again only if it is right\./g,
    'Datorn har ändrats sedan planen granskades. Titta på den nya planen och verkställ igen bara om den stämmer.',
  ],
  [
    /The backup file (.+?) changed after it was previewed\. Look at the new preview; roll back again only if it is right\./g,
    'Säkerhetskopian $1 har ändrats sedan förhandsvisningen. Titta på den nya förhandsvisningen och återställ igen bara om den stämmer.',
  ],
  [
    /The journal (.+?) cannot be read \((.+?)\)\. If no copy of the tool is running, check it and remove or rename it, then run the tool again \(as administrator\)\./g,
    'Journalen $1 går inte att läsa ($2). Om ingen kopia av verktyget körs: kontrollera den och ta bort eller byt namn på den, och kör sedan verktyget igen (som administratör).',
  ],
  [
    /The lock file (.+?) cannot be used \((.+?)\)\. If no other copy of the tool is running, remove it, then run the tool again\./g,
    'Låsfilen $1 går inte att använda ($2). Om ingen annan kopia av verktyget körs: ta bort den och kör sedan verktyget igen.',
  ],
  [/No (.+?) was found beside the tool\./g, 'Ingen $1 hittades bredvid verktyget.'],
  [/This Windows does not need KB 3140245\./g, 'Den här Windows-versionen behöver inte KB 3140245.'],
  [
    /KB 3140245 was installed\. Restart the computer to finish\./g,
    'KB 3140245 installerades. Starta om datorn för att slutföra.',
  ],
  [/KB 3140245 was installed\./g, 'KB 3140245 installerades.'],
  [/KB 3140245 is already installed\./g, 'KB 3140245 är redan installerad.'],
  [
    /This update does not apply to this computer \(wrong Windows version or architecture\)\./g,
    'Uppdateringen gäller inte den här datorn (fel Windows-version eller arkitektur).',
  ],
  [/wusa\.exe failed with code (\d+) \((0x[0-9a-f]+)\)\./g, 'wusa.exe misslyckades med kod $1 ($2).'],
  [/Request refused: unknown sender\./g, 'Begäran avvisad: okänd avsändare.'],
  [/Unknown request\./g, 'Okänd begäran.'],
  ...WIN32,
];

const NOUNS: Record<string, string> = { apply: 'verkställningen', rollback: 'återställningen' };

/** Words inside captured lists (stack and group names, where an architecture came from). */
const WORDS: [RegExp, string][] = [
  [/^missing$/, 'saknas'],
  [/^the running process$/, 'det körande programmet'],
  [/^the registry's 32-bit view$/, 'registrets 32-bitarsvy'],
  [/\.NET 4\.x apps/g, '.NET 4.x-program'],
  [/\.NET 3\.5 apps/g, '.NET 3.5-program'],
  [/WinINet \(Internet Options\)/g, 'WinINet (Internetalternativ)'],
  [/SChannel default/g, 'SChannels standardval'],
  [/ and /g, ' och '],
];

function words(text: string): string {
  return WORDS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Main's English sentence in the wizard's language (Swedish rules; English is returned as is). */
export function translateMain(text: string, lang: 'en' | 'sv'): string {
  if (lang === 'en' || text === '') return text;
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  // Placeholders for words that change with the captured English word.
  return out
    .replace(/§op:(apply|rollback)§/g, (_m, op: string) => NOUNS[op] ?? op)
    .replace(/§op:([a-z -]+)§/g, (_m, op: string) => OPERATIONS[op] ?? op)
    .replace(/§(?:arch|stacks|source|groups):(.+?)§/g, (_m, list: string) => words(list));
}
