/**
 * The titles of the wizard's native dialogs (folder and file pickers), by code, in the wizard's
 * language: the one its reports are written in (ReportKeeper.language()), English when unknown.
 */
import { isMessageLang, MESSAGE_LANGUAGES } from '../../src-shared/messages/languages.js';
import { msg, renderMsg } from '../../src-shared/messages/messages.js';

export type DialogTitleCode = 'wizard.dialog.chooseBackupFolder' | 'wizard.dialog.chooseBackupFile';

/** The dialog's title in `lang` (a language tag the catalogues do not have: English). */
export function dialogTitle(lang: string | null | undefined, code: DialogTitleCode): string {
  const language = lang && isMessageLang(lang) ? MESSAGE_LANGUAGES[lang] : MESSAGE_LANGUAGES.en;
  return renderMsg(language, msg(code, {}), 'gui');
}
