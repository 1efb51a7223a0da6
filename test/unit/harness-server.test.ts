import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../src-main/harness/harness-server.js';
import { handlersFor } from '../../src-main/ipc/dispatch.js';
import { tempFolder } from '../support/sim.js';
import { wizardFor } from '../support/wizard.js';

let harness: Harness;
const root = tempFolder('harness');

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'renderer', 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  fs.writeFileSync(path.join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
  fs.writeFileSync(path.join(root, 'bridge.js'), '/* bridge */');
  harness = await startHarness({
    handlers: handlersFor(wizardFor('win10').service),
    rendererDir: path.join(root, 'renderer'),
    bridgeFile: path.join(root, 'bridge.js'),
  });
});
afterAll(() => harness.close());

/** A raw HTTP request, so that the Host header can be forged. */
function request(method: string, pathname: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: harness.port, method, path: pathname, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              headers: res.headers,
            }),
          );
        },
      );
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    },
  );
}

const ipc = (name: string, payload: unknown, token = harness.token) =>
  request(
    'POST',
    `/ipc/${name}`,
    { 'X-Tls12-Token': token, 'Content-Type': 'application/json' },
    JSON.stringify(payload),
  );

describe('the browser harness server', () => {
  it('listens on loopback only and serves the page with the bridge first and the CSP header', async () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
    const page = await request('GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<head>\s*<script src="\.\/harness-bridge\.js"><\/script>/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });

  it('answers IPC with the real handlers when the token is right', async () => {
    const r = await ipc('plan', { protocols: '1.2', groups: ['winhttp'] });
    expect(r.status).toBe(200);
    const envelope = JSON.parse(r.body) as { ok: boolean; value: { items: unknown[] } };
    expect(envelope.ok).toBe(true);
    expect(envelope.value.items).toHaveLength(2);
  });

  it('refuses a wrong or missing token before reading the request', async () => {
    const r = await ipc('plan', { protocols: '1.2', groups: ['winhttp'] }, 'x'.repeat(48));
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    const events = await request('GET', '/events?token=nope');
    expect(events.status).toBe(403);
  });

  it('refuses a forged Host header (DNS rebinding)', async () => {
    const r = await request(
      'POST',
      '/ipc/start',
      { Host: 'evil.example:80', 'X-Tls12-Token': harness.token },
      '{}',
    );
    expect(r.status).toBe(421);
  });

  it('rejects bad requests, unknown channels and non-JSON with an envelope', async () => {
    expect(JSON.parse((await ipc('plan', { protocols: '1.3', groups: ['winhttp'] })).body)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(JSON.parse((await ipc('writeRegistry', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    const notJson = await request('POST', '/ipc/start', { 'X-Tls12-Token': harness.token }, '{nope');
    expect(notJson.status).toBe(400);
  });

  it('serves only files below the renderer folder', async () => {
    expect((await request('GET', '/assets/app.js')).status).toBe(200);
    expect((await request('GET', '/assets/../../secret.txt')).status).toBe(404);
    expect((await request('GET', '/assets/%2e%2e/%2e%2e/secret.txt')).status).toBe(404);
    expect((await request('GET', '/secret.txt')).status).toBe(404);
  });
});

/** A request written byte for byte on a socket: request lines no HTTP client would send. */
function rawRequest(text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(harness.port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

describe('malformed requests get a 4xx (or a closed socket) and never end the process', () => {
  const host = () => `Host: 127.0.0.1:${harness.port}\r\n`;
  it.each([
    ['bad percent-encoding', 'GET /assets/%E0%A4%A.js HTTP/1.1'],
    ['a lone percent sign', 'GET /%zz HTTP/1.1'],
    ['an encoded NUL', 'GET /assets/app.js%00.html HTTP/1.1'],
    ['an absolute URL that does not parse', 'GET http://[::1 HTTP/1.1'],
    ['a huge URL', `GET /${'a'.repeat(100_000)} HTTP/1.1`],
    ['an encoded traversal', 'GET /..%2f..%2fsecret.txt HTTP/1.1'],
    ['a trailing percent sign', 'GET /assets/app.js% HTTP/1.1'],
    ['a binary request line', 'G\u0000T / HTTP/1.1'],
  ])('%s', async (_, line) => {
    const answer = await rawRequest(`${line}\r\n${host()}Connection: close\r\n\r\n`);
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
    // Either a client error, or Node closed the socket on a request line it cannot parse.
    expect(status === 0 || (status >= 400 && status < 500), answer.slice(0, 80)).toBe(true);
    expect(answer).not.toContain('secret');
    // The server is still there.
    expect((await request('GET', '/index.html', { Host: `127.0.0.1:${harness.port}` })).status).toBe(200);
  });

  it('checks the token before reading the body: a huge untrusted body is refused with 403', async () => {
    const r = await request(
      'POST',
      '/ipc/plan',
      { Host: `127.0.0.1:${harness.port}`, 'Content-Type': 'application/json' },
      'x'.repeat(200_000),
    );
    expect(r.status).toBe(403);
  });

  it('refuses a trusted body over the limit with 413, and one that is not JSON with 400', async () => {
    const headers = { Host: `127.0.0.1:${harness.port}`, 'x-tls12-token': harness.token };
    expect((await request('POST', '/ipc/plan', headers, 'x'.repeat(70_000))).status).toBe(413);
    expect((await request('POST', '/ipc/plan', headers, '{"protocols":')).status).toBe(400);
  });
});
