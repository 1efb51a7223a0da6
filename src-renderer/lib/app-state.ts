import type { Envelope, StartInfo, Tls12Api } from '../../src-shared/ipc-contract.js';
import { Rollback } from './rollback.svelte.js';
import { Session } from './session.svelte.js';
import { Wizard } from './wizard.svelte.js';

export interface AppState {
  session: Session;
  wizard: Wizard;
  rollback: Rollback;
}

/** The wizard's state around one API: `window.tls12` in the app, a fake in the tests. */
export function createAppState(
  api: Tls12Api | undefined,
  early: Promise<Envelope<StartInfo>> | null = null,
): AppState {
  const session = new Session(api, early);
  return { session, wizard: new Wizard(session), rollback: new Rollback(session) };
}
