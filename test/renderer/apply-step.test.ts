import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi, fail, ok, type FakeApi } from './fake-api.js';
import { applyOutcome, makePlan } from './fixtures.js';
import { msg, said } from '../../src-shared/messages/messages.js';
import { backButton, clickNext, currentStep, nextButton, renderApp } from './render-app.js';

/** The verdict after the change heads the result (Windows 7 without KB 3140245: still blocked). */
const BLOCKED = 'Not ready for Microsoft 365: something this tool cannot change stands in the way.';

async function toApply(api: FakeApi = createFakeApi()) {
  const r = await renderApp(api);
  await clickNext(3);
  await screen.findByRole('table', { name: /Registry values/ });
  await clickNext(2);
  return r;
}

function applyButton(): HTMLButtonElement {
  return screen.getByRole('button', { name: 'Back up and apply' });
}

describe('step 6: apply', () => {
  it('cannot go on before applying', async () => {
    await toApply();
    expect(currentStep()).toContain('Apply');
    expect(nextButton().disabled).toBe(true);
    expect(screen.getByText('Back up and apply first.')).toBeTruthy();
  });

  it('shows progress per value while it runs, in a polite live region', async () => {
    const api = createFakeApi();
    let finish: () => void = () => undefined;
    api.apply.mockImplementation(async (r) => {
      const plan = makePlan(r);
      api.emit({
        operation: 'apply',
        done: 1,
        total: 12,
        kind: 'create-key',
        what: 'HKLM\\SYSTEM\\...\\TLS 1.2\\Client',
        at: { hive: 'HKLM', view: 'shared', key: 'SYSTEM\\...\\TLS 1.2\\Client' },
      });
      api.emit({
        operation: 'apply',
        done: 2,
        total: 12,
        kind: 'set-value',
        what: 'HKLM\\...\\WinHttp (64-bit view) DefaultSecureProtocols',
        at: { hive: 'HKLM', view: '64', key: '...\\WinHttp', name: 'DefaultSecureProtocols' },
      });
      await new Promise<void>((resolve) => (finish = resolve));
      return ok(applyOutcome(plan));
    });
    await toApply(api);
    await fireEvent.click(applyButton());
    const progress = await screen.findByRole('list', { name: 'Progress' });
    expect(progress.getAttribute('aria-live')).toBe('polite');
    await vi.waitFor(() => expect(within(progress).getAllByRole('listitem')).toHaveLength(2));
    expect(progress.textContent).toContain('Key created:');
    expect(progress.textContent).toContain('Value set: HKLM\\...\\WinHttp (64-bit) DefaultSecureProtocols');
    expect(screen.getByRole('status').textContent).toContain('Working…');
    expect(nextButton().disabled).toBe(true);
    expect(backButton().disabled).toBe(true);
    finish();
    expect(await screen.findByRole('heading', { name: BLOCKED })).toBeTruthy();
    expect(api.listenerCount()).toBe(0);
  });

  it('a computer changed after the review: nothing done, back to the review with the new plan and why', async () => {
    const api = createFakeApi();
    api.apply.mockImplementationOnce(async (r) => {
      const plan = { ...makePlan(r), fingerprint: 'f'.repeat(64) };
      const base = applyOutcome(plan);
      return ok({
        ...base,
        result: {
          ...base.result,
          outcome: 'refused',
          exitCode: 2,
          restartNeeded: false,
          ...said(msg('result.refused', { reasons: [msg('wizard.planChanged', {})] })),
          backup: null,
        },
        after: plan,
      });
    });
    await toApply(api);
    await fireEvent.click(applyButton());
    expect(await screen.findByText(/changed after the plan was reviewed/)).toBeTruthy();
    expect(currentStep()).toContain('Review');
    await clickNext(2);
    await fireEvent.click(applyButton());
    expect(api.apply).toHaveBeenLastCalledWith(expect.objectContaining({ reviewedPlan: 'f'.repeat(64) }));
    // Applied now: straight to the result (KB 3140245 is missing in this fake Windows 7).
    expect(await screen.findByRole('heading', { name: BLOCKED })).toBeTruthy();
  });

  it('goes straight to the result, which shows the outcome and the backup files', async () => {
    const { api } = await toApply();
    await fireEvent.click(applyButton());
    expect(await screen.findByRole('heading', { name: BLOCKED })).toBeTruthy();
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(BLOCKED));
    expect(api.apply).toHaveBeenCalledWith({
      protocols: '1.2',
      groups: null,
      replaceWrongTypes: false,
      reviewedPlan: 'e'.repeat(64),
    });
    expect(
      screen.getByText('12 values set and verified. Restart the computer for them to take effect.'),
    ).toBeTruthy();
    expect(screen.getByText('TLS12-backup_SIM-WIN7_20261129-175220.json')).toBeTruthy();
    expect(screen.getByText('TLS12-backup_SIM-WIN7_20261129-175220.reg')).toBeTruthy();
    expect(backButton().disabled).toBe(true);
    expect(currentStep()).toContain('Result');
  });

  it('on failure says what was restored and lets the technician go back', async () => {
    const api = createFakeApi();
    api.apply.mockImplementation(async (r) => {
      const base = applyOutcome(makePlan(r));
      return ok({
        ...base,
        result: {
          ...base.result,
          outcome: 'failed',
          exitCode: 1603,
          restartNeeded: false,
          ...said(
            msg('result.applyFailed', { error: 'Access is denied.', restoreError: null, regFile: 'x.reg' }),
          ),
          restored: true,
        },
        reportAvailable: true,
      });
    });
    await toApply(api);
    await fireEvent.click(applyButton());
    expect(await screen.findByRole('heading', { name: 'Failed' })).toBeTruthy();
    expect(screen.getByText(/Apply failed: Access is denied./)).toBeTruthy();
    expect(screen.getByText('Every value already changed was put back and verified.')).toBeTruthy();
    expect(nextButton().disabled).toBe(true);
    expect(backButton().disabled).toBe(false);
    await fireEvent.click(backButton());
    // Back on the backup step; the review reads the registry again when it is shown.
    expect(currentStep()).toContain('Backup');
  });

  it('says when putting the values back failed too', async () => {
    const api = createFakeApi();
    api.apply.mockImplementation(async (r) => {
      const base = applyOutcome(makePlan(r));
      return ok({
        ...base,
        result: {
          ...base.result,
          outcome: 'failed',
          ...said(msg('result.applyFailed', { error: 'boom.', restoreError: 'boom', regFile: 'x.reg' })),
          restored: false,
        },
      });
    });
    await toApply(api);
    await fireEvent.click(applyButton());
    expect(
      await screen.findByText(/Putting the values back also failed: start the wizard again/),
    ).toBeTruthy();
  });

  it('shows a refusal from main', async () => {
    const api = createFakeApi();
    api.apply.mockImplementation(async (r) => {
      const base = applyOutcome(makePlan(r));
      return ok({
        ...base,
        after: null,
        reportAvailable: false,
        result: {
          ...base.result,
          outcome: 'refused',
          exitCode: 2,
          restartNeeded: false,
          backup: null,
          ...said(msg('result.refused', { reasons: [msg('backup.folderFull', { folder: 'E:\\TLS12' })] })),
        },
      });
    });
    await toApply(api);
    await fireEvent.click(applyButton());
    expect(await screen.findByRole('heading', { name: 'Refused: nothing was changed' })).toBeTruthy();
    expect(
      screen.getByText(
        'The backup folder E:\\TLS12 is full. Free some space or choose another folder. Nothing was changed.',
      ),
    ).toBeTruthy();
  });

  it('shows an error envelope in the alert region', async () => {
    const api = createFakeApi();
    api.apply.mockResolvedValue(fail('An interrupted change must be repaired first.', 'refused'));
    await toApply(api);
    await fireEvent.click(applyButton());
    expect((await screen.findByRole('alert')).textContent).toContain(
      'An interrupted change must be repaired first.',
    );
  });
});
