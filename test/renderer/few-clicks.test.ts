import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi, ok } from './fake-api.js';
import { startInfo, WIN10_ADVICE, win10Detection } from './fixtures.js';
import { currentStep, nextButton, renderApp } from './render-app.js';

function win10Api() {
  const api = createFakeApi();
  api.start.mockResolvedValue(ok(startInfo({ detection: win10Detection(), groupAdvice: WIN10_ADVICE })));
  return api;
}

/** The step indicator's entries marked done (✓). */
function doneSteps(): string[] {
  return [...document.querySelectorAll('nav.steps li.done .step-label')].map((e) => e.textContent ?? '');
}

describe('few clicks: steps with nothing to decide fold into their neighbours', () => {
  it('Windows 10: update and backup fold (shown as done); launch to the result in 4 clicks', async () => {
    await renderApp(win10Api(), false);
    let clicks = 0;
    const click = async (el: HTMLElement) => {
      clicks += 1;
      await fireEvent.click(el);
    };
    await click(nextButton());
    await vi.waitFor(() => expect(currentStep()).toContain('Choice'));
    expect(doneSteps()).toEqual(['This computer', 'Update', 'Backup']);
    await click(nextButton());
    await vi.waitFor(() => expect(currentStep()).toContain('Review'));
    await click(nextButton());
    await vi.waitFor(() => expect(currentStep()).toContain('Apply'));
    expect(screen.getByText(/The backup goes to E:\\TLS12\\backups/)).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Back up and apply' }));
    await vi.waitFor(() => expect(currentStep()).toContain('Result'));
    expect(clicks).toBeLessThanOrEqual(4);
  });

  it('Windows 7 without the KB: the update step is not folded', async () => {
    await renderApp(createFakeApi(), false);
    await fireEvent.click(nextButton());
    await vi.waitFor(() => expect(currentStep()).toContain('Update'));
  });

  it('"Show every step" brings back the folded steps, one click away', async () => {
    const { app } = await renderApp(win10Api(), false);
    await fireEvent.click(screen.getByRole('button', { name: 'Show every step' }));
    expect(app.wizard.fullPath).toBe(true);
    await fireEvent.click(nextButton());
    await vi.waitFor(() => expect(currentStep()).toContain('Update'));
    expect(screen.queryByRole('button', { name: 'Show every step' })).toBeNull();
  });
});
