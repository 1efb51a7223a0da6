import type { KbStatus } from '../../../src-shared/detection-types.js';
import type { ProtocolChoice } from '../../../src-shared/protocols.js';
import type { Stack } from '../../../src-shared/stacks.js';

/** The languages of the ticket summary and the report: the wizard's own two. */
export type ReportLang = 'en' | 'sv';
/** Where the restart stands when the summary is copied. */
export type RestartState = 'not-needed' | 'pending' | 'later' | 'started';

export function reportLang(locale: string | null | undefined): ReportLang {
  return /^sv(\b|_)/i.test(locale ?? '') ? 'sv' : 'en';
}

const EN = {
  locale: 'en-GB',
  title: 'TLS 1.2 Wizard',
  apply: 'change',
  rollback: 'rollback',
  on: 'on',
  computer: 'Computer',
  windows: 'Windows',
  build: 'build',
  time: 'Time',
  tool: 'Tool',
  result: 'Result',
  kb: 'KB 3140245',
  protocols: 'Chosen protocols',
  settings: 'Settings',
  needs: 'what this Windows needs',
  changed: 'Values changed',
  restored: 'Values restored',
  none: 'none',
  notSet: '(not set)',
  effective: 'What the computer offers by default (before → after)',
  backup: 'Backup',
  restart: 'Restart',
  verified: 'verified',
  notVerified: 'not verified',
  allValues: 'Every value (before → after)',
  findings: 'Notes (not changes)',
  noTls: 'no TLS',
  col_key: 'Key',
  col_value: 'Value',
  col_before: 'Before',
  col_after: 'After',
  col_check: 'Check',
  col_stack: 'Used by',
} as const;

type Words = { [K in keyof typeof EN]: string };

const SV: Words = {
  locale: 'sv-SE',
  title: 'TLS 1.2-guiden',
  apply: 'ändring',
  rollback: 'återställning',
  on: 'på',
  computer: 'Dator',
  windows: 'Windows',
  build: 'version',
  time: 'Tid',
  tool: 'Verktyg',
  result: 'Resultat',
  kb: 'KB 3140245',
  protocols: 'Valda protokoll',
  settings: 'Inställningar',
  needs: 'det som den här Windows-versionen behöver',
  changed: 'Ändrade värden',
  restored: 'Återställda värden',
  none: 'inga',
  notSet: '(inte satt)',
  effective: 'Vad datorn erbjuder som standard (före → efter)',
  backup: 'Säkerhetskopia',
  restart: 'Omstart',
  verified: 'kontrollerat',
  notVerified: 'inte kontrollerat',
  allValues: 'Alla värden (före → efter)',
  findings: 'Att observera (ändras inte)',
  noTls: 'ingen TLS',
  col_key: 'Nyckel',
  col_value: 'Värde',
  col_before: 'Före',
  col_after: 'Efter',
  col_check: 'Kontroll',
  col_stack: 'Används av',
};

export const WORDS: Record<ReportLang, Words> = { en: EN, sv: SV };

const KB_TEXT: Record<ReportLang, Record<KbStatus['state'], string>> = {
  en: {
    'not-needed': 'not needed on this Windows',
    present: 'installed',
    'probably-present': 'probably installed (its files are new enough)',
    missing: 'missing: WinHTTP ignores the new setting until it is installed',
  },
  sv: {
    'not-needed': 'behövs inte i den här Windows-versionen',
    present: 'installerad',
    'probably-present': 'troligen installerad (filerna är tillräckligt nya)',
    missing: 'saknas: WinHTTP bryr sig inte om inställningen förrän den är installerad',
  },
};

export function kbText(lang: ReportLang, kb: KbStatus): string {
  return KB_TEXT[lang][kb.needed ? kb.state : 'not-needed'];
}

const CHOICE_TEXT: Record<ReportLang, Record<ProtocolChoice, string>> = {
  en: {
    '1.2': 'TLS 1.2 only',
    '1.1,1.2': 'TLS 1.1 and 1.2',
    '1.0,1.1,1.2': 'TLS 1.0, 1.1 and 1.2',
    '1.0,1.2': 'TLS 1.0 and 1.2',
  },
  sv: {
    '1.2': 'endast TLS 1.2',
    '1.1,1.2': 'TLS 1.1 och 1.2',
    '1.0,1.1,1.2': 'TLS 1.0, 1.1 och 1.2',
    '1.0,1.2': 'TLS 1.0 och 1.2',
  },
};

export function choiceText(lang: ReportLang, choice: ProtocolChoice): string {
  return CHOICE_TEXT[lang][choice];
}

export const STACK_TEXT: Record<ReportLang, Record<Stack, string>> = {
  en: {
    winhttp: 'WinHTTP (Outlook, OneDrive, Windows Update)',
    schannel: 'Programs that ask Windows for its default',
    dotnet4: '.NET 4.x programs built for older versions',
    dotnet35: '.NET 3.5 programs',
    wininet: 'WinINet (Internet Options)',
  },
  sv: {
    winhttp: 'WinHTTP (Outlook, OneDrive, Windows Update)',
    schannel: 'Program som frågar Windows om standardvärdet',
    dotnet4: '.NET 4.x-program byggda för äldre versioner',
    dotnet35: '.NET 3.5-program',
    wininet: 'WinINet (Internetalternativ)',
  },
};

const RESTART_TEXT: Record<ReportLang, Record<RestartState, string>> = {
  en: {
    'not-needed': 'not needed',
    pending: 'needed, not yet done',
    later: 'needed: the technician restarts later',
    started: 'started from the wizard',
  },
  sv: {
    'not-needed': 'behövs inte',
    pending: 'krävs, inte gjord ännu',
    later: 'krävs: teknikern startar om senare',
    started: 'startad från guiden',
  },
};

export function restartText(lang: ReportLang, state: RestartState): string {
  return RESTART_TEXT[lang][state];
}

const VIEW_TEXT: Record<ReportLang, { '64': string; '32': string }> = {
  en: { '64': '64-bit', '32': '32-bit' },
  sv: { '64': '64-bitars', '32': '32-bitars' },
};

export function viewText(lang: ReportLang, view: string): string {
  return view === '64' || view === '32' ? VIEW_TEXT[lang][view] : '';
}

/** Local time with its time zone, in the language's conventions ("29 November 2026, 18:52:20 CET"). */
export function localTime(lang: ReportLang, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(WORDS[lang].locale, {
    dateStyle: 'long',
    timeStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  });
}
