import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { RENDERER_CSP } from '../../../src-main/serving/content-security-policy.js';
import { hardenSession, hardenWebContents, isPackagedRendererUrl } from '../../../src-main/main/harden.js';
import { isTrustedSender } from '../../../src-main/main/trusted-sender.js';
import { windowIconPath, windowOptions } from '../../../src-main/main/window-options.js';

const ROOT = 'file:///C:/Users/tech/AppData/Local/Temp/x/resources/app.asar/out/renderer/';

describe('the window', () => {
  it('is isolated, sandboxed, without Node.js, with web security, and DevTools only in development', () => {
    const packaged = windowOptions('/app/out/preload.cjs', true).webPreferences;
    expect(packaged).toMatchObject({
      preload: '/app/out/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(windowOptions('/p', false).webPreferences?.devTools).toBe(true);
  });

  it('shows the application icon, assets/icon.ico beside the out/ folder of main.cjs', () => {
    const icon = windowIconPath('/app/resources/app.asar/out');
    expect(icon.split('\\').join('/')).toBe('/app/resources/app.asar/assets/icon.ico');
    expect(windowOptions('/p', true, icon).icon).toBe(icon);
    expect(windowOptions('/p', true)).not.toHaveProperty('icon');
  });
});

describe('the Content Security Policy', () => {
  it('allows only the packaged files: no eval, no inline script, no network', () => {
    const directives = Object.fromEntries(
      RENDERER_CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});

function fakeSession() {
  const h: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (fn: never) => (h.permission = fn),
    setPermissionCheckHandler: (fn: never) => (h.check = fn),
    webRequest: {
      onBeforeRequest: (fn: never) => (h.request = fn),
      onHeadersReceived: (fn: never) => (h.headers = fn),
    },
  } as unknown as Session;
  return { session, h };
}

describe('the session', () => {
  it('denies every permission request and check', () => {
    const { session, h } = fakeSession();
    hardenSession(session, ROOT);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-sanitized-write',
      'openExternal',
    ]) {
      const callback = vi.fn();
      (h.permission as (a: unknown, p: string, c: (ok: boolean) => void) => void)(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect((h.check as () => boolean)()).toBe(false);
  });

  it('cancels every request that is not a packaged renderer file', () => {
    const { session, h } = fakeSession();
    hardenSession(session, ROOT);
    const decide = (url: string) => {
      const callback = vi.fn();
      (h.request as (d: { url: string }, c: (r: { cancel: boolean }) => void) => void)({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    expect(decide(`${ROOT}index.html`)).toBe(false);
    expect(decide(`${ROOT}assets/index-abc.js`)).toBe(false);
    expect(decide('https://login.microsoftonline.com/')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///C:/Windows/System32/drivers/etc/hosts')).toBe(true);
    expect(decide(`${ROOT}../../secret.txt`)).toBe(true);
    expect(decide(`${ROOT}%2e%2e/x`)).toBe(true);
  });

  it('adds the CSP to every response', () => {
    const { session, h } = fakeSession();
    hardenSession(session, ROOT);
    const callback = vi.fn();
    (h.headers as (d: unknown, c: (r: unknown) => void) => void)({ responseHeaders: { A: ['b'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { A: ['b'], 'Content-Security-Policy': [RENDERER_CSP] },
    });
  });
});

describe('the web contents', () => {
  function fakeContents() {
    const on: Record<string, (event: { preventDefault: () => void }, url?: string) => void> = {};
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: never) => (on[name] = fn),
      setWindowOpenHandler: (fn: never) => (openHandler = fn),
    } as unknown as WebContents;
    return { contents, on, open: () => openHandler?.() };
  }

  it('cannot navigate away, open windows or attach a webview', () => {
    const { contents, on, open } = fakeContents();
    hardenWebContents(contents, ROOT);
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      on['will-navigate']?.(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate(`${ROOT}index.html`)).toBe(false);
    const attach = { preventDefault: vi.fn() };
    on['will-attach-webview']?.(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    on['will-redirect']?.(redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(open()).toEqual({ action: 'deny' });
  });

  it('knows packaged URLs', () => {
    expect(isPackagedRendererUrl(`${ROOT}index.html`, ROOT)).toBe(true);
    expect(isPackagedRendererUrl('file:///C:/other/index.html', ROOT)).toBe(false);
  });
});

describe('the sender check', () => {
  const event = (senderId: number, url: string, parent: unknown = null) =>
    ({ sender: { id: senderId }, senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

  it('accepts only our window top frame showing our page', () => {
    expect(isTrustedSender(event(7, `${ROOT}index.html`), 7, ROOT)).toBe(true);
    expect(isTrustedSender(event(8, `${ROOT}index.html`), 7, ROOT)).toBe(false);
    expect(isTrustedSender(event(7, 'https://evil.example/'), 7, ROOT)).toBe(false);
    expect(isTrustedSender(event(7, `${ROOT}index.html`, {}), 7, ROOT)).toBe(false);
    expect(isTrustedSender(event(7, `${ROOT}index.html`), null, ROOT)).toBe(false);
    expect(
      isTrustedSender({ sender: { id: 7 }, senderFrame: null } as unknown as IpcMainInvokeEvent, 7, ROOT),
    ).toBe(false);
  });
});

describe('the page itself', () => {
  it('carries the same CSP as main sends', async () => {
    const fs = await import('node:fs');
    const html = fs.readFileSync('src-renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(RENDERER_CSP);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
  });
});

describe('the renderer source', () => {
  it('never renders HTML from data ({@html}): registry strings are shown as text', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const files = (fs.readdirSync('src-renderer', { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.svelte'),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const f of files)
      expect(fs.readFileSync(path.join('src-renderer', f), 'utf8'), f).not.toMatch(/\{@html|innerHTML/);
  });
});
