// The sentences issue 9 added to main, in Swedish: the wizard shows them to the technician.
import { describe, expect, it } from 'vitest';
import { translateMain } from '../../src-renderer/i18n/main-messages.js';
import { CHANGED_SINCE_REVIEW } from '../../src-main/wizard/review-binding.js';
import { JournalUnreadableError } from '../../src-main/core/state/journal-schema.js';

describe("issue 9's sentences in Swedish", () => {
  it.each([
    CHANGED_SINCE_REVIEW,
    'The backup file C:\\b\\x.json changed after it was previewed. Look at the new preview; roll back again only if it is right. Nothing was changed.',
    `${new JournalUnreadableError('C:\\ProgramData\\TLS12-Wizard\\apply-journal.json', 'it is a folder, not a file: it was not read').message} Nothing was changed.`,
    'The lock file C:\\ProgramData\\TLS12-Wizard\\operation.lock cannot be used (it is a folder). If no other copy of the tool is running, remove it, then run the tool again. Nothing was changed.',
    'Another copy of the TLS 1.2 Wizard (process 42, since 2026-11-29T10:00:00.000Z) is changing this computer (lock file C:\\x\\operation.lock). Wait for it to finish, then try again. Nothing was changed.',
  ])('%s', (en) => {
    const sv = translateMain(en, 'sv');
    expect(sv).not.toBe(en);
    expect(sv).not.toMatch(/Nothing was changed|Look at the new|If no (other )?copy/);
  });
});
