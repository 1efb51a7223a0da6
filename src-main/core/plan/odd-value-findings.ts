import { byteLength, REG } from '../registry/decode-value.js';
import {
  describeKey,
  formatValue,
  hexBytesShown,
  regTypeName,
  type RawData,
  type RegValue,
} from '../registry/registry-port.js';
import { dwordOf } from '../registry/dword-of.js';
import { MAX_VALUE_BYTES } from '../registry/value-limits.js';
import type { Finding, Plan, PlanItem } from './plan-types.js';

const TAIL = 'It is replaced only if you confirm; rollback restores its type and bytes exactly.';

function where(item: PlanItem): string {
  return `${describeKey({ hive: item.hive, view: item.view, path: item.key })} "${item.name}"`;
}

/** What a value kept as raw bytes is, in plain words, with a finding code. */
function describeRaw(raw: RawData): { code: string; what: string } {
  const n = raw.hex.length / 2;
  const bytes = n === 0 ? 'no bytes' : `${n} byte${n === 1 ? '' : 's'}: ${hexBytesShown(raw.hex)}`;
  const name = regTypeName(raw.regType);
  switch (raw.regType) {
    case REG.DWORD:
      return { code: n > 4 ? 'dword-too-long' : 'dword-too-short', what: `a REG_DWORD of ${bytes}` };
    case REG.DWORD_BIG_ENDIAN:
      return { code: 'dword-big-endian', what: `a big-endian DWORD (REG_DWORD_BIG_ENDIAN, ${bytes})` };
    case REG.LINK:
      return { code: 'registry-link', what: `a registry link (REG_LINK, ${bytes})` };
    case REG.SZ:
    case REG.EXPAND_SZ:
    case REG.MULTI_SZ:
      return { code: 'malformed-text', what: `a ${name} that is not well-formed text (${bytes})` };
    default:
      return raw.regType <= REG.QWORD
        ? { code: 'odd-value', what: `a ${name} of ${bytes}` }
        : { code: 'unknown-type', what: `a value of ${name}, which Windows does not define (${bytes})` };
  }
}

function rawFinding(item: PlanItem, raw: RawData, current: RegValue): Finding {
  const { code, what } = describeRaw(raw);
  const dword = dwordOf(current);
  const reads =
    dword === null
      ? 'not a usable DWORD, Windows ignores it'
      : `Windows reads its first 4 bytes: ${formatValue({ type: 'REG_DWORD', data: dword })}`;
  return { code, severity: 'warning', message: `${where(item)} is ${what}: ${reads}. ${TAIL}` };
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
        message: `${where(item)} holds ${size} bytes, more than a backup of this tool keeps (${MAX_VALUE_BYTES}): it is not replaced.`,
      });
    }
  }
  return out;
}

/** What to do about values too large to back up (the apply is refused until they are gone). */
export function oddValueBlockers(plan: Plan): string[] {
  return plan.items
    .filter((item) => item.current !== null && byteLength(item.current) > MAX_VALUE_BYTES)
    .map(
      (item) =>
        `${where(item)} is too large to back up. Export the key with regedit (File, Export) to keep it, delete the value, then run the tool again.`,
    );
}
