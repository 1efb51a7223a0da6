/**
 * The result document's schema against what the CLI really writes: every profile's audit and
 * apply parse, and a document bent in one field is refused naming that field, by code.
 */
import { describe, expect, it } from 'vitest';
import {
  APPLY_DOCUMENT,
  AUDIT_DOCUMENT,
  parseResultDocument,
} from '../../../src-main/core/fleet/result-document.js';
import { msg } from '../../../src-shared/messages/messages.js';
import { simCli } from '../../support/sim-cli.js';
import { SUPPORTED_PROFILES, tempFolder } from '../../support/sim.js';

describe('the result document schema', () => {
  it.each(SUPPORTED_PROFILES.map((p) => p.id))('%s: audit --json and apply --json parse', (id) => {
    const dir = tempFolder();
    const audit = JSON.parse(simCli(dir, ['audit', '--json'], id).out) as unknown;
    expect(parseResultDocument(AUDIT_DOCUMENT, audit)).toMatchObject({ ok: true });
    const apply = JSON.parse(simCli(dir, ['apply', '--yes', '--json'], id).out) as unknown;
    expect(parseResultDocument(APPLY_DOCUMENT, apply)).toMatchObject({ ok: true });
  });

  it('names the first bad field by code, with its path and bounds', () => {
    const doc = JSON.parse(simCli(tempFolder(), ['audit', '--json'], 'win10').out) as {
      plan: { effective: { before: { mask: number }[] }; items: { group: string }[] };
      detection: { os: { computerName: string } };
    };
    const at = (edit: (d: typeof doc) => void) => {
      const copy = structuredClone(doc);
      edit(copy);
      return parseResultDocument(AUDIT_DOCUMENT, copy);
    };
    expect(at((d) => ((d.plan.effective.before[1] as { mask: number }).mask = -1))).toEqual({
      ok: false,
      problem: msg('fleet.field.notWholeNumber', {
        field: 'plan.effective.before[1].mask',
        min: 0,
        max: 0xffffffff,
      }),
    });
    expect(at((d) => (d.detection.os.computerName = 'PC\u0007'))).toEqual({
      ok: false,
      problem: msg('fleet.field.controlCharacters', { field: 'detection.os.computerName' }),
    });
    const group = at((d) => ((d.plan.items[0] as { group: string }).group = 'ie'));
    expect(group.ok === false && group.problem.code).toBe('fleet.field.notOneOf');
  });
});
