// The renderer tests answer the wizard with a hand-written Windows 7 plan (test/renderer/
// fixtures.ts, WIN7_ITEMS). Written out, it cannot drift by sharing the core's logic, but it can
// drift from what main really sends: this holds it to the core's plan on the same Windows.
import { describe, expect, it } from 'vitest';
import type { Group } from '../../src-main/core/catalogue/catalogue.js';
import type { ProtocolChoice } from '../../src-main/core/catalogue/protocols.js';
import { detect } from '../../src-main/core/detect/detect.js';
import { buildPlan } from '../../src-main/core/plan/build-plan.js';
import type { PlanItem } from '../../src-main/core/plan/plan-types.js';
import { makePlan, WIN7_AFTER, WIN7_BEFORE, win7Detection } from '../renderer/fixtures.js';
import { machineFor } from '../support/sim.js';

const shape = (items: PlanItem[]) =>
  items.map((i) => ({
    entryId: i.entryId,
    group: i.group,
    hive: i.hive,
    view: i.view,
    key: i.key,
    name: i.name,
    protocolMask: i.protocolMask,
    desired: i.desired,
    action: i.action,
    reason: i.reason,
    restart: i.restart,
  }));

describe("the renderer tests' Windows 7 plan is the core's", () => {
  // TLS 1.1 choices add the SChannel TLS 1.1 client pair in the core; the fixture leaves them out.
  const choices: ProtocolChoice[] = ['1.2', '1.0,1.2'];
  const selections: (Group[] | null)[] = [null, ['winhttp', 'dotnet', 'schannel', 'wininet'], ['schannel']];
  it.each(choices.flatMap((c) => selections.map((g) => [c, JSON.stringify(g), g] as const)))(
    'protocols %s, groups %s',
    (choice, _, groups) => {
      // Windows 7 SP1 64-bit with .NET 2.0 and 4.x, fresh, like the fixture's detection.
      const machine = machineFor('win7-sp1-kb');
      const core = buildPlan(machine.registry, detect(machine), choice, groups);
      const fixture = makePlan({ protocols: choice, groups });
      expect(shape(fixture.items)).toEqual(shape(core.items));
      expect(fixture.groups).toEqual(core.groups);
    },
  );
});

describe("the renderer tests' Windows 7 effective protocols are the core's", () => {
  it('before and after the default plan, for the detection the fixture describes', () => {
    const machine = machineFor('win7-sp1-kb');
    const core = buildPlan(machine.registry, win7Detection(), '1.2', null);
    expect(WIN7_BEFORE).toEqual(core.effective.before);
    expect(WIN7_AFTER).toEqual(core.effective.after);
  });
});
