/** Swedish for main's sentences: apply and rollback results, backup files and folders, the wizard's own requests. Part of the table in main-messages.ts. */
export type Rule = [RegExp, string];

export const RESULT_RULES: Rule[] = [
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
];
