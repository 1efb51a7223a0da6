import { byteLength, REG } from '../registry/decode-value.js';
import { msg, said, type Msg } from '../../../src-shared/messages/messages.js';
import type { OddKind } from '../../../src-shared/messages/params.js';
import {
  formatValue,
  hexBytesShown,
  regTypeName,
  type RawData,
  type RegValue,
} from '../registry/registry-port.js';
import { dwordOf } from '../registry/dword-of.js';
import { MAX_VALUE_BYTES } from '../registry/value-limits.js';
import { atItem } from './findings.js';
import type { Finding, Plan, PlanItem } from './plan-types.js';

/** What a value kept as raw bytes is, as a finding code and message data. */
function describeRaw(raw: RawData): { code: string; kind: OddKind } {
  const n = raw.hex.length / 2;
  switch (raw.regType) {
    case REG.DWORD:
      return { code: n > 4 ? 'dword-too-long' : 'dword-too-short', kind: 'dword-size' };
    case REG.DWORD_BIG_ENDIAN:
      return { code: 'dword-big-endian', kind: 'big-endian' };
    case REG.LINK:
      return { code: 'registry-link', kind: 'link' };
    case REG.SZ:
    case REG.EXPAND_SZ:
    case REG.MULTI_SZ:
      return { code: 'malformed-text', kind: 'malformed-text' };
    default:
      return raw.regType <= REG.QWORD
        ? { code: 'odd-value', kind: 'odd' }
        : { code: 'unknown-type', kind: 'unknown-type' };
  }
}

function rawFinding(item: PlanItem, raw: RawData, current: RegValue): Finding {
  const { code, kind } = describeRaw(raw);
  const dword = dwordOf(current);
  const m = msg('finding.oddValue', {
    at: atItem(item),
    kind,
    type: regTypeName(raw.regType),
    bytes: raw.hex.length / 2,
    hex: hexBytesShown(raw.hex),
    reads: dword === null ? null : formatValue({ type: 'REG_DWORD', data: dword }),
  });
  return { code, severity: 'warning', ...said(m) };
}

/**
 * Findings for values at catalogue locations that are not what Windows reads as a DWORD and
 * that no other finding names: bytes of the wrong length or of an odd type (kept as REG_RAW),
 * and values too large to keep in a backup. Values of another well-formed type (REG_SZ "1")
 * are the "wrong-type" finding in findings.ts.
 */
export function oddValueFindings(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const item of plan.items) {
    const cur = item.current;
    if (cur === null) continue;
    if (cur.type === 'REG_RAW') out.push(rawFinding(item, cur.data, cur));
    const size = byteLength(cur);
    if (size > MAX_VALUE_BYTES) {
      out.push({
        code: 'value-too-large',
        severity: 'error',
        ...said(msg('finding.valueTooLarge', { at: atItem(item), size, max: MAX_VALUE_BYTES })),
      });
    }
  }
  return out;
}

/** What to do about values too large to back up (the apply is refused until they are gone). */
export function oddValueBlockers(plan: Plan): Msg[] {
  return plan.items
    .filter((item) => item.current !== null && byteLength(item.current) > MAX_VALUE_BYTES)
    .map((item) => msg('refusal.tooLargeToBackUp', { at: atItem(item) }));
}
