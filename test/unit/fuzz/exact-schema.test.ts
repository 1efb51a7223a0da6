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
