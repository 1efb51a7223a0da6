/// <reference lib="dom" />
// The browser harness's stand-in for the preload: the same window.tls12, carried over fetch to
// the loopback harness server (which runs the real IPC handlers and core). The token comes from
// the page URL and goes in a header; the server refuses requests without it.
import { createTls12Api } from '../ipc/api-factory.js';
import type { Envelope, ProgressEvent } from '../ipc/contract.js';

const token = new URLSearchParams(window.location.search).get('token') ?? '';

const api = createTls12Api(
  async (name, request) => {
    const response = await fetch(`./ipc/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Tls12-Token': token },
      body: JSON.stringify(request),
    });
    return (await response.json()) as Envelope<never>;
  },
  (listener) => {
    const source = new EventSource(`./events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as ProgressEvent);
    return () => source.close();
  },
);

Object.defineProperty(window, 'tls12', { value: api, writable: false, configurable: false });
