import { EXIT } from '../../src-shared/operation-types.js';

/** Every exit code `audit` may give for a readable machine (README's table). */
export const AUDIT_CODES: number[] = [
  EXIT.ok,
  EXIT.changesNeeded,
  EXIT.atRisk,
  EXIT.unknown,
  EXIT.blocked,
  EXIT.restartNeeded,
];

/** The same as a Linux parent sees them from a real process: only the low byte (3010 arrives as 194). */
export const AUDIT_CODES_LOW_BYTE = AUDIT_CODES.map((code) => code & 0xff);
