import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi, fail, ok } from './fake-api.js';
import { startInfo, win10Detection, win7Detection } from './fixtures.js';
import { clickNext, currentStep, nextButton, renderApp } from './render-app.js';

describe('step 2: KB 3140245', () => {
  it('shows a missing update with its evidence, what to do, and does not block', async () => {
    await renderApp();
    await clickNext();
    expect(screen.getByText('MISSING')).toBeTruthy();
    expect(screen.getByText(/install the update Windows6.1-KB3140245-x64.msu, then restart/)).toBeTruthy();
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]?.textContent).toContain('winhttp.dll');
    expect(rows[1]?.textContent).toContain('6.1.7601.17514');
    expect(rows[1]?.textContent).toContain('6.1.7601.23375');
    expect(rows[1]?.textContent).toContain('too old');
    expect(screen.getByText(/None registered/)).toBeTruthy();
    expect(nextButton().disabled).toBe(false);
    await clickNext();
    expect(currentStep()).toContain('Choice');
  });

  it('installs the update from the stick and shows that a restart is needed', async () => {
    const { api } = await renderApp();
    await clickNext();
    await fireEvent.click(screen.getByRole('button', { name: 'Install KB 3140245 from the stick' }));
    expect(api.installKb).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/KB 3140245 was installed. Restart the computer to finish./)).toBeTruthy();
    expect(screen.getByText('Restart the computer to finish installing the update.')).toBeTruthy();
    expect(screen.getByText(/exit code 3010/)).toBeTruthy();
    // The button is done with: the focus is on what happened, not lost to the page.
    await vi.waitFor(() =>
      expect(document.activeElement?.textContent).toMatch(/KB 3140245 was installed.*exit code 3010/s),
    );
  });

  it('says where to get the update when it is not on the stick', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ kbInstaller: null })));
    await renderApp(api);
    await clickNext();
    expect(screen.queryByRole('button', { name: /Install KB 3140245/ })).toBeNull();
    expect(screen.getByText(/Microsoft Update Catalog/)).toBeTruthy();
  });

  it('shows a failed install in the alert region', async () => {
    const api = createFakeApi();
    api.installKb.mockResolvedValue(
      fail('No Windows6.1-KB3140245-x64.msu was found beside the tool.', 'not-found'),
    );
    await renderApp(api);
    await clickNext();
    await fireEvent.click(screen.getByRole('button', { name: 'Install KB 3140245 from the stick' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'No Windows6.1-KB3140245-x64.msu was found',
    );
  });

  it('shows an installed update and a Windows that does not need it', async () => {
    const api = createFakeApi();
    const d = win7Detection();
    api.start.mockResolvedValueOnce(
      ok(
        startInfo({
          detection: {
            ...d,
            kb3140245: {
              ...d.kb3140245,
              state: 'present',
              files: d.kb3140245.files.map((f) => ({ ...f, version: '6.1.7601.23375', ok: true })),
              servicingPackages: ['Package_for_KB3140245~31bf3856ad364e35~amd64~~6.1.1.1'],
            },
          },
        }),
      ),
    );
    await renderApp(api);
    await clickNext();
    expect(screen.getByText('Installed')).toBeTruthy();
    expect(screen.getAllByText('ok')).toHaveLength(2);
    expect(screen.getByText(/Package_for_KB3140245/)).toBeTruthy();
    expect(screen.queryByText('What to do:')).toBeNull();
  });

  it('says "not needed" on Windows 10', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ detection: win10Detection(), kbInstaller: null })));
    await renderApp(api);
    await clickNext();
    expect(screen.getByText('Not needed')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
