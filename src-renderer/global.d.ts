import type { Tls12Api } from '../src-shared/ipc-contract.js';

declare global {
  interface Window {
    /** Exposed by the preload (or by the browser test harness): the wizard's only way out. */
    tls12?: Tls12Api;
  }
}

export {};
