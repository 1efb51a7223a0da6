import * as fs from 'node:fs';
import * as http from 'node:http';
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
