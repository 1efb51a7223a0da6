import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src-renderer/App.svelte';
import { createAppState } from '../../src-renderer/lib/app-state.js';
import { createFakeApi, fail, ok } from './fake-api.js';
import { startInfo } from './fixtures.js';

describe('the start request sent before the page is mounted', () => {
  // A new window each time: no language kept from another test.
  beforeEach(() => sessionStorage.clear());

  it('is the one the first screen uses: main is not asked twice', async () => {
    const api = createFakeApi();
    const early = api.start();
    api.start.mockClear();
    render(App, { props: { app: createAppState(api, early) } });
    expect(await screen.findByRole('heading', { level: 2, name: 'This computer' })).toBeTruthy();
    expect(api.start).not.toHaveBeenCalled();
  });

  it('a failed early start is shown, and Try again asks main again', async () => {
    const api = createFakeApi();
    const early = Promise.resolve(fail('The registry could not be read.'));
    render(App, { props: { app: createAppState(api, early) } });
    expect(await screen.findByRole('heading', { name: 'The wizard could not start' })).toBeTruthy();
    expect(api.start).not.toHaveBeenCalled();
    api.start.mockResolvedValue(ok(startInfo()));
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(api.start).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('heading', { level: 2, name: 'This computer' })).toBeTruthy();
  });
});
