import { msg, type Msg } from '../../src-shared/messages/messages.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderGuardError, type FolderGuard } from '../../src-main/core/state/folder-guard.js';
import { WizardError } from '../../src-main/wizard/wizard-error.js';
import {
  describeWusaExit,
  elevatedRelaunchCommand,
  restartCommand,
  wusaCommand,
} from '../../src-main/wizard/system-commands.js';
import { MessageError } from '../../src-shared/messages/message-error.js';
import { wizardFor } from '../support/wizard.js';

/** The message of what `fn` throws (it must throw a MessageError). */
function thrownMsg(fn: () => unknown): Msg {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MessageError);
    return (error as MessageError).msg;
  }
  throw new Error('nothing was thrown');
}

/** The message of what the promise rejects with (a MessageError). */
async function rejectedMsg(promise: Promise<unknown>): Promise<Msg> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MessageError);
  return (error as MessageError).msg;
}

const CLIENT = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';
const CHOICE = {
  protocols: '1.2' as const,
  groups: ['winhttp' as const, 'dotnet' as const, 'schannel' as const],
};

describe('the wizard service', () => {
  it('starts with detection, the backup folder on the stick, the locale and the simulation label', () => {
    const w = wizardFor('win7-sp1');
    const start = w.service.start();
    expect(start.detection.os.family).toBe('win7');
    expect(start.backupFolder).toMatchObject({
      path: w.backupFolder,
      writable: true,
      onStick: true,
      problem: null,
    });
    expect(start.locale).toBe('sv-SE');
    expect(start.simulation?.label).toMatch(/Windows 7 SP1/);
    expect(start.interrupted).toBeNull();
    expect(start.kbInstaller).toBeNull();
  });

  it('advises per group from the catalogue and this registry: what is needed, optional, and what needs SChannel', () => {
    const advice = (id: string) =>
      Object.fromEntries(
        wizardFor(id)
          .service.start()
          .groupAdvice.map((a) => [a.group, [a.need, a.requires]]),
      );
    expect(advice('win7-sp1')).toEqual({
      winhttp: ['required', ['schannel']],
      dotnet: ['required', ['schannel']],
      schannel: ['required', []],
      wininet: ['optional', []],
    });
    expect(advice('win11')).toEqual({
      winhttp: ['optional', []],
      dotnet: ['required', []],
      schannel: ['optional', []],
      wininet: ['optional', []],
    });
    // Someone switched the TLS 1.2 client off on Windows 10: SChannel becomes needed, and .NET needs it.
    const w = wizardFor('win10');
    w.machine.registry.createKey({ hive: 'HKLM', view: 'shared', path: CLIENT });
    w.machine.registry.setValue({ hive: 'HKLM', view: 'shared', path: CLIENT }, 'Enabled', {
      type: 'REG_DWORD',
      data: 0,
    });
    const switchedOff = Object.fromEntries(
      w.service.start().groupAdvice.map((a) => [a.group, [a.need, a.requires]]),
    );
    expect(switchedOff.schannel).toEqual(['required', []]);
    expect(switchedOff.dotnet).toEqual(['required', ['schannel']]);
  });

  it('applies with progress per write, a report beside the backup, a verified re-read and a ticket summary', () => {
    const w = wizardFor('win7-sp1');
    const out = w.service.apply({ ...CHOICE, replaceWrongTypes: false });
    expect(out.result).toMatchObject({ outcome: 'done', exitCode: 3010, restartNeeded: true });
    expect(out.after?.items.every((i) => i.action === 'none')).toBe(true);
    expect(w.progress.filter((p) => p.kind === 'set-value')).toHaveLength(8);
    expect(w.progress.find((p) => p.kind === 'set-value')).toMatchObject({
      operation: 'apply',
      done: 1,
      total: 8,
    });
    expect(w.progress.at(-1)).toMatchObject({ done: 8, total: 8 });
    expect(out.reportAvailable).toBe(true);
    const report = fs.readdirSync(w.backupFolder).find((f) => f.endsWith('.report.html')) as string;
    const html = fs.readFileSync(path.join(w.backupFolder, report), 'utf8');
    expect(html).toContain('SIM-WIN7');
    // The result's sentence, by code, in the report's language (sv-SE here).
    expect(html).toContain('8 värden har ställts in och kontrollerats.');
    expect(html).not.toMatch(/<script/i);
    // The computer's language (sv-SE here) until the wizard says which one it shows.
    expect(out.summary).toMatch(/^Inte redo för Microsoft 365: /);
    expect(out.summary).toMatch(/\nTLS 1\.2-guiden 1\.0\.0-test: ändring på SIM-WIN7\n/);
    expect(w.service.copySummary({ lang: 'sv' })).toEqual({ copied: true, text: out.summary });
    expect(w.platform.clipboard).toBe(out.summary);
    const english = w.service.copySummary({ lang: 'en' }).text;
    expect(english).toMatch(/^Not ready for Microsoft 365: /);
    expect(english).toMatch(/\nTLS 1\.2 Wizard 1\.0\.0-test: change on SIM-WIN7\n/);
    expect(english).toMatch(/\nValues changed \(8\):\n/);
    expect(w.platform.clipboard).toBe(english);
  });

  it('lists the backups on the stick, previews and rolls back by id, and verifies', async () => {
    const w = wizardFor('win7-sp1');
    const before = w.machine.registry.snapshot();
    w.service.apply({ ...CHOICE, replaceWrongTypes: false });
    const [backup] = w.service.listBackups();
    expect(backup).toMatchObject({ valid: true, osName: 'Windows 7 SP1 (64-bit)' });
    const preview = w.service.previewRollback({ id: backup?.id as string });
    expect(preview.items.filter((i) => i.changes)).toHaveLength(8);
    expect(preview.keysToRemove.map((k) => k.path)).toContain(
      'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
    );
    const out = w.service.rollback({
      id: backup?.id as string,
      restoreWrongTypes: false,
      previewHash: preview.contentHash,
      overwriteDrift: false,
    });
    expect(out.result.exitCode).toBe(3010);
    expect(out.after?.items.every((i) => !i.changes)).toBe(true);
    expect(w.machine.registry.snapshot()).toEqual(before);
    await expect(w.service.openReport()).resolves.toMatchObject({
      opened: true,
      file: expect.stringMatching(/TLS12-rollback_SIM-WIN7_.*\.report\.html$/),
    });
  });

  it('rolls back from a backup file picked elsewhere', () => {
    const first = wizardFor('win10');
    first.service.apply({ ...CHOICE, replaceWrongTypes: false });
    const file = path.join(first.backupFolder, first.service.listBackups()[0]?.id as string);
    // The same computer, another stick: the technician picks the file.
    const w = wizardFor('win10', { pickFile: file });
    w.machine.registry.load(first.machine.registry.snapshot());
    return w.service.chooseBackupFile().then((picked) => {
      expect(picked).toMatchObject({ valid: true });
      const previewHash = w.service.previewRollback({ id: picked?.id as string }).contentHash;
      expect(
        w.service.rollback({
          id: picked?.id as string,
          restoreWrongTypes: false,
          previewHash,
          overwriteDrift: false,
        }).result.outcome,
      ).toBe('done');
    });
  });

  it('refuses a backup id that is a path, and a missing one, changing nothing', () => {
    const w = wizardFor('win10');
    expect(() => w.service.previewRollback({ id: '..\\..\\x.json' })).toThrow(WizardError);
    expect(thrownMsg(() => w.service.previewRollback({ id: '..\\..\\x.json' }))).toEqual(
      msg('wizard.notBackupName', {}),
    );
    const id = 'TLS12-backup_SIM-WIN10_20260101-000000.json';
    expect(thrownMsg(() => w.service.previewRollback({ id }))).toEqual(
      msg('backup.notFound', { file: path.join(w.backupFolder, id) }),
    );
  });

  it('offers the .msu on the stick when KB 3140245 is missing, and installs it (simulated wusa.exe)', async () => {
    const w = wizardFor('win7-sp1', { msu: true });
    expect(w.service.start().kbInstaller).toEqual({ file: 'Windows6.1-KB3140245-x64.msu' });
    const out = await w.service.installKb();
    expect(out).toMatchObject({ exitCode: 3010, ok: true, restartNeeded: true });
    expect(out.detection.kb3140245.state).toBe('probably-present');
    expect(w.log.join('\n')).toMatch(/wusa\.exe .*Windows6\.1-KB3140245-x64\.msu \/quiet \/norestart/);
    expect(w.service.start().kbInstaller).toBeNull();
  });

  it('does not offer an update when none is on the stick', async () => {
    const w = wizardFor('win7-sp1');
    expect(await rejectedMsg(w.service.installKb())).toEqual(
      msg('kb.noInstaller', { msu: 'Windows6.1-KB3140245-x64.msu' }),
    );
  });

  it('when not elevated: apply is refused, relaunch elevates, restart is refused', async () => {
    const w = wizardFor('win10', { elevated: false });
    expect(w.service.start().detection.elevated).toBe(false);
    const out = w.service.apply({ ...CHOICE, replaceWrongTypes: false });
    expect(out.result).toMatchObject({ outcome: 'refused', exitCode: 2 });
    expect(out.result.msg).toEqual(msg('result.refused', { reasons: [msg('result.notAdmin', {})] }));
    expect(await rejectedMsg(w.service.restart({ when: 'now' }))).toEqual(msg('wizard.needsAdmin', {}));
    await expect(w.service.relaunchElevated()).resolves.toMatchObject({ started: true });
    expect(w.service.start().detection.elevated).toBe(true);
  });

  it('when not elevated and nothing is left to change: says so, with a report and a summary', () => {
    const w = wizardFor('win10');
    expect(w.service.apply({ ...CHOICE, replaceWrongTypes: false }).result.outcome).toBe('done');
    w.machine.setElevated(false);
    const out = w.service.apply({ ...CHOICE, replaceWrongTypes: false });
    expect(out.result).toMatchObject({ outcome: 'nothing-to-do', exitCode: 0, backup: null });
    expect(out.reportAvailable).toBe(true);
    expect(w.service.copySummary({ lang: 'en' }).copied).toBe(true);
  });

  it('when not elevated, does not take the lock (its folder cannot be secured without rights)', () => {
    const denied: FolderGuard = {
      secure: () => {
        throw new FolderGuardError('takeown: access denied');
      },
      otherWriters: () => [],
    };
    const w = wizardFor('win10', { elevated: false, folderGuard: denied });
    // Something to change: refused for the rights, not for the folder.
    const refused = w.service.apply({ ...CHOICE, replaceWrongTypes: false });
    expect(refused.result).toMatchObject({ outcome: 'refused', exitCode: 2 });
    expect(refused.result.msg).toEqual(msg('result.refused', { reasons: [msg('result.notAdmin', {})] }));
    // Elevated, the same guard stops the change before anything is written.
    w.machine.setElevated(true);
    const before = w.machine.registry.snapshot();
    expect(thrownMsg(() => w.service.apply({ ...CHOICE, replaceWrongTypes: false }))).toEqual(
      msg('lock.folderNotSecured', { folder: w.journal.folder, detail: 'takeown: access denied' }),
    );
    expect(w.machine.registry.snapshot()).toEqual(before);
  });

  it('restarts now through shutdown.exe, or later with a reminder', async () => {
    const w = wizardFor('win10');
    await expect(w.service.restart({ when: 'later' })).resolves.toMatchObject({ scheduled: false });
    await expect(w.service.restart({ when: 'now' })).resolves.toMatchObject({ scheduled: true });
    expect(w.log.join('\n')).toMatch(/shutdown\.exe \/r \/t 5/);
  });

  it('shows an interrupted change first and repairs it in one call', () => {
    const w = wizardFor('win7-sp1');
    const original = w.machine.registry.snapshot();
    w.service.apply({ ...CHOICE, replaceWrongTypes: false });
    const backup = JSON.parse(
      fs.readFileSync(path.join(w.backupFolder, w.service.listBackups()[0]?.id as string), 'utf8'),
    ) as { state: unknown };
    w.journal.write({
      journalVersion: 1,
      operation: 'apply',
      startedAt: '2026-01-01T00:00:00Z',
      pid: 1,
      computerName: 'SIM-WIN7',
      backupFile: null,
      before: backup.state as never,
    });
    expect(w.service.start().interrupted).toEqual({ operation: 'apply', startedAt: '2026-01-01T00:00:00Z' });
    expect(thrownMsg(() => w.service.apply({ ...CHOICE, replaceWrongTypes: false }))).toEqual(
      msg('wizard.repairFirst', {}),
    );
    const repair = w.service.repairInterrupted();
    expect(repair.ok).toBe(true);
    expect(w.machine.registry.snapshot()).toEqual(original);
    expect(w.service.start().interrupted).toBeNull();
  });

  it('reports an unwritable backup folder and keeps the old one when another pick is unwritable', async () => {
    const w = wizardFor('win10', { pickFolder: '/nonexistent-tls12/folder' });
    const status = await w.service.chooseBackupFolder();
    expect(status).toMatchObject({ writable: false, problemMsg: msg('folder.missing', {}) });
    expect(w.service.start().backupFolder.path).toBe(w.backupFolder);
  });
});

describe('system commands', () => {
  it('builds wusa.exe, shutdown.exe and the elevated relaunch', () => {
    expect(wusaCommand('C:\\Windows', 'E:\\Windows6.1-KB3140245-x64.msu')).toEqual({
      file: 'C:\\Windows\\System32\\wusa.exe',
      args: ['E:\\Windows6.1-KB3140245-x64.msu', '/quiet', '/norestart'],
    });
    expect(restartCommand('C:\\Windows').args.slice(0, 3)).toEqual(['/r', '/t', '5']);
    const relaunch = elevatedRelaunchCommand("E:\\Tech's tools\\TLS 1.2 Wizard.exe");
    expect(relaunch.file).toBe('powershell.exe');
    expect(relaunch.args.at(-1)).toBe(
      "Start-Process -FilePath 'E:\\Tech''s tools\\TLS 1.2 Wizard.exe' -Verb RunAs",
    );
  });

  it('reads wusa.exe exit codes', () => {
    expect(describeWusaExit(3010)).toMatchObject({ ok: true, restartNeeded: true });
    expect(describeWusaExit(2359302).ok).toBe(true);
    expect(describeWusaExit(2359302).msg).toEqual(msg('kb.wusaAlready', {}));
    expect(describeWusaExit(2149842967).ok).toBe(false);
    expect(describeWusaExit(2149842967).msg).toEqual(msg('kb.wusaNotApplicable', {}));
    expect(describeWusaExit(5).msg).toEqual(msg('kb.wusaFailed', { code: 5 }));
  });
});
