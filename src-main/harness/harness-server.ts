import { randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { ProgressEvent } from '../ipc/contract.js';
import { dispatch, type Handlers } from '../ipc/dispatch.js';
import { RENDERER_CSP } from '../main/content-security-policy.js';
import { mimeOf } from '../main/renderer-protocol.js';

const MAX_BODY = 64 * 1024;

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

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A loopback-only web server that serves the built renderer with the same API the preload
 * exposes, backed by the real IPC handlers and core. Requests need the random token, and a Host
 * header naming this very server (against DNS rebinding).
 */
export function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const listeners = new Set<http.ServerResponse>();
  let origin = '';

  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer): void => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': RENDERER_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(body);
  };

  const staticFile = (res: http.ServerResponse, urlPath: string): void => {
    const root = path.resolve(options.rendererDir);
    const file = path.resolve(root, `.${decodeURIComponent(urlPath)}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      send(res, 404, 'text/plain', 'not found');
      return;
    }
    send(res, 200, mimeOf(file), fs.readFileSync(file));
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    if (req.headers.host !== new URL(origin).host) {
      send(res, 421, 'text/plain', 'wrong host');
      return;
    }
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      const html = fs.readFileSync(path.join(options.rendererDir, 'index.html'), 'utf8');
      // The bridge is a classic script, so it runs before the renderer's module script.
      send(
        res,
        200,
        mimeOf('index.html'),
        html.replace('<head>', '<head>\n    <script src="./harness-bridge.js"></script>'),
      );
      return;
    }
    if (req.method === 'GET' && url.pathname === '/harness-bridge.js') {
      send(res, 200, mimeOf('bridge.js'), fs.readFileSync(options.bridgeFile));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/events') {
      if (!sameToken(url.searchParams.get('token') ?? '', token)) {
        send(res, 403, 'text/plain', 'forbidden');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    const ipc = /^\/ipc\/([A-Za-z]{1,40})$/.exec(url.pathname);
    if (req.method === 'POST' && ipc?.[1]) {
      const name = ipc[1];
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) req.destroy();
        else chunks.push(chunk);
      });
      req.on('end', () => {
        const trusted = sameToken(String(req.headers['x-tls12-token'] ?? ''), token);
        let payload: unknown;
        try {
          payload = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
        } catch {
          send(
            res,
            400,
            'application/json',
            JSON.stringify({ ok: false, error: { code: 'bad-request', message: 'request is not JSON' } }),
          );
          return;
        }
        dispatch(options.handlers, name, payload, trusted).then(
          (envelope) => send(res, trusted ? 200 : 403, 'application/json', JSON.stringify(envelope)),
          (error: unknown) =>
            send(
              res,
              500,
              'application/json',
              JSON.stringify({ ok: false, error: { code: 'failed', message: String(error) } }),
            ),
        );
      });
      return;
    }
    if (req.method === 'GET' && url.pathname !== '/') {
      staticFile(res, url.pathname);
      return;
    }
    send(res, 404, 'text/plain', 'not found');
  });

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
