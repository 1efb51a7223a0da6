// Issue 9 §9: "exact" IPC schemas accept own properties only. A name that every object inherits
// (toString, constructor, hasOwnProperty, __proto__, valueOf) is an extra field like any other.
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, parseRequest } from '../../../src-main/ipc/contract.js';
import { SchemaError } from '../../../src-main/ipc/schema.js';

const INHERITED = Object.getOwnPropertyNames(Object.prototype);
const VALID: Record<string, unknown> = {
  plan: { protocols: '1.2', groups: ['winhttp'] },
  apply: { protocols: '1.2', groups: ['winhttp'], replaceWrongTypes: false, reviewedPlan: '0'.repeat(64) },
  previewRollback: { id: 'TLS12-backup_SIM-WIN7_20260101-000000.json' },
  rollback: {
    id: 'TLS12-backup_SIM-WIN7_20260101-000000.json',
    restoreWrongTypes: false,
    previewHash: '0'.repeat(64),
    overwriteDrift: false,
  },
  restart: { when: 'later' },
  openReport: { lang: 'en' },
  copySummary: { lang: 'sv' },
  finish: {},
  check: { forTicket: true },
};

describe('exact IPC schemas', () => {
  it('has the inherited names to try', () => expect(INHERITED).toContain('toString'));

  it.each(CHANNEL_NAMES)('%s: a request with an inherited name as an extra field is refused', (channel) => {
    const valid = VALID[channel] ?? {};
    const schema = (request: unknown) => parseRequest(channel, request);
    expect(() => schema(structuredClone(valid))).not.toThrow();
    for (const name of INHERITED) {
      const request = { ...(structuredClone(valid) as object) };
      Object.defineProperty(request, name, {
        value: 'x',
        enumerable: true,
        configurable: true,
        writable: true,
      });
      expect(() => schema(request), `${channel}.${name}`).toThrow(SchemaError);
    }
  });
});

class PlanLike {
  protocols = '1.2';
  groups = null;
}

describe('exact IPC schemas take plain objects with their own fields only', () => {
  const plan = { protocols: '1.2', groups: null };
  it.each([
    ['fields inherited from a prototype', Object.create(plan) as unknown],
    ['a class instance', new PlanLike()],
    ['a list', [plan]],
    ['a text', JSON.stringify(plan)],
  ])('%s: refused', (_what, request) => {
    expect(() => parseRequest('plan', request)).toThrow(SchemaError);
  });

  it('names the field that is wrong, missing or extra', () => {
    expect(() => parseRequest('plan', { ...plan, groups: ['nope'] })).toThrow(
      'request.groups[0] must be one of',
    );
    expect(() => parseRequest('plan', { protocols: '1.2' })).toThrow('request.groups is missing');
    expect(() => parseRequest('plan', { ...plan, path: 'C:\\' })).toThrow(
      'request has unknown field(s): path',
    );
    expect(parseRequest('plan', JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });
});
