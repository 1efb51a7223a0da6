/**
 * The file port of the readiness evidence: files of this Windows (Registry.pol, cached
 * Preferences) are only ever read, each up to a size, and a file that is missing, a link, a
 * folder, too large or locked is a result, not an exception.
 */

export type EvidenceFileResult =
  | { kind: 'absent' }
  | { kind: 'read'; bytes: Uint8Array }
  | { kind: 'unreadable'; problem: 'not-regular' | 'too-large' | 'denied' | 'error'; detail: string };

/** Reads a file of this Windows as evidence (never written), bounded. */
export interface EvidenceFileReader {
  read(windowsPath: string, maxBytes: number): EvidenceFileResult;
}
