import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi, ok, type FakeApi } from './fake-api.js';
import type { Group } from '../../src-shared/groups.js';
import { applyOutcome, makePlan, startInfo, WIN10_ADVICE, win10Detection } from './fixtures.js';
import { win10Readiness, win10ReadinessAfter } from './readiness-fixtures.js';
import { currentStep, nextButton, renderApp } from './render-app.js';

function win10Api(): FakeApi {
  const api = createFakeApi();
  api.start.mockResolvedValue(
    ok(startInfo({ detection: win10Detection(), groupAdvice: WIN10_ADVICE, readiness: win10Readiness() })),
  );
  // What Windows 10 needs: the .NET values only.
  const plan = (r: { protocols: '1.2' | '1.1,1.2' | '1.0,1.1,1.2' | '1.0,1.2'; groups: Group[] | null }) =>
    makePlan({ ...r, groups: r.groups ?? ['dotnet'], detection: win10Detection() });
  api.plan.mockImplementation(async (r) => ok(plan(r)));
  api.apply.mockImplementation(async (r) => ok(applyOutcome(plan(r), win10ReadinessAfter())));
  return api;
}

/** Each entry of the step indicator with its state: current, done, folded or todo. */
function stepStates(): string[] {
  return [...document.querySelectorAll('nav.steps li')].map(
    (li) => `${li.querySelector('.step-number')?.textContent ?? ''} ${li.getAttribute('data-state') ?? ''}`,
  );
}

/** Counts every click, confirmations included. */
function clickCounter() {
  let clicks = 0;
  return {
    click: async (el: HTMLElement) => {
      clicks += 1;
      await fireEvent.click(el);
    },
    count: () => clicks,
  };
}

describe('few clicks: steps with nothing to decide fold into their neighbours', () => {
  it('the folded steps say "not needed here" and "automatic", keep their numbers, and are never done', async () => {
    await renderApp(win10Api(), false);
    expect(stepStates()).toEqual([
      '1 current',
      '2 folded',
      '3 todo',
      '4 todo',
      '5 folded',
      '6 todo',
      '7 todo',
    ]);
    const text = (n: number) => document.querySelectorAll('nav.steps li')[n]?.textContent ?? '';
    expect(text(1)).toContain('not needed here');
    expect(text(4)).toContain('automatic');
    await fireEvent.click(nextButton());
    await vi.waitFor(() => expect(currentStep()).toContain('Choice'));
    expect(stepStates().slice(0, 3)).toEqual(['✓ done', '2 folded', '3 current']);
  });

  it('Windows 10, every step: launch to the result in 4 clicks', async () => {
    await renderApp(win10Api(), false);
    const { click, count } = clickCounter();
    await click(nextButton());
    await vi.waitFor(() => expect(currentStep()).toContain('Choice'));
    await click(nextButton());
    await vi.waitFor(() => expect(currentStep()).toContain('Review'));
    await click(nextButton());
    await vi.waitFor(() => expect(currentStep()).toContain('Apply'));
    expect(screen.getByText(/The backup goes to E:\\TLS12\\backups/)).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Back up and apply' }));
    await vi.waitFor(() => expect(currentStep()).toContain('Result'));
    expect(count()).toBe(4);
  });

  it('Windows 10, one screen: "Make it ready", its one confirmation, and the verdict after: 2 clicks', async () => {
    const api = win10Api();
    await renderApp(api, false);
    expect(screen.getByRole('region', { name: 'Is this PC ready for Microsoft 365?' }).textContent).toContain(
      'Not ready for Microsoft 365 yet: this tool can make it ready.',
    );
    const { click, count } = clickCounter();
    await click(screen.getByRole('button', { name: 'Make it ready' }));
    const confirm = await screen.findByRole('group', { name: 'Make it ready' });
    // The fixture's .NET group on a 64-bit Windows 10: v2.0.50727 and v4.0.30319, two values, two views.
    expect(confirm.textContent).toContain('Back up and change 8 values?');
    expect(confirm.textContent).toContain('E:\\TLS12\\backups');
    expect(api.apply).not.toHaveBeenCalled();
    await click(screen.getByRole('button', { name: 'Back up and change' }));
    expect(
      await screen.findByRole('heading', { name: 'Ready for Microsoft 365 after a restart.' }),
    ).toBeTruthy();
    expect(currentStep()).toContain('Result');
    expect(count()).toBe(2);
    expect(api.apply).toHaveBeenCalledWith(
      expect.objectContaining({ protocols: '1.2', groups: null, replaceWrongTypes: false }),
    );
  });

  it('"Make it ready" with a value of an unexpected type opens the review instead of asking', async () => {
    const api = win10Api();
    api.plan.mockImplementation(async (r) => {
      const plan = makePlan({ ...r, detection: win10Detection() });
      const first = plan.items[0];
      if (first) plan.items[0] = { ...first, action: 'replace-type' };
      return ok(plan);
    });
    await renderApp(api, false);
    await fireEvent.click(screen.getByRole('button', { name: 'Make it ready' }));
    await vi.waitFor(() => expect(currentStep()).toContain('Review'));
    expect(screen.queryByRole('group', { name: 'Make it ready' })).toBeNull();
    expect(api.apply).not.toHaveBeenCalled();
  });

  it('Cancel on the confirmation changes nothing', async () => {
    const api = win10Api();
    await renderApp(api, false);
    await fireEvent.click(screen.getByRole('button', { name: 'Make it ready' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Make it ready' })).toBeNull();
    expect(api.apply).not.toHaveBeenCalled();
    expect(currentStep()).toContain('This computer');
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
