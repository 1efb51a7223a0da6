import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { createFakeApi, ok, type FakeApi } from './fake-api.js';
import { applyOutcome, makePlan } from './fixtures.js';
import { clickNext, currentStep, renderApp } from './render-app.js';

async function toResult(api: FakeApi = createFakeApi()) {
  const r = await renderApp(api);
  await clickNext(3);
  await screen.findByRole('table', { name: /Registry values/ });
  await clickNext(2);
  await fireEvent.click(screen.getByRole('button', { name: 'Back up and apply' }));
  await screen.findByRole('heading', { name: 'Done' });
  await clickNext();
  return r;
}

describe('step 7: result', () => {
  it('lists the verified values and the backup files', async () => {
    await toResult();
    expect(currentStep()).toContain('Result');
    expect(screen.getByText('All 12 values were read back and are as chosen (verified).')).toBeTruthy();
    const list = document.querySelector('.verified-list') as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    expect(items[0]?.textContent).toContain('verified:');
    expect(items[0]?.textContent).toContain('DefaultSecureProtocols = 0x00000800 (2048) = TLS 1.2');
    expect(screen.getByText('TLS12-backup_SIM-WIN7_20261129-175220.json')).toBeTruthy();
    expect(screen.getByText('TLS12-backup_SIM-WIN7_20261129-175220.reg')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
  });

  it('flags values that did not read back', async () => {
    const api = createFakeApi();
    api.apply.mockImplementation(async (r) => {
      const out = applyOutcome(makePlan(r));
      const after = out.after
        ? {
            ...out.after,
            items: out.after.items.map((i, n) => (n === 0 ? { ...i, action: 'change' as const } : i)),
          }
        : null;
      return ok({ ...out, after });
    });
    await toResult(api);
    expect(screen.getByText('1 value does not read back as expected.')).toBeTruthy();
  });

  it('restarts now or later', async () => {
    const { api } = await toResult();
    expect(screen.getByText('A restart is needed for the new settings to take effect.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Restart later' }));
    expect(api.restart).toHaveBeenCalledWith({ when: 'later' });
    expect(await screen.findByText(/Remember to restart this computer/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Restart now' }));
    expect(api.restart).toHaveBeenLastCalledWith({ when: 'now' });
    expect(await screen.findByText('The computer restarts in 5 seconds.')).toBeTruthy();
  });

  it('opens the report and copies the summary, with a confirmation', async () => {
    const { api } = await toResult();
    await fireEvent.click(screen.getByRole('button', { name: 'Open report' }));
    expect(api.openReport).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Report opened: .*report\.html/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Copy summary for the ticket' }));
    expect(api.copySummary).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('The summary was copied to the clipboard.')).toBeTruthy();
  });

  it('shows the summary to select by hand when the clipboard failed', async () => {
    const api = createFakeApi();
    api.copySummary.mockResolvedValue(
      ok({ copied: false, text: 'TLS 1.2 Wizard 0.1.0 - apply on SIM-WIN7' }),
    );
    await toResult(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Copy summary for the ticket' }));
    expect(await screen.findByText(/could not be copied/)).toBeTruthy();
    expect(screen.getByText('TLS 1.2 Wizard 0.1.0 - apply on SIM-WIN7', { selector: 'pre' })).toBeTruthy();
  });

  it('needs no restart when nothing was changed', async () => {
    const api = createFakeApi();
    api.apply.mockImplementation(async (r) => {
      const out = applyOutcome(makePlan(r));
      return ok({
        ...out,
        reportAvailable: false,
        result: {
          ...out.result,
          outcome: 'nothing-to-do',
          exitCode: 0,
          restartNeeded: false,
          backup: null,
          message: 'Every value is already as chosen. Nothing was changed.',
        },
      });
    });
    const r = await renderApp(api);
    void r;
    await clickNext(3);
    await screen.findByRole('table', { name: /Registry values/ });
    await clickNext(2);
    await fireEvent.click(screen.getByRole('button', { name: 'Back up and apply' }));
    await screen.findByRole('heading', { name: 'Nothing to do' });
    await clickNext();
    expect(screen.getByText('No restart is needed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Restart now' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Open report' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
