// Finish on the result: main closes the window (Electron) or says the page can be closed (the
// browser harness), and refuses while a change or an installation of the update runs.
import { describe, expect, it, vi } from 'vitest';
import { closeSoon } from '../../src-main/main/close-window.js';
import { electronPlatform } from '../../src-main/main/electron-platform.js';
import { dispatch, handlersFor } from '../../src-main/ipc/dispatch.js';
import { wizardFor } from '../support/wizard.js';

vi.mock('electron', () => ({ app: {}, clipboard: {}, dialog: {}, shell: {} }));

describe('Finish', () => {
  it('in the browser harness: nothing to close, logged, and the page is told it can be closed', async () => {
    const w = wizardFor('win10');
    await expect(w.service.finish()).resolves.toMatchObject({
      closing: false,
      msg: { code: 'finish.canClose' },
    });
    expect(w.log).toContain('finish: the window would close now');
  });

  it('closes the window through the platform when there is one', async () => {
    const w = wizardFor('win10');
    w.platform.closeWindow = async () => true;
    await expect(w.service.finish()).resolves.toMatchObject({
      closing: true,
      msg: { code: 'finish.closing' },
    });
  });

  it('is refused while KB 3140245 is being installed, and works once the installation has ended', async () => {
    const w = wizardFor('win7-sp1', { msu: true });
    let exit: (code: number) => void = () => undefined;
    w.platform.runProgram = () => new Promise<number>((resolve) => (exit = resolve));
    const installing = w.service.installKb();
    const handlers = handlersFor(w.service);
    await expect(dispatch(handlers, 'finish', {}, true)).resolves.toMatchObject({
      ok: false,
      error: { code: 'busy', msg: { code: 'wizard.busy' } },
    });
    expect(w.log).not.toContain('finish: the window would close now');
    // Nor does a change start beside the installation.
    expect(() => w.service.apply({ protocols: '1.2', groups: null, replaceWrongTypes: false })).toThrow(
      /Another change is in progress/,
    );
    exit(3010);
    await expect(installing).resolves.toMatchObject({ exitCode: 3010 });
    await expect(dispatch(handlers, 'finish', {}, true)).resolves.toMatchObject({ ok: true });
    expect(w.log).toContain('finish: the window would close now');
  });

  it('takes no request fields', async () => {
    const w = wizardFor('win10');
    await expect(dispatch(handlersFor(w.service), 'finish', { path: 'C:\\' }, true)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('Finish in Electron', () => {
  it('closes the window a moment later, so that the answer reaches the renderer first', async () => {
    vi.useFakeTimers();
    try {
      const window = { isDestroyed: vi.fn(() => false), close: vi.fn() };
      await expect(electronPlatform(() => window as never).closeWindow()).resolves.toBe(true);
      expect(window.close).not.toHaveBeenCalled();
      vi.advanceTimersByTime(100);
      expect(window.close).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('has nothing to close without a window, or with one already destroyed', () => {
    expect(closeSoon(null)).toBe(false);
    expect(closeSoon({ isDestroyed: () => true, close: vi.fn() })).toBe(false);
  });
});
