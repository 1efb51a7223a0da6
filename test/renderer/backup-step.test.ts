import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { createFakeApi, ok } from './fake-api.js';
import { startInfo } from './fixtures.js';
import { asIs } from '../../src-shared/messages/message-error.js';
import { clickNext, currentStep, nextButton, renderApp } from './render-app.js';

async function toBackup(api = createFakeApi()) {
  const r = await renderApp(api);
  await clickNext(3);
  await screen.findByRole('table', { name: /Registry values/ });
  await clickNext();
  return r;
}

describe('step 5: backup', () => {
  it('shows where the backup goes and what is written', async () => {
    await toBackup();
    expect(currentStep()).toContain('Backup');
    expect(screen.getByText('E:\\TLS12\\backups')).toBeTruthy();
    expect(screen.getByText('on the USB stick')).toBeTruthy();
    expect(screen.getByText(/a .json backup .* and a .reg file you can double-click/)).toBeTruthy();
    expect(nextButton().disabled).toBe(false);
  });

  it('cannot continue to a folder that is not writable, until another is chosen', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(
      ok(
        startInfo({
          backupFolder: {
            path: 'E:\\TLS12\\backups',
            writable: false,
            problem: 'The USB stick is write-protected.',
            problemMsg: asIs('The USB stick is write-protected.'),
            onStick: true,
          },
        }),
      ),
    );
    await toBackup(api);
    expect(screen.getByText(/The USB stick is write-protected./)).toBeTruthy();
    expect(nextButton().disabled).toBe(true);
    expect(screen.getByText('The backup folder is not writable: choose another folder.')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Choose another folder…' }));
    expect(api.chooseBackupFolder).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('D:\\Backups')).toBeTruthy();
    expect(screen.queryByText('on the USB stick')).toBeNull();
    expect(nextButton().disabled).toBe(false);
  });

  it('keeps the folder when the chosen one cannot be used', async () => {
    const api = createFakeApi();
    api.chooseBackupFolder.mockResolvedValue(
      ok({
        path: 'C:\\Windows',
        writable: false,
        problem: 'Access is denied.',
        problemMsg: asIs('Access is denied.'),
        onStick: false,
      }),
    );
    await toBackup(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Choose another folder…' }));
    expect(await screen.findByText(/The folder C:\\Windows cannot be used/)).toBeTruthy();
    expect(screen.getByText('E:\\TLS12\\backups')).toBeTruthy();
    expect(nextButton().disabled).toBe(false);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const api = createFakeApi();
    api.chooseBackupFolder.mockResolvedValue(ok(null));
    await toBackup(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Choose another folder…' }));
    expect(screen.getByText('E:\\TLS12\\backups')).toBeTruthy();
    expect(screen.getByRole('alert').textContent?.trim()).toBe('');
  });
});
