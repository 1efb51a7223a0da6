import type { Session, WebContents } from 'electron';
import { RENDERER_CSP } from '../serving/content-security-policy.js';

/** Is this URL one of the packaged renderer files? Nothing else may ever load. */
export function isPackagedRendererUrl(url: string, rendererRootUrl: string): boolean {
  if (!url.startsWith(rendererRootUrl)) return false;
  const rest = url.slice(rendererRootUrl.length);
  return !rest.includes('..') && !rest.includes('%2e') && !rest.includes('%2E');
}

/**
 * No permission is ever granted, no request leaves the machine (only the packaged file: URLs
 * load), and every response carries the CSP.
 */
export function hardenSession(session: Session, rendererRootUrl: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({
      cancel: !isPackagedRendererUrl(details.url, rendererRootUrl) && !details.url.startsWith('devtools://'),
    });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] } });
  });
}

/** No navigation away, no new windows, no <webview>. */
export function hardenWebContents(contents: WebContents, rendererRootUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isPackagedRendererUrl(url, rendererRootUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
