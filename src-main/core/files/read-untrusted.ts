import * as fs from 'node:fs';

/**
 * Reading a document another account may have planted (a backup on a shared stick, the journal
 * or the lock in %ProgramData%): only a regular file, only up to a size measured on the opened
 * handle, and only JSON whose nesting, strings and lists stay within bounds, all checked before
 * JSON.parse sees a byte.
 */
export interface DocumentLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Longest string (key or value), in UTF-16 code units as written in the JSON text. */
  maxString: number;
  /** Most entries in one object or array. */
  maxItems: number;
}

export type UntrustedProblem =
  'not-found' | 'not-regular' | 'too-large' | 'unreadable' | 'not-json' | 'too-deep';

/** Why a document was not read; the message names the file. */
export class UntrustedFileError extends Error {
  constructor(
    readonly problem: UntrustedProblem,
    readonly file: string,
    message: string,
    /** For 'too-large': the size found and the limit. */
    readonly size?: { bytes: number; max: number },
  ) {
    super(message);
    this.name = 'UntrustedFileError';
  }
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The text of a regular file of at most `maxBytes`. A folder, pipe, device or socket (or a link
 * to one) is refused from its status, without opening it; the handle is opened non-blocking and
 * checked again (same file, regular, size), so that a file swapped in between is refused too.
 */
export function readUntrustedText(file: string, maxBytes: number): string {
  // A file another process replaces or removes between the status and the open (the journal of
  // the copy holding the lock) is looked at again, a few times, rather than called unreadable.
  for (let attempt = 1; ; attempt++) {
    try {
      return readOnce(file, maxBytes);
    } catch (error) {
      if (!(error instanceof ReplacedError)) throw error;
      if (attempt >= 5) {
        throw new UntrustedFileError('unreadable', file, `${file} keeps changing while it is read.`);
      }
    }
  }
}

/** The file changed between its status and its opened handle. */
class ReplacedError extends Error {}

function readOnce(file: string, maxBytes: number): string {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UntrustedFileError('not-found', file, `${file} does not exist.`);
    }
    throw new UntrustedFileError('unreadable', file, `${file} cannot be read (${code ?? 'error'}).`);
  }
  if (!st.isFile()) {
    throw new UntrustedFileError(
      'not-regular',
      file,
      `${file} is ${kindOf(st)}, not a file: it was not read.`,
    );
  }
  tooLarge(file, st.size, maxBytes);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') throw new ReplacedError();
    throw new UntrustedFileError('unreadable', file, `${file} cannot be opened (${code}).`);
  }
  try {
    const held = fs.fstatSync(fd);
    if (held.ino !== st.ino || held.dev !== st.dev) throw new ReplacedError();
    if (!held.isFile()) {
      throw new UntrustedFileError(
        'not-regular',
        file,
        `${file} is ${kindOf(held)}, not a file: it was not read.`,
      );
    }
    tooLarge(file, held.size, maxBytes);
    // Read at most one byte more than allowed: a file that grows after fstat is still caught.
    const buffer = Buffer.alloc(Math.min(held.size, maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) {
      n = fs.readSync(fd, buffer, length, buffer.length - length, null);
    }
    tooLarge(file, length, maxBytes);
    return buffer
      .subarray(0, length)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof UntrustedFileError || error instanceof ReplacedError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UntrustedFileError('unreadable', file, `${file} cannot be read (${code}).`);
  } finally {
    fs.closeSync(fd);
  }
}

function tooLarge(file: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new UntrustedFileError(
      'too-large',
      file,
      `${file} is ${size} bytes; a file of this tool is never larger than ${maxBytes}. Refused.`,
      { bytes: size, max: maxBytes },
    );
  }
}

/**
 * Checks the JSON text's shape bounds in one pass before parsing: nesting depth, string length
 * and entries per object or array. Returns null when within bounds, else what is exceeded.
 */
export function jsonBoundsProblem(text: string, limits: DocumentLimits): string | null {
  const counts: number[] = [];
  let inString = false;
  let stringStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) {
        inString = false;
        if (i - stringStart - 1 > limits.maxString)
          return `a text longer than ${limits.maxString} characters`;
      }
      continue;
    }
    if (c === 0x22) {
      inString = true;
      stringStart = i;
      if (counts.length > 0 && counts[counts.length - 1] === 0) counts[counts.length - 1] = 1;
    } else if (c === 0x7b || c === 0x5b) {
      if (counts.length > 0 && counts[counts.length - 1] === 0) counts[counts.length - 1] = 1;
      counts.push(0);
      if (counts.length > limits.maxDepth) return `nesting deeper than ${limits.maxDepth} levels`;
    } else if (c === 0x7d || c === 0x5d) {
      counts.pop();
    } else if (c === 0x2c && counts.length > 0) {
      const n = (counts[counts.length - 1] ?? 0) + 1;
      counts[counts.length - 1] = n;
      if (n > limits.maxItems) return `a list or object of more than ${limits.maxItems} entries`;
    } else if (counts.length > 0 && counts[counts.length - 1] === 0 && c > 0x20) {
      counts[counts.length - 1] = 1;
    }
  }
  return null;
}

/**
 * Reads an untrusted JSON document within limits. Throws UntrustedFileError (naming the file)
 * for anything that is not a bounded, well-formed JSON file; the value is still untyped.
 */
export function readUntrustedJson(file: string, limits: DocumentLimits): unknown {
  return parseUntrustedJson(readUntrustedText(file, limits.maxBytes), file, limits);
}

/** The bounds check and JSON.parse of readUntrustedJson, for text already read. */
export function parseUntrustedJson(text: string, file: string, limits: DocumentLimits): unknown {
  const bounds = jsonBoundsProblem(text, limits);
  if (bounds !== null) {
    throw new UntrustedFileError(
      'too-deep',
      file,
      `${file} holds ${bounds}; a file of this tool never does. Refused.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UntrustedFileError(
      'not-json',
      file,
      `${file} is not valid JSON (truncated, empty or another kind of file).`,
    );
  }
}
