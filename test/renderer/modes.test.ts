import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { answerNothingToChange, createFakeApi, fail, ok } from './fake-api.js';
import { startInfo, WIN7_ADVICE, win7Detection } from './fixtures.js';
import { msg, said } from '../../src-shared/messages/messages.js';
import { cleanup } from '@testing-library/svelte';
import { clickNext, currentStep, nextButton, renderAgain, renderApp } from './render-app.js';

describe('simulation banner', () => {
  it('says that nothing on this computer is changed', async () => {
    await renderApp();
    expect(
      screen.getByText(
        (_, el) =>
          el?.tagName === 'P' &&
          el.textContent?.replace(/\s+/g, ' ').trim() ===
            'SIMULATION: Windows 7 SP1, 64-bit, without KB 3140245. Nothing on this computer is changed.',
      ),
    ).toBeTruthy();
  });

  it('is absent on a real computer', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ simulation: null })));
    await renderApp(api);
    expect(screen.queryByText(/SIMULATION/)).toBeNull();
  });
});

describe('interrupted change', () => {
  function interruptedApi() {
    const api = createFakeApi();
    api.start.mockResolvedValue(
      ok(startInfo({ interrupted: { operation: 'apply', startedAt: '2026-11-29T17:50:00.000Z' } })),
    );
    return api;
  }

  it('is the first thing shown, before any step, with one button "Repair now"', async () => {
    await renderApp(interruptedApi());
    expect(screen.getByRole('heading', { level: 2, name: 'An interrupted change was found' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Steps' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Next/ })).toBeNull();
    expect(screen.getByText(/An apply started .* never finished/)).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent?.trim())).toEqual([
      'Svenska',
      'Repair now',
    ]);
  });

  it('repairs, then goes on to the wizard', async () => {
    const api = interruptedApi();
    await renderApp(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Repair now' }));
    expect(api.repairInterrupted).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/was undone: the registry is as it was before it/)).toBeTruthy();
    // "Repair now" is gone: the focus is on what comes next, not on the page.
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Continue'));
    await fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(currentStep()).toContain('This computer');
  });

  it('stays when the repair fails', async () => {
    const api = interruptedApi();
    api.repairInterrupted.mockResolvedValue(
      ok({
        ok: false,
        ...said(msg('repair.failed', { operation: 'apply', error: 'Access is denied.' })),
        detection: win7Detection(),
        groupAdvice: WIN7_ADVICE,
      }),
    );
    await renderApp(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Repair now' }));
    expect(await screen.findByText(/could not be undone/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Repair now' })).toBeTruthy();
  });
});

describe('not running as administrator', () => {
  function readOnlyApi() {
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ detection: win7Detection({ elevated: false }) })));
    return api;
  }

  it('explains, offers to restart as administrator, and still shows the computer', async () => {
    const api = readOnlyApi();
    await renderApp(api);
    expect(screen.getByText('Not running as administrator.')).toBeTruthy();
    expect(screen.getByText('NO: run as administrator to make changes')).toBeTruthy();
    let started: () => void = () => undefined;
    api.relaunchElevated.mockImplementationOnce(async () => {
      await new Promise<void>((resolve) => (started = resolve));
      return ok({ started: true, ...said(msg('elevate.starting', {})) });
    });
    const relaunch = screen.getByRole('button', { name: 'Restart as administrator' }) as HTMLButtonElement;
    await fireEvent.click(relaunch);
    // Still enabled while it runs (a disabled button would drop the focus); a second click does nothing.
    expect(relaunch.disabled).toBe(false);
    await fireEvent.click(relaunch);
    started();
    expect(api.relaunchElevated).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Starting as administrator...')).toBeTruthy();
  });

  it('reviews read-only but never reaches Apply', async () => {
    const api = readOnlyApi();
    await renderApp(api);
    await clickNext(3);
    await screen.findByRole('table', { name: /Registry values/ });
    expect(api.plan).toHaveBeenCalled();
    await clickNext();
    expect(currentStep()).toContain('Backup');
    expect(nextButton().disabled).toBe(true);
    expect(nextButton().getAttribute('aria-describedby')).toBe('next-reason');
    expect(document.getElementById('next-reason')?.textContent).toBe(
      'Applying needs administrator rights: use "Restart as administrator".',
    );
    await fireEvent.click(nextButton());
    expect(currentStep()).toContain('Backup');
    expect(api.apply).not.toHaveBeenCalled();
  });

  it('with nothing to change: Next on the review reaches the result, with report, copy and finish', async () => {
    const api = answerNothingToChange(readOnlyApi());
    await renderApp(api);
    await clickNext(3);
    expect(await screen.findByText('Nothing to change: every value is already as chosen.')).toBeTruthy();
    expect(nextButton().disabled).toBe(false);
    await clickNext();
    expect(
      await screen.findByRole('heading', {
        name: 'Not ready for Microsoft 365: something this tool cannot change stands in the way.',
      }),
    ).toBeTruthy();
    expect(screen.getByText('Nothing to change', { selector: '.outcome-line strong' })).toBeTruthy();
    expect(api.apply).toHaveBeenCalledTimes(1);
    const actions = within(screen.getByRole('region', { name: 'What to do now' })).getAllByRole('button');
    // KB 3140245 is still missing on this Windows 7: installing it is the next step, first.
    expect(actions.map((b) => b.textContent?.trim())).toEqual([
      'Install KB 3140245 from the stick',
      'Copy for the ticket',
      'Open report',
      'Finish',
    ]);
    await fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(await screen.findByRole('heading', { name: 'Finished' })).toBeTruthy();
  });

  it('cannot install the update or repair', async () => {
    await renderApp(readOnlyApi());
    await clickNext();
    expect(
      (screen.getByRole('button', { name: 'Install KB 3140245 from the stick' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });
});

describe('errors', () => {
  it('shows a failed start() in the alert region, and can try again', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValueOnce(fail('The registry could not be read: Access is denied.'));
    await renderApp(api);
    expect(screen.getByRole('alert').textContent).toContain(
      'The registry could not be read: Access is denied.',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'This computer' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent?.trim()).toBe('');
  });

  it('shows a plan error, not a table', async () => {
    const api = createFakeApi();
    api.plan.mockResolvedValue(fail('Another change is in progress.', 'busy'));
    await renderApp(api);
    await clickNext(3);
    expect((await screen.findByRole('alert')).textContent).toContain('Another change is in progress.');
    expect(screen.queryByRole('table', { name: /Registry values/ })).toBeNull();
    expect(nextButton().disabled).toBe(true);
  });

  it('never shows a stack when the bridge itself throws', async () => {
    const api = createFakeApi();
    api.plan.mockRejectedValue(
      new Error('Error invoking remote method\n    at IpcRenderer.invoke (node:electron/js2c)'),
    );
    await renderApp(api);
    await clickNext(3);
    const alert = await screen.findByRole('alert');
    await vi.waitFor(() => expect(alert.textContent).toContain('Something went wrong in the wizard itself.'));
    expect(alert.textContent).not.toContain(' at ');
    expect(alert.textContent).not.toContain('IpcRenderer');
  });

  it('says so when there is no window.tls12', async () => {
    const { render } = await import('@testing-library/svelte');
    const App = (await import('../../src-renderer/App.svelte')).default;
    const { createAppState } = await import('../../src-renderer/lib/app-state.js');
    render(App, { props: { app: createAppState(undefined) } });
    expect((await screen.findByRole('alert')).textContent).toContain('not connected to its main process');
  });
});

describe('language', () => {
  it('follows a Swedish OS locale', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ locale: 'sv-SE' })));
    await renderApp(api);
    expect(screen.getByRole('heading', { level: 1, name: 'TLS 1.2-guiden' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Den här datorn' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Nästa/ })).toBeTruthy();
    expect(screen.getByText(/SIMULERING:/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('sv');
  });

  it('switches with the visible control and keeps the step and the choice', async () => {
    await renderApp();
    await clickNext(2);
    await fireEvent.click(screen.getByRole('radio', { name: /TLS 1.1 and 1.2/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(currentStep()).toContain('Val');
    expect(screen.getByRole('heading', { level: 2, name: 'Välj protokoll och inställningar' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: /TLS 1.1 och 1.2/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: /Tillbaka/ })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(currentStep()).toContain('Choice');
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps the chosen language across a reload of the page, over the OS locale', async () => {
    await renderApp();
    await fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    cleanup(); // the page reloads: the window (and its sessionStorage) stays
    await renderAgain();
    expect(screen.getByRole('heading', { level: 2, name: 'Den här datorn' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('sv');
    await fireEvent.click(screen.getByRole('button', { name: 'English' }));
    cleanup();
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ locale: 'sv-SE' })));
    await renderAgain(api);
    expect(screen.getByRole('heading', { level: 2, name: 'This computer' })).toBeTruthy();
  });
});
