// Issue 9 §5: what was previewed is what is done. The wizard's rollback is bound to the content
// hash of the previewed file: a file swapped after the preview is refused, nothing is written,
// and the new preview is what the wizard shows next.
import { msg } from '../../src-shared/messages/messages.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumOf, type BackupDocument } from '../../src-main/core/backup/backup-document.js';
import { rollback } from '../../src-main/core/operations/rollback.js';
import { operationSetup } from '../support/sim.js';
import { wizardFor } from '../support/wizard.js';

const CHOICE = { protocols: '1.2' as const, groups: ['winhttp' as const, 'schannel' as const] };

/** Rewrites the backup so that it restores DefaultSecureProtocols to 0xA0 (SSL 3.0 + TLS 1.0), resealed. */
function swap(file: string): void {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupDocument;
  const v = doc.state.values[0] as BackupDocument['state']['values'][number];
  Object.assign(v, { keyExisted: true, valueExisted: true, type: 'REG_DWORD', data: 0xa0 });
  fs.writeFileSync(file, JSON.stringify({ ...doc, checksum: checksumOf(doc) }, null, 2));
}

describe('the wizard rollback is bound to the previewed file', () => {
  it('a file swapped after the preview is refused, nothing is written, and the new preview is returned', () => {
    const w = wizardFor('win7-sp1');
    w.service.apply({ ...CHOICE, replaceWrongTypes: false });
    const [backup] = w.service.listBackups();
    const id = backup?.id as string;
    const preview = w.service.previewRollback({ id });
    expect(preview.contentHash).toMatch(/^[0-9a-f]{64}$/);
    swap(path.join(w.backupFolder, id));
    const before = w.machine.registry.snapshot();
    const out = w.service.rollback({
      id,
      restoreWrongTypes: false,
      previewHash: preview.contentHash,
      overwriteDrift: false,
    });
    expect(out.result.exitCode).toBe(2);
    expect(out.result.msg).toEqual(
      msg('result.refused', {
        reasons: [msg('result.backupChanged', { file: path.join(w.backupFolder, id) })],
      }),
    );
    expect(w.machine.registry.snapshot()).toEqual(before);
    expect(out.after?.contentHash).not.toBe(preview.contentHash);
    expect(out.after?.items[0]?.restoreTo).toEqual({ type: 'REG_DWORD', data: 0xa0 });
    // Confirmed against the new preview, it runs.
    const again = w.service.rollback({
      id,
      restoreWrongTypes: false,
      previewHash: out.after?.contentHash ?? '',
      overwriteDrift: false,
    });
    expect([0, 3010]).toContain(again.result.exitCode);
  });

  it('an unchanged file rolls back; any other hash is refused', () => {
    const s = operationSetup('win10');
    const w = wizardFor('win10');
    w.service.apply({ ...CHOICE, replaceWrongTypes: false });
    const id = w.service.listBackups()[0]?.id as string;
    const hash = w.service.previewRollback({ id }).contentHash;
    const before = w.machine.registry.snapshot();
    for (const other of ['0'.repeat(64), hash.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'))]) {
      expect(
        w.service.rollback({ id, restoreWrongTypes: false, previewHash: other, overwriteDrift: false }).result
          .exitCode,
      ).toBe(2);
      expect(w.machine.registry.snapshot()).toEqual(before);
    }
    expect(
      w.service.rollback({ id, restoreWrongTypes: false, previewHash: hash, overwriteDrift: false }).result
        .outcome,
    ).toBe('done');
    // The core's own check, without the wizard.
    const r = rollback(path.join(w.backupFolder, id), s.ctx, { expectedHash: 'f'.repeat(64) });
    expect(r.exitCode).toBe(2);
  });
});

describe('the wizard apply is bound to the reviewed plan', () => {
  it('a computer changed after the review: refused, nothing written, the new plan returned; then applied when reviewed', () => {
    const w = wizardFor('win7-sp1');
    const reviewed = w.service.plan(CHOICE);
    expect(reviewed.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // Someone sets a value after the review.
    w.machine.registry.setValue(
      {
        hive: 'HKLM',
        view: '64',
        path: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp',
      },
      'DefaultSecureProtocols',
      { type: 'REG_DWORD', data: 0xa0 },
    );
    const before = w.machine.registry.snapshot();
    const out = w.service.apply({
      ...CHOICE,
      replaceWrongTypes: false,
      reviewedPlan: reviewed.fingerprint ?? '',
    });
    expect(out.result.exitCode).toBe(2);
    expect(out.result.msg).toEqual(msg('result.refused', { reasons: [msg('wizard.planChanged', {})] }));
    expect(w.machine.registry.snapshot()).toEqual(before);
    expect(out.after?.fingerprint).not.toBe(reviewed.fingerprint);
    expect(out.after?.items[0]?.current).toEqual({ type: 'REG_DWORD', data: 0xa0 });
    const again = w.service.apply({
      ...CHOICE,
      replaceWrongTypes: false,
      reviewedPlan: out.after?.fingerprint ?? '',
    });
    expect(again.result.exitCode).toBe(3010);
  });

  it('the same computer gives the same fingerprint: an unchanged plan applies', () => {
    const w = wizardFor('win10');
    const a = w.service.plan(CHOICE).fingerprint;
    expect(w.service.plan(CHOICE).fingerprint).toBe(a);
    expect(
      w.service.apply({ ...CHOICE, replaceWrongTypes: false, reviewedPlan: a ?? '' }).result.outcome,
    ).toBe('done');
  });
});
