/**
 * English: the ticket summary's opening lines (what was done, what is left, the backup), which a
 * person reads before any registry row: no paths and no hex in them.
 */
import type { Nested, None, Say } from '../say.js';
import { when } from './words.js';

/** Whether a failed change put back what it had written (null: see the values). */
function putBack(restored: boolean | null): string {
  if (restored === true) return 'every value it had written was put back';
  if (restored === false) return 'not every value could be put back (see below)';
  return 'see the values below';
}

export const enSummary = {
  'summary.changed': (p: { count: number; backup: boolean }, x: Say) =>
    `Changed ${x.count(p.count, { one: '# registry value', other: '# registry values' })}; ${p.backup ? 'backup taken' : 'no backup taken'}`,
  'summary.auditOnly': (_: None) => 'Audit only: nothing was changed',
  'summary.rolledBack': (p: { createdAt: string }) => `Rolled back to the backup of ${when(p.createdAt)}`,
  'summary.failed': (p: { operation: 'apply' | 'rollback'; restored: boolean | null }) =>
    `The ${p.operation === 'apply' ? 'change' : 'rollback'} failed: ${putBack(p.restored)}`,
  'summary.left': (p: { step: Nested; more: number }, x: Say) =>
    `Left for the technician: ${x.say(p.step)}${p.more > 0 ? ` (and ${p.more} more, below)` : ''}`,
  'summary.nothingLeft': (_: None) => 'Nothing left to do',
  'summary.notAssessed': (_: None) => 'Whether this PC is ready was not checked',
  'summary.backup': (p: { file: string }) => `Backup: ${p.file}`,
  'summary.restoredFrom': (p: { file: string }) => `Backup restored: ${p.file}`,
  'summary.noBackup': (_: None) => 'No backup (nothing changed)',
};
