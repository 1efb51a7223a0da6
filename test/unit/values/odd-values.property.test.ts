// Issue 13's property: whatever bytes of whatever type sit at the catalogue's locations (every
// type number x every length 0..16, at every location at once; then random mixes), the audit
// never crashes, an apply replaces odd values only when confirmed, and apply -> rollback gives
// back the registry exactly (in-memory adapter, complete snapshot compared).
import { english } from '../../../src-shared/messages/messages.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPlan } from '../../../src-main/cli/render-text.js';
import { CATALOGUE, GROUPS } from '../../../src-main/core/catalogue/catalogue.js';
import { detect } from '../../../src-main/core/detect/detect.js';
import { applyPlan } from '../../../src-main/core/operations/apply.js';
import { rollback } from '../../../src-main/core/operations/rollback.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import { changesOf } from '../../../src-main/core/plan/plan-types.js';
import { viewsFor } from '../../../src-main/core/plan/views.js';
import { decodeValue } from '../../../src-main/core/registry/decode-value.js';
import type { KeyLocation } from '../../../src-main/core/registry/registry-port.js';
import { operationSetup } from '../../support/sim.js';
import { TYPE_NUMBERS } from '../../support/type-numbers.js';

type Setup = ReturnType<typeof operationSetup>;

/** Every catalogue location of this machine: 13 on 64-bit Windows. */
function locations(s: Setup): { key: KeyLocation; name: string }[] {
  const is64 = detect(s.machine).os.is64Bit;
  return CATALOGUE.flatMap((e) =>
    viewsFor(e, is64).map((view) => ({ key: { hive: e.hive, view, path: e.key }, name: e.name })),
  );
}

/** Puts one value of `type` with these bytes at each location (creating its key). */
function plant(s: Setup, type: number, contents: Uint8Array[]): void {
  locations(s).forEach(({ key, name }, i) => {
    s.machine.registry.createKey(key);
    s.machine.registry.setValue(key, name, decodeValue(type, Buffer.from(contents[i] ?? [])));
  });
}

/** Audit, refused apply, confirmed apply, refused and confirmed rollback: the registry is back exactly. */
function roundTrip(s: Setup): void {
  const registry = s.machine.registry;
  const before = registry.snapshot();
  const plan = buildPlan(registry, detect(s.machine), '1.2', [...GROUPS]);
  expect(renderPlan(plan).join('\n')).toContain('Plan:');
  expect(() => JSON.stringify(plan)).not.toThrow();
  expect(plan.blockers).toEqual([]);
  const odd = changesOf(plan).filter((c) => c.action === 'replace-type');
  if (odd.length > 0) {
    expect(applyPlan(plan, { backupDir: s.backupDir }, s.ctx).exitCode).toBe(2);
    expect(registry.snapshot()).toEqual(before);
  }
  const applied = applyPlan(plan, { backupDir: s.backupDir, replaceWrongTypes: true }, s.ctx);
  expect(applied.exitCode, english(applied.msg)).toBe(3010);
  expect(changesOf(buildPlan(registry, detect(s.machine), '1.2', [...GROUPS]))).toEqual([]);
  const file = applied.backup?.jsonFile as string;
  if (odd.length > 0) expect(rollback(file, s.ctx).exitCode).toBe(2);
  const back = rollback(file, s.ctx, { restoreWrongTypes: true });
  expect(back.exitCode, english(back.msg)).toBe(3010);
  expect(registry.snapshot()).toEqual(before);
}

describe('any type and length at every catalogue location (in-memory registry)', () => {
  it.each(TYPE_NUMBERS)('type %i, every length 0..16: audit, apply, rollback restore exactly', (type) => {
    const s = operationSetup('win7-sp1');
    const fresh = s.machine.registry.snapshot();
    const count = locations(s).length;
    expect(count).toBeGreaterThanOrEqual(13);
    for (let length = 0; length <= 16; length++) {
      s.machine.registry.load(fresh);
      const [contents] = fc.sample(
        fc.array(fc.uint8Array({ minLength: length, maxLength: length }), {
          minLength: count,
          maxLength: count,
        }),
        { numRuns: 1, seed: type * 31 + length },
      );
      plant(s, type, contents ?? []);
      roundTrip(s);
    }
  });

  it('random mixes of types and lengths, on 64-bit and 32-bit Windows', () => {
    const value = fc.record({
      type: fc.constantFrom(...TYPE_NUMBERS),
      bytes: fc.uint8Array({ maxLength: 16 }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom('win7-sp1', 'win7-sp1-x86', 'win10'),
        fc.array(fc.option(value), { minLength: 13, maxLength: 13 }),
        (profile, values) => {
          const s = operationSetup(profile);
          locations(s).forEach(({ key, name }, i) => {
            const v = values[i];
            if (!v) return;
            s.machine.registry.createKey(key);
            s.machine.registry.setValue(key, name, decodeValue(v.type, Buffer.from(v.bytes)));
          });
          roundTrip(s);
        },
      ),
      { numRuns: 60 },
    );
  });
});
