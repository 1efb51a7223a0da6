// An unreadable backup pair is never left behind. Whatever stops the backup while its
// JSON or its .reg twin is written or read back, neither file stays, the registry is unchanged,
// and only an error of the drive itself asks whether the USB stick is still plugged in.
import { english, msg, type Msg } from '../../../src-shared/messages/messages.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../../src-main/core/catalogue/catalogue.js';
import { detect } from '../../../src-main/core/detect/detect.js';
import { applyPlan, type ApplyOptions } from '../../../src-main/core/operations/apply.js';
import { writeFileDurably } from '../../../src-main/core/files/durable-write.js';
import { buildPlan } from '../../../src-main/core/plan/build-plan.js';
import { operationSetup } from '../../support/sim.js';

const USB = /Is the USB stick still plugged in\?|is the USB stick still plugged in\?/;

function applyWith(options: Partial<ApplyOptions>) {
  const s = operationSetup('win7-sp1');
  const before = s.machine.registry.snapshot();
  const plan = buildPlan(s.machine.registry, detect(s.machine), '1.2', [...GROUPS]);
  const result = applyPlan(plan, { backupDir: s.backupDir, ...options }, s.ctx);
  expect(result.exitCode, english(result.msg)).toBe(2);
  expect(result.msg.code).toBe('result.refused');
  expect(s.machine.registry.snapshot()).toEqual(before);
  expect(s.journal.read()).toBeNull();
  const left = fs.existsSync(s.backupDir) ? fs.readdirSync(s.backupDir) : [];
  return { msg: result.msg, left, backupDir: s.backupDir };
}

/** The refusal for the one reason `reason` ("... Nothing was changed."). */
const refusedFor = (reason: Msg) => msg('result.refused', { reasons: [reason] });

/** A writer that writes for real, and fails with `code` at its n-th call (1: the JSON, 2: the .reg). */
const failingAt = (n: number, code: string) => {
  let calls = 0;
  return (file: string, data: string | Buffer) => {
    calls += 1;
    if (calls === n) throw Object.assign(new Error(`${code}: simulated`), { code });
    writeFileDurably(file, data);
  };
};

describe('a backup that fails half-way leaves no half pair', () => {
  const CASES: [string, boolean, (folder: string) => Msg][] = [
    ['ENOSPC', false, (folder) => msg('backup.folderFull', { folder })],
    ['EACCES', false, (folder) => msg('backup.folderNotWritable', { folder })],
    ['EROFS', false, (folder) => msg('backup.folderNotWritable', { folder })],
    ['EIO', true, (folder) => msg('backup.driveError', { folder, errno: 'EIO' })],
    ['ENODEV', true, (folder) => msg('backup.driveError', { folder, errno: 'ENODEV' })],
    ['ENXIO', true, (folder) => msg('backup.driveError', { folder, errno: 'ENXIO' })],
  ];
  for (const [code, usb, reason] of CASES) {
    for (const [n, which] of [
      [1, 'the JSON'],
      [2, 'the .reg twin'],
    ] as const) {
      it(`${code} while writing ${which}: neither file is left, ${usb ? 'the USB question' : 'a precise message'}`, () => {
        const r = applyWith({ writeFile: failingAt(n, code) });
        expect(r.left).toEqual([]);
        expect(r.msg).toEqual(refusedFor(reason(r.backupDir)));
        // The one English check here: only an error of the drive asks about the USB stick.
        expect(USB.test(english(r.msg))).toBe(usb);
      });
    }
  }

  // A folder that is read-only by its permission bits: read-only-folder.test.ts, as an ordinary user.

  it('the folder removed after the JSON: nothing left, the folder-removed message', () => {
    const r = applyWith({
      onBackupFile: (file) => {
        if (file.endsWith('.json')) fs.rmSync(path.dirname(file), { recursive: true, force: true });
      },
    });
    expect(r.left).toEqual([]);
    expect(r.msg).toEqual(refusedFor(msg('backup.folderMissing', { folder: r.backupDir })));
  });

  it('the JSON removed after the .reg was written: the .reg twin is removed too', () => {
    let json = '';
    const r = applyWith({
      onBackupFile: (file) => {
        if (file.endsWith('.reg')) fs.rmSync((json = file.replace(/\.reg$/, '.json')));
      },
    });
    expect(r.left).toEqual([]);
    expect(r.msg).toEqual(
      refusedFor(msg('backup.unreadableAfterWrite', { detail: msg('backup.notFound', { file: json }) })),
    );
  });

  it('a JSON that reads back damaged (not the drive): both removed, a precise message without the USB question', () => {
    let json = '';
    const r = applyWith({
      onBackupFile: (file) => {
        if (file.endsWith('.reg')) {
          json = file.replace(/\.reg$/, '.json');
          fs.writeFileSync(json, fs.readFileSync(json, 'utf8').replace('0.0.0-test', '0.0.0-tesx'));
        }
      },
    });
    expect(r.left).toEqual([]);
    expect(r.msg).toEqual(
      refusedFor(
        msg('backup.readBackDamaged', { file: json, detail: msg('backup.checksum', { file: json }) }),
      ),
    );
  });
});
