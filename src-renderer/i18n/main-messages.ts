/**
 * Swedish for the sentences main composes in English (detection, findings, results, refusals).
 * Main and the command line speak English; the wizard translates what it shows, sentence by
 * sentence, keeping paths, names and values as they are. A sentence missing here stays English.
 * test/renderer/main-messages.test.ts runs the real core to check the table against its wording.
 */
import { FINDING_RULES, type Rule } from './main-messages-findings.js';
import { RESULT_RULES } from './main-messages-results.js';

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

  ...FINDING_RULES,
  ...RESULT_RULES,
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
