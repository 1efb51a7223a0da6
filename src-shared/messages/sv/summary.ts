/** Swedish: the ticket summary's opening lines (what was done, what is left, the backup). */
import type { enSummary } from '../en/summary.js';
import type { Catalogue } from '../messages.js';
import { when } from './words.js';

function putBack(restored: boolean | null): string {
  if (restored === true) return 'alla värden den hade skrivit har satts tillbaka';
  if (restored === false) return 'alla värden kunde inte sättas tillbaka (se nedan)';
  return 'se värdena nedan';
}

export const svSummary: Pick<Catalogue, keyof typeof enSummary> = {
  'summary.changed': (p, x) =>
    `Ändrade ${x.count(p.count, { one: '# registervärde', other: '# registervärden' })}; ${p.backup ? 'säkerhetskopia tagen' : 'ingen säkerhetskopia tagen'}`,
  'summary.auditOnly': () => 'Endast granskning: inget ändrades',
  'summary.rolledBack': (p) => `Återställt till säkerhetskopian från ${when(p.createdAt)}`,
  'summary.failed': (p) =>
    `${p.operation === 'apply' ? 'Ändringen' : 'Återställningen'} misslyckades: ${putBack(p.restored)}`,
  'summary.left': (p, x) =>
    `Kvar för teknikern: ${x.say(p.step)}${p.more > 0 ? ` (och ${p.more} till, se nedan)` : ''}`,
  'summary.nothingLeft': () => 'Inget kvar att göra',
  'summary.notAssessed': () => 'Om datorn är redo kontrollerades inte',
  'summary.backup': (p) => `Säkerhetskopia: ${p.file}`,
  'summary.restoredFrom': (p) => `Återställd säkerhetskopia: ${p.file}`,
  'summary.noBackup': () => 'Ingen säkerhetskopia (inget ändrades)',
};
