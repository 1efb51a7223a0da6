import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import type { ProgressEvent } from '../ipc/contract.js';
import type { Handlers } from '../ipc/dispatch.js';
import {
  send,
  serveBridge,
  serveEvents,
  serveIndex,
  serveIpc,
  serveStatic,
  type RouteContext,
} from './harness-routes.js';

export interface HarnessOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The bundled bridge script (out/harness-bridge.js). */
  bridgeFile: string;
  port?: number;
  token?: string;
}

export interface Harness {
  url: string;
  port: number;
  token: string;
  /** Sends a progress event to every page listening. */
  progress(event: ProgressEvent): void;
  close(): Promise<void>;
}

/** Routes one request; a request line, URL or encoding that does not parse gets a 4xx, never an exception. */
function route(ctx: RouteContext, origin: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', origin);
  } catch {
    send(res, 400, 'text/plain', 'bad request');
    return;
  }
  if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'wrong host');
  const get = req.method === 'GET';
  if (get && (url.pathname === '/' || url.pathname === '/index.html')) return serveIndex(ctx, res);
  if (get && url.pathname === '/harness-bridge.js') return serveBridge(ctx, res);
  if (get && url.pathname === '/events') return serveEvents(ctx, req, res, url);
  const ipc = /^\/ipc\/([A-Za-z]{1,40})$/.exec(url.pathname);
  if (req.method === 'POST' && ipc?.[1]) return serveIpc(ctx, req, res, ipc[1]);
  if (get) return serveStatic(ctx, res, url.pathname);
  send(res, 404, 'text/plain', 'not found');
}

/**
 * A loopback-only web server that serves the built renderer with the same API the preload
 * exposes, backed by the real IPC handlers and core. Requests need the random token, and a Host
 * header naming this very server (against DNS rebinding).
 */
export function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const ctx: RouteContext = { ...options, token, listeners: new Set() };
  const { listeners } = ctx;
  let origin = 'http://127.0.0.1';
  const server = http.createServer((req, res) => {
    try {
      route(ctx, origin, req, res);
    } catch {
      if (!res.headersSent) send(res, 400, 'text/plain', 'bad request');
      else res.end();
    }
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('no TCP address'));
        return;
      }
      origin = `http://127.0.0.1:${address.port}`;
      resolve({
        url: `${origin}/?token=${token}`,
        port: address.port,
        token,
        progress: (event) => {
          for (const res of listeners) res.write(`data: ${JSON.stringify(event)}\n\n`);
        },
        close: () =>
          new Promise((done) => {
            for (const res of listeners) res.end();
            server.close(() => done());
          }),
      });
    });
  });
}
