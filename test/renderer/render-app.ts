import { expect, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import App from '../../src-renderer/App.svelte';
import { createAppState, type AppState } from '../../src-renderer/lib/app-state.js';
import { createFakeApi, type FakeApi } from './fake-api.js';

export interface Rendered {
  api: FakeApi;
  app: AppState;
}

/**
 * Renders the whole wizard against a fake API and waits for start() to be shown. `fullPath`:
 * every step, also those with nothing to decide (as after "Show every step"); false for the folded path.
 */
export async function renderApp(api: FakeApi = createFakeApi(), fullPath = true): Promise<Rendered> {
  // A new window: no language chosen in an earlier test (a reload keeps it: i18n.test.ts).
  sessionStorage.clear();
  return renderAgain(api, fullPath);
}

/** Renders the wizard as a reload of the page does: what the window kept (its language) stays. */
export async function renderAgain(api: FakeApi = createFakeApi(), fullPath = true): Promise<Rendered> {
  const app = createAppState(api);
  app.wizard.fullPath = fullPath;
  render(App, { props: { app } });
  await screen.findByRole('heading', { level: 1 });
  await vi.waitFor(() => expect(app.session.stage).not.toBe('loading'));
  return { api, app };
}

/** The Next / Back buttons of the wizard's button bar. */
export function nextButton(): HTMLButtonElement {
  return screen.getByRole('button', { name: /^Next|^Nästa/ });
}

export function backButton(): HTMLButtonElement {
  return screen.getByRole('button', { name: /^Back$|^Tillbaka$/ });
}

/** Clicks Next `times` times, waiting each time for the new step heading. */
export async function clickNext(times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    await fireEvent.click(nextButton());
  }
  await vi.waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
}

/** The step currently marked in the step indicator. */
export function currentStep(): string {
  const nav = screen.getByRole('navigation', { name: /Steps|Steg/ });
  const current = nav.querySelector('[aria-current="step"]');
  return current?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
