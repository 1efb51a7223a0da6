import { EXIT } from '../../src-shared/operation-types.js';

/**
 * Every exit code `audit` may give for a readable machine (README's table), as a Linux parent sees
 * it from a real process: only the low byte (3010 arrives as 194).
 */
export const AUDIT_CODES = [
  EXIT.ok,
  EXIT.changesNeeded,
  EXIT.atRisk,
  EXIT.unknown,
  EXIT.blocked,
  EXIT.restartNeeded & 0xff,
];
