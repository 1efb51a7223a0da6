import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Protocol } from 'electron';
import { RENDERER_CSP } from '../serving/content-security-policy.js';
import { mimeOf } from '../serving/mime.js';

export { mimeOf };

/**
 * The renderer is served from app://tls12/ rather than file://: Electron's security guide asks for
 * a custom protocol, and with the grantFileProtocolExtraPrivileges fuse off (Electron 29+) a file://
 * page cannot load Vite's module script. Only files below out/renderer can be reached.
 */
export const RENDERER_SCHEME = 'app';
export const RENDERER_ROOT_URL = `${RENDERER_SCHEME}://tls12/`;

/** The file an app:// URL names, or null when it is outside the renderer or malformed. */
export function resolveRendererFile(rendererDir: string, url: string): string | null {
  if (!url.startsWith(RENDERER_ROOT_URL)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.split(/[\\/]/).includes('..')) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${rel === '/' ? '/index.html' : rel}`);
  if (!file.startsWith(root + path.sep)) return null;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/** Must run before the app is ready. */
export function registerRendererScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: RENDERER_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

/** Serves out/renderer on app://tls12/ with the CSP header; protocol.handle where it exists (25+), else Electron 22's buffer protocol. */
export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  const headers = { 'Content-Security-Policy': RENDERER_CSP, 'X-Content-Type-Options': 'nosniff' };
  if (typeof protocol.handle === 'function') {
    protocol.handle(RENDERER_SCHEME, (request) => {
      const file = resolveRendererFile(rendererDir, request.url);
      if (file === null) return new Response('not found', { status: 404 });
      return new Response(fs.readFileSync(file), {
        status: 200,
        headers: { ...headers, 'Content-Type': mimeOf(file) },
      });
    });
    return;
  }
  protocol.registerBufferProtocol(RENDERER_SCHEME, (request, callback) => {
    const file = resolveRendererFile(rendererDir, request.url);
    if (file === null) {
      callback({ statusCode: 404, data: Buffer.from('not found') });
      return;
    }
    callback({ statusCode: 200, mimeType: mimeOf(file).split(';')[0], headers, data: fs.readFileSync(file) });
  });
}
