import * as fs from 'node:fs';
import type * as http from 'node:http';
import * as path from 'node:path';
import { dispatch, type Handlers } from '../ipc/dispatch.js';
import { RENDERER_CSP } from '../serving/content-security-policy.js';
import { mimeOf } from '../serving/mime.js';
import { sameToken } from './harness-token.js';

/** The largest IPC request body the harness reads. */
export const MAX_BODY = 64 * 1024;

export interface RouteContext {
  handlers: Handlers;
  rendererDir: string;
  bridgeFile: string;
  token: string;
  listeners: Set<http.ServerResponse>;
}

export function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': RENDERER_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json', JSON.stringify(value));
}

function badRequest(res: http.ServerResponse, message: string): void {
  sendJson(res, 400, { ok: false, error: { code: 'bad-request', message } });
}

/** A file of the built renderer; anything outside it, or a path that does not decode, is not found. */
export function serveStatic(ctx: RouteContext, res: http.ServerResponse, urlPath: string): void {
  const root = path.resolve(ctx.rendererDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    send(res, 400, 'text/plain', 'bad path');
    return;
  }
  const file = path.resolve(root, `.${decoded}`);
  if (
    decoded.includes('\0') ||
    !file.startsWith(root + path.sep) ||
    !fs.existsSync(file) ||
    !fs.statSync(file).isFile()
  ) {
    send(res, 404, 'text/plain', 'not found');
    return;
  }
  send(res, 200, mimeOf(file), fs.readFileSync(file));
}

/** index.html with the bridge as a classic script, so that it runs before the renderer's module script. */
export function serveIndex(ctx: RouteContext, res: http.ServerResponse): void {
  const html = fs.readFileSync(path.join(ctx.rendererDir, 'index.html'), 'utf8');
  send(
    res,
    200,
    mimeOf('index.html'),
    html.replace('<head>', '<head>\n    <script src="./harness-bridge.js"></script>'),
  );
}

export function serveBridge(ctx: RouteContext, res: http.ServerResponse): void {
  send(res, 200, mimeOf('bridge.js'), fs.readFileSync(ctx.bridgeFile));
}

/** The progress event stream: only with the token. */
export function serveEvents(
  ctx: RouteContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): void {
  if (!sameToken(url.searchParams.get('token') ?? '', ctx.token)) {
    send(res, 403, 'text/plain', 'forbidden');
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
  res.write(': connected\n\n');
  ctx.listeners.add(res);
  req.on('close', () => ctx.listeners.delete(res));
}

/**
 * One IPC request. The token is checked before the body is read (an untrusted sender gets 403
 * and its body is never parsed); the body is bounded; the dispatcher parses it with the
 * channel's schema and answers with an envelope.
 */
export function serveIpc(
  ctx: RouteContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  name: string,
): void {
  if (!sameToken(String(req.headers['x-tls12-token'] ?? ''), ctx.token)) {
    sendJson(res, 403, {
      ok: false,
      error: { code: 'untrusted-sender', message: 'Request refused: unknown sender.' },
    });
    req.resume();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('end', () => {
    if (tooLarge) return send(res, 413, 'text/plain', 'request too large');
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
    } catch {
      return badRequest(res, 'request is not JSON');
    }
    dispatch(ctx.handlers, name, payload, true).then(
      (envelope) => sendJson(res, 200, envelope),
      (error: unknown) =>
        sendJson(res, 500, { ok: false, error: { code: 'failed', message: String(error) } }),
    );
  });
}
