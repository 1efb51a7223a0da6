import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi, ok } from './fake-api.js';
import { startInfo, WIN10_ADVICE, win10Detection, win7Detection } from './fixtures.js';
import { win10Readiness } from './readiness-fixtures.js';
import { currentStep, nextButton, renderApp } from './render-app.js';

const BLOCKED = 'Not ready for Microsoft 365: something this tool cannot change stands in the way.';

/** The first screen's verdict region, and the buttons of the screen marked primary. */
const verdict = () => screen.getByRole('region', { name: 'Is this PC ready for Microsoft 365?' });
const primaries = () =>
  [...document.querySelectorAll('main button.primary')].map((b) => b.textContent?.trim() ?? '');

describe('the verdict leads the first screen, before anything changes', () => {
  it('Windows 7 without KB 3140245: blocked, the update first, the other reasons one click away', async () => {
    await renderApp();
    const region = verdict();
    // Before the facts about the computer, right under the heading.
    const facts = document.querySelector('dl.facts');
    expect(facts && region.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(region.querySelector('.verdict-headline')?.textContent).toBe(BLOCKED);
    expect(region.textContent).toContain('Outlook and OneDrive (WinHTTP) cannot use TLS 1.2');
    expect(region.textContent).toContain('Next step: Install Windows6.1-KB3140245-x64.msu');
    expect(within(region).getByText('and 2 more things to know')).toBeTruthy();
    expect(region.querySelector('details')?.open).toBe(false);
    // The update is on the stick: installing it is the one primary action.
    expect(primaries()).toEqual(['Install KB 3140245 from the stick']);
    expect(screen.getByRole('button', { name: 'Make it ready' }).classList.contains('primary')).toBe(false);
  });

  it('the update not on the stick: "Where to get the update" names the file and the catalogue search', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ kbInstaller: null })));
    await renderApp(api);
    const where = screen.getByRole('button', { name: 'Where to get the update' });
    expect(where.classList.contains('primary')).toBe(true);
    expect(where.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(where);
    const text = document.querySelector('.kb-where')?.textContent ?? '';
    expect(text).toContain('Windows6.1-KB3140245-x64.msu');
    expect(text).toContain('search "KB3140245"');
    expect(where.getAttribute('aria-expanded')).toBe('true');
  });

  it('installing the update from the first screen reads the verdict again (not for the ticket)', async () => {
    const { api } = await renderApp();
    await fireEvent.click(screen.getByRole('button', { name: 'Install KB 3140245 from the stick' }));
    await vi.waitFor(() => expect(api.check).toHaveBeenCalledWith({ forTicket: false }));
    expect(api.installKb).toHaveBeenCalledTimes(1);
  });

  it('Windows 10: "Make it ready" is the primary action; the step indicator folds update and backup', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(
      ok(startInfo({ detection: win10Detection(), groupAdvice: WIN10_ADVICE, readiness: win10Readiness() })),
    );
    await renderApp(api, false);
    expect(verdict().querySelector('.verdict-headline')?.textContent).toBe(
      'Not ready for Microsoft 365 yet: this tool can make it ready.',
    );
    expect(primaries()).toEqual(['Make it ready']);
  });

  it('without administrator rights: no "Make it ready"; "Check only" is there', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ detection: win7Detection({ elevated: false }) })));
    await renderApp(api);
    expect(screen.queryByRole('button', { name: 'Make it ready' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Check only' })).toBeTruthy();
  });
});

describe('"Check only": the verdict, the ticket and the report, changing nothing', () => {
  it('read-only journey: the verdict with every reason, a copied ticket and a report, marked audit only', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ detection: win7Detection({ elevated: false }) })));
    const checked = await api.check({ forTicket: true });
    if (checked.ok)
      api.check.mockResolvedValue(ok({ ...checked.value, detection: win7Detection({ elevated: false }) }));
    api.check.mockClear();
    await renderApp(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Check only' }));
    expect(await screen.findByRole('heading', { name: 'Check only: nothing was changed' })).toBeTruthy();
    expect(api.check).toHaveBeenCalledWith({ forTicket: true });
    const region = screen.getByRole('region', { name: 'Is this PC ready for Microsoft 365?' });
    // Every reason listed, not folded.
    expect(region.querySelector('details')).toBeNull();
    expect(region.textContent).toContain('Windows 7');
    expect(screen.getByText(/Without administrator rights this is all the tool can do here/)).toBeTruthy();
    const copy = screen.getByRole('button', { name: 'Copy for the ticket' });
    expect(copy.classList.contains('primary')).toBe(true);
    await fireEvent.click(copy);
    expect(await screen.findByText('The summary was copied to the clipboard.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Open report' }));
    expect(api.openReport).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Restart…' })).toBeNull();
    expect(api.apply).not.toHaveBeenCalled();
    // Back to the wizard, where it was.
    await fireEvent.click(screen.getByRole('button', { name: 'Back to the wizard' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'This computer' })).toBeTruthy();
  });

  it('from the Backup step without administrator rights: Check only instead of a dead end', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ detection: win7Detection({ elevated: false }) })));
    await renderApp(api);
    for (let i = 0; i < 4; i++) await fireEvent.click(nextButton());
    await vi.waitFor(() => expect(currentStep()).toContain('Backup'));
    const check = screen.getAllByRole('button', { name: 'Check only' })[0] as HTMLElement;
    await fireEvent.click(check);
    expect(await screen.findByRole('heading', { name: 'Check only: nothing was changed' })).toBeTruthy();
  });
});

describe('the protocol choice, where nothing uses it', () => {
  it('Windows 10 with only .NET ticked: the choice is disabled, and says why in one sentence', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(
      ok(startInfo({ detection: win10Detection(), groupAdvice: WIN10_ADVICE, readiness: win10Readiness() })),
    );
    const { app } = await renderApp(api);
    for (let i = 0; i < 2; i++) await fireEvent.click(nextButton());
    await vi.waitFor(() => expect(currentStep()).toContain('Choice'));
    const radio = screen.getByRole('radio', { name: /TLS 1.2 only/ });
    expect(radio.matches(':disabled')).toBe(true);
    expect(radio.closest('fieldset')?.disabled).toBe(true);
    expect(screen.getByText(/None of the ticked settings uses this choice here/)).toBeTruthy();
    // Ticking WinHTTP makes the choice count again.
    await fireEvent.click(screen.getByRole('checkbox', { name: /WinHTTP/ }));
    expect(app.wizard.selectedGroups).toContain('winhttp');
    await vi.waitFor(() => expect(radio.matches(':disabled')).toBe(false));
  });
});
