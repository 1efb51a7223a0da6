import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { createFakeApi, ok } from './fake-api.js';
import { startInfo, WIN10_ADVICE, win10Detection } from './fixtures.js';
import { clickNext, currentStep, nextButton, renderApp } from './render-app.js';

function radio(name: RegExp): HTMLInputElement {
  return screen.getByRole('radio', { name });
}
function checkbox(name: RegExp): HTMLInputElement {
  return screen.getByRole('checkbox', { name });
}

describe('step 3: choice', () => {
  it('offers the four protocol sets, TLS 1.2 only preselected and recommended', async () => {
    await renderApp();
    await clickNext(2);
    expect(currentStep()).toContain('Choice');
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual(['1.2', '1.1,1.2', '1.0,1.1,1.2', '1.0,1.2']);
    expect(radio(/TLS 1.2 only \(recommended\)/).checked).toBe(true);
    expect(radio(/TLS 1.0, 1.1 and 1.2/).checked).toBe(false);
    // Each choice explains its consequence.
    expect(radio(/TLS 1.0, 1.1 and 1.2/).getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/old devices and servers \(printers/)).toBeTruthy();
  });

  it('on Windows 7, ticking .NET ticks and locks SChannel, with one sentence why', async () => {
    await renderApp();
    await clickNext(2);
    expect(checkbox(/^Windows. own TLS 1\.2 client \(SChannel/).disabled).toBe(true);
    for (const name of [/^Outlook and OneDrive \(WinHTTP/, /^\.NET programs/])
      await fireEvent.click(checkbox(name));
    expect(checkbox(/^Windows. own TLS 1\.2 client \(SChannel/).disabled).toBe(false);
    await fireEvent.click(checkbox(/^Windows. own TLS 1\.2 client \(SChannel/));
    expect(checkbox(/^Windows. own TLS 1\.2 client \(SChannel/).checked).toBe(false);
    await fireEvent.click(checkbox(/^\.NET programs/));
    expect(checkbox(/^Windows. own TLS 1\.2 client \(SChannel/).checked).toBe(true);
    expect(checkbox(/^Windows. own TLS 1\.2 client \(SChannel/).disabled).toBe(true);
    expect(
      screen.getByText(/Ticked with \.NET programs.*only with the SChannel TLS 1\.2 client on/),
    ).toBeTruthy();
  });

  it('on Windows 10 ticks only what it needs (.NET), offers the rest, and asks main for "what this Windows needs"', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(
      ok(startInfo({ detection: win10Detection(), groupAdvice: WIN10_ADVICE, kbInstaller: null })),
    );
    await renderApp(api);
    await clickNext(2);
    expect(checkbox(/^\.NET programs/).checked).toBe(true);
    for (const name of [
      /^Outlook and OneDrive \(WinHTTP/,
      /^Windows. own TLS 1\.2 client \(SChannel/,
      /^Internet Options.*\(WinINet/,
    ]) {
      expect(checkbox(name).checked).toBe(false);
      expect(checkbox(name).disabled).toBe(false);
    }
    expect(screen.getAllByText('Optional here')).toHaveLength(3);
    expect(screen.getAllByText('Needed on this Windows')).toHaveLength(1);
    await clickNext();
    expect(api.plan).toHaveBeenLastCalledWith({ protocols: '1.2', groups: null });
  });

  it('checks WinHTTP, .NET and SChannel by default, WinINet only on request', async () => {
    await renderApp();
    await clickNext(2);
    expect(checkbox(/^Outlook and OneDrive \(WinHTTP/).checked).toBe(true);
    expect(checkbox(/^\.NET programs/).checked).toBe(true);
    expect(checkbox(/^Windows. own TLS 1\.2 client \(SChannel/).checked).toBe(true);
    expect(checkbox(/^Internet Options.*\(WinINet/).checked).toBe(false);
    expect(screen.getByText(/Internet Explorer and Internet Options, as machine policy/)).toBeTruthy();
  });

  it('needs at least one group', async () => {
    await renderApp();
    await clickNext(2);
    for (const name of [
      /^Outlook and OneDrive \(WinHTTP/,
      /^\.NET programs/,
      /^Windows. own TLS 1\.2 client \(SChannel/,
    ])
      await fireEvent.click(checkbox(name));
    expect(nextButton().disabled).toBe(true);
    expect(screen.getAllByText('Choose at least one group.').length).toBeGreaterThan(0);
    await fireEvent.click(checkbox(/^Internet Options.*\(WinINet/));
    expect(nextButton().disabled).toBe(false);
  });

  it('plans exactly what was chosen', async () => {
    const { api } = await renderApp();
    await clickNext(2);
    await fireEvent.click(radio(/TLS 1.0 and 1.2/));
    await fireEvent.click(checkbox(/^Internet Options.*\(WinINet/));
    await fireEvent.click(checkbox(/^\.NET programs/));
    await clickNext();
    expect(api.plan).toHaveBeenLastCalledWith({
      protocols: '1.0,1.2',
      groups: ['winhttp', 'schannel', 'wininet'],
    });
  });

  it('keeps the choice when going back and forth', async () => {
    await renderApp();
    await clickNext(2);
    await fireEvent.click(radio(/TLS 1.1 and 1.2/));
    await fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    await clickNext();
    expect(radio(/TLS 1.1 and 1.2/).checked).toBe(true);
  });
});
