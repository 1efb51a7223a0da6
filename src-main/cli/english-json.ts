/**
 * The command line's JSON carries each message by code and, beside it, its English: results and
 * findings are code-only in every type (messages by code), and the English for scripts and the
 * fleet reader (`result.message`) is rendered here, at the edge, from the same catalogue.
 */
import { english, type Msg } from '../../src-shared/messages/messages.js';

function isMsg(value: unknown): value is Msg {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { code?: unknown; params?: unknown };
  return typeof m.code === 'string' && typeof m.params === 'object' && m.params !== null;
}

/** A copy of `value` where every object holding a `msg` also holds its English `message`. */
export function withEnglish<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => withEnglish(v)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  if (isMsg(source.msg) && !('message' in source)) out.message = english(source.msg);
  // displayNameMsg -> displayName, labelMsg -> label: the English twin of a named message.
  for (const [key, v] of Object.entries(source)) {
    const twin = key.endsWith('Msg') ? key.slice(0, -3) : null;
    if (twin && isMsg(v) && !(twin in source)) out[twin] = english(v);
  }
  for (const [key, v] of Object.entries(source)) out[key] = withEnglish(v);
  return out as T;
}
