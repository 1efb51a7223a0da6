import type { enVerdict } from './en-verdict.js';

/** Swedish: beslutet på skärmen, "Endast kontroll", ett-klicksvägen, stegens lägen. */
export const svVerdict: Record<keyof typeof enVerdict, string> = {
  verdictLabel: 'Är datorn redo för Microsoft 365?',
  verdictAfterLabel: 'Är datorn redo för Microsoft 365 nu?',
  verdictNext: 'Nästa steg:',
  verdictRows: 'Redo för Microsoft 365, per programgrupp',
  verdictColumn: 'Beslut',
  moreReasons_one: 'och 1 sak till att känna till',
  moreReasons_other: 'och {n} saker till att känna till',
  checkOnly: 'Endast kontroll',
  checkOnlyHint: 'Ger beslutet, en sammanfattning till ärendet och en rapport. Ändrar ingenting.',
  checkTitle: 'Endast kontroll: inget ändrades',
  checkBack: 'Tillbaka till guiden',
  checkReadOnly:
    'Utan administratörsbehörighet är detta allt verktyget kan göra här: lämna vidare beslutet med sammanfattningen och rapporten.',
  makeReady: 'Gör datorn redo',
  makeReadyHint:
    'Säkerhetskopierar och ställer in det som denna Windows behöver, i ett svep. Alla steg finns ett klick bort.',
  makeReadyConfirm_one: 'Säkerhetskopiera och ändra 1 värde?',
  makeReadyConfirm_other: 'Säkerhetskopiera och ändra {n} värden?',
  makeReadyBackup: 'Säkerhetskopian sparas i {folder}.',
  makeReadyGo: 'Säkerhetskopiera och ändra',
  makeReadyReview: 'Här behövs ett beslut först: granskningen visar vad och varför.',
  stepNotNeeded: 'behövs inte här',
  stepAutomatic: 'automatiskt',
  getKb: 'Var uppdateringen finns',
  getKbText:
    'Ladda ned {msu} från Microsoft Update-katalogen (catalog.update.microsoft.com, sök på "{search}"), lägg den bredvid guiden på USB-minnet och starta guiden igen.',
  refreshVerdict: 'Kontrollera igen',
  protocolsUnused:
    'Inga av de valda inställningarna använder detta val här: dessa Windows-versioner behåller sin egen protokollista.',
  protocolsOnlyTls13:
    '"Endast" betyder att TLS 1.0 och 1.1 stängs av; TLS 1.3 förblir på där Windows erbjuder det.',
};
