import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi, fail, ok, type FakeApi } from './fake-api.js';
import { BACKUP_ID, rollbackOutcome, rollbackPreview, startInfo, win7Detection } from './fixtures.js';
import { msg, said } from '../../src-shared/messages/messages.js';
import { currentStep, renderApp } from './render-app.js';

async function openRollback(api: FakeApi = createFakeApi()) {
  const r = await renderApp(api);
  await fireEvent.click(screen.getByRole('button', { name: 'Roll back from a backup…' }));
  await screen.findByRole('heading', { level: 2, name: 'Roll back from a backup' });
  await screen.findByRole('group', { name: /Backups of this computer/ });
  return r;
}

describe('roll back from a backup', () => {
  it('lists the backups newest first, invalid ones greyed with their problem', async () => {
    const { api } = await openRollback();
    expect(api.listBackups).toHaveBeenCalledTimes(1);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual([BACKUP_ID, 'TLS12-backup_SIM-WIN7_20261101-090000.json']);
    expect(radios[0]?.checked).toBe(true);
    expect(radios[1]?.disabled).toBe(true);
    expect(radios[1]?.closest('.option')?.classList.contains('invalid')).toBe(true);
    expect(screen.getByText(/its checksum does not match/)).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Roll back from a backup');
  });

  it('previews, confirms, rolls back and shows the verified result', async () => {
    const { api } = await openRollback();
    await fireEvent.click(screen.getByRole('button', { name: 'Show what changes' }));
    expect(api.previewRollback).toHaveBeenCalledWith({ id: BACKUP_ID });
    await screen.findByRole('heading', { name: 'Check the rollback' });
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[0]?.textContent).toContain('Restore to');
    expect(rows[1]?.textContent).toContain('0x00000800 (2048) = TLS 1.2');
    expect(rows[1]?.textContent).toContain('(not set: value removed)');
    expect(rows[3]?.textContent).toContain('no change');
    expect(rows[3]?.classList.contains('unchanged')).toBe(true);
    expect(screen.getByText('2 values will be restored')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Keys to remove (created by the tool)' })).toBeTruthy();
    expect(api.rollback).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole('button', { name: 'Roll back now' }));
    expect(api.rollback).toHaveBeenCalledWith({
      id: BACKUP_ID,
      restoreWrongTypes: false,
      previewHash: 'c'.repeat(64),
      overwriteDrift: false,
    });
    await screen.findByRole('heading', { name: 'Rollback result' });
    expect(screen.getByRole('heading', { name: 'Rolled back' })).toBeTruthy();
    expect(screen.getByText('All 3 values match the backup (verified).')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Restart…' }));
    expect(api.restart).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'Restart now' }));
    expect(api.restart).toHaveBeenCalledWith({ when: 'now' });
    expect(await screen.findByText('The computer restarts in 5 seconds.')).toBeTruthy();
  });

  it('Finish on the rollback result asks main to close the window, and ends on a focused heading', async () => {
    const { api } = await openRollback();
    await fireEvent.click(screen.getByRole('button', { name: 'Show what changes' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Roll back now' }));
    await screen.findByRole('heading', { name: 'Rollback result' });
    await fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(api.finish).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Finished'));
    expect(screen.getByText(/You can close this window/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Rollback result' })).toBeNull();
    // Back in the wizard (only where the window stays, the browser harness), a new result is not "finished".
    await fireEvent.click(screen.getByRole('button', { name: /Back to the wizard/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Roll back from a backup…' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Show what changes' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Roll back now' }));
    expect(await screen.findByRole('heading', { name: 'Rollback result' })).toBeTruthy();
  });

  it('a backup swapped after the preview: nothing done, its new preview shown with the refusal, then run with the new hash', async () => {
    const api = createFakeApi();
    const swapped = { ...rollbackPreview(), contentHash: 'd'.repeat(64) };
    const refusal = said(msg('result.refused', { reasons: [msg('result.backupChanged', { file: 'X' })] }));
    const base = rollbackOutcome();
    api.rollback.mockImplementationOnce(async () =>
      ok({
        ...base,
        result: { ...base.result, outcome: 'refused', exitCode: 2, restartNeeded: false, ...refusal },
        after: swapped,
      }),
    );
    await openRollback(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Show what changes' }));
    await screen.findByRole('heading', { name: 'Check the rollback' });
    await fireEvent.click(screen.getByRole('button', { name: 'Roll back now' }));
    expect(await screen.findByText(/changed after it was previewed/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Check the rollback' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Roll back now' }));
    expect(api.rollback).toHaveBeenLastCalledWith({
      id: BACKUP_ID,
      restoreWrongTypes: false,
      previewHash: 'd'.repeat(64),
      overwriteDrift: false,
    });
    await screen.findByRole('heading', { name: 'Rollback result' });
  });

  it('writes back values of an unexpected type only after the technician confirms', async () => {
    const api = createFakeApi();
    const base = (await api.previewRollback({ id: BACKUP_ID })) as {
      ok: true;
      value: import('../../src-main/ipc/contract.js').RollbackPreview;
    };
    const [first, ...rest] = base.value.items;
    api.previewRollback.mockResolvedValue(
      ok({
        ...base.value,
        items: [
          {
            ...(first as NonNullable<typeof first>),
            restoreTo: { type: 'REG_SZ', data: '1' },
            wrongType: true,
          },
          ...rest,
        ],
      }),
    );
    await openRollback(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Show what changes' }));
    await screen.findByRole('heading', { name: 'Check the rollback' });
    expect(screen.getByText(/1 value in this backup has another type than Windows expects/)).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Roll back now' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await fireEvent.click(
      screen.getByRole('checkbox', { name: 'Write back the values of the unexpected type' }),
    );
    expect(confirm.disabled).toBe(false);
    await fireEvent.click(confirm);
    expect(api.rollback).toHaveBeenCalledWith({
      id: BACKUP_ID,
      restoreWrongTypes: true,
      previewHash: 'c'.repeat(64),
      overwriteDrift: false,
    });
  });

  it('adds a backup file chosen elsewhere, and says when one cannot be used', async () => {
    const api = createFakeApi();
    api.chooseBackupFile
      .mockResolvedValueOnce(
        ok({
          id: 'TLS12-backup_OTHER_20250101-000000.json',
          createdAt: '',
          osName: '',
          osNameMsg: msg('text.asIs', { detail: '' }),
          valid: false,
          problem: 'This backup is of another computer (OTHER).',
          problemMsg: msg('backup.otherMachine', { file: 'x.json', owner: 'OTHER', computer: 'SIM-WIN7' }),
        }),
      )
      .mockResolvedValueOnce(
        ok({
          id: 'TLS12-backup_SIM-WIN7_20261201-120000.json',
          createdAt: '2026-12-01T12:00:00.000Z',
          osName: 'Windows 7 SP1 (64-bit)',
          osNameMsg: msg('os.name', { os: { name: 'Windows 7', sp: 1, arch: 'x64' } }),
          valid: true,
          problem: null,
          problemMsg: null,
        }),
      );
    await openRollback(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup file…' }));
    expect(
      await screen.findByText(/x.json is a backup of computer OTHER, and this is SIM-WIN7/),
    ).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup file…' }));
    await vi.waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(3));
    const first = screen.getAllByRole('radio')[0] as HTMLInputElement;
    expect(first.value).toBe('TLS12-backup_SIM-WIN7_20261201-120000.json');
    expect(first.checked).toBe(true);
  });

  it('Roll back now is disabled when the registry already matches the backup, and says why', async () => {
    const api = createFakeApi();
    const base = rollbackPreview();
    api.previewRollback.mockResolvedValue(
      ok({ ...base, items: base.items.map((i) => ({ ...i, changes: false })), keysToRemove: [] }),
    );
    await openRollback(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Show what changes' }));
    await screen.findByRole('heading', { name: 'Check the rollback' });
    const run = screen.getByRole('button', { name: 'Roll back now' }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    expect(run.getAttribute('aria-describedby')).toBe('rollback-change-count');
    expect(document.getElementById('rollback-change-count')?.textContent).toContain(
      'The registry already matches the backup.',
    );
    expect(api.rollback).not.toHaveBeenCalled();
  });

  it('shows a preview error and stays on the list', async () => {
    const api = createFakeApi();
    api.previewRollback.mockResolvedValue(fail('The backup is not valid JSON.', 'refused'));
    await openRollback(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Show what changes' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The backup is not valid JSON.');
    expect(screen.getByRole('group', { name: /Backups of this computer/ })).toBeTruthy();
  });

  it('cannot roll back without administrator rights', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ detection: win7Detection({ elevated: false }) })));
    await openRollback(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Show what changes' }));
    await screen.findByRole('heading', { name: 'Check the rollback' });
    expect((screen.getByRole('button', { name: 'Roll back now' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Needs administrator rights/)).toBeTruthy();
  });

  it('goes back to the first step of the wizard', async () => {
    await openRollback();
    await fireEvent.click(screen.getByRole('button', { name: /Back to the wizard/ }));
    expect(currentStep()).toContain('This computer');
  });
});
