import type { EvidenceFileReader, EvidenceFileResult } from '../readiness/evidence/evidence-files.js';

/** A file a test wants unreadable, with the problem the reader reports. */
export interface UnreadableFile {
  unreadable: 'not-regular' | 'denied' | 'error';
}

/** Windows paths compare case-insensitively, with either slash and repeated separators. */
function normalise(windowsPath: string): string {
  return windowsPath
    .replace(/[\\/]+/g, '\\')
    .replace(/\\$/, '')
    .toLowerCase();
}

/**
 * Evidence files held in memory, for unit tests and simulated machines. A file larger than the
 * reader's maxBytes is 'too-large', as on disk; every read returns a copy.
 */
export function memoryEvidenceFiles(files: Record<string, Uint8Array | UnreadableFile>): EvidenceFileReader {
  const byPath = new Map(Object.entries(files).map(([p, content]) => [normalise(p), content]));
  return {
    read(windowsPath: string, maxBytes: number): EvidenceFileResult {
      const content = byPath.get(normalise(windowsPath));
      if (content === undefined) return { kind: 'absent' };
      // ArrayBuffer.isView, not instanceof: bytes made in another realm (jsdom's) are bytes too.
      if (!ArrayBuffer.isView(content)) {
        return { kind: 'unreadable', problem: content.unreadable, detail: 'simulated' };
      }
      if (content.length > maxBytes) {
        return { kind: 'unreadable', problem: 'too-large', detail: `${content.length} > ${maxBytes}` };
      }
      return { kind: 'read', bytes: Uint8Array.from(content) };
    },
  };
}
