import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { createFakeApi, ok } from './fake-api.js';
import { startInfo, win10Detection, win7Detection } from './fixtures.js';
import { english, msg, type Msg } from '../../src-shared/messages/messages.js';

const unsupported = (m: Msg) => ({ unsupportedReason: english(m), unsupportedMsg: m });
import { clickNext, currentStep, nextButton, renderApp } from './render-app.js';

function fact(label: string): string {
  const dt = screen.getByText(label, { selector: 'dt' });
  return dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('step 1: this computer', () => {
  it('calls start() once and shows what was detected', async () => {
    const { api } = await renderApp();
    expect(api.start).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { level: 2, name: 'This computer' })).toBeTruthy();
    expect(fact('Windows')).toBe('Windows 7 SP1 (64-bit)');
    expect(fact('Edition')).toBe('Professional');
    expect(fact('Build')).toBe('7601 (version 6.1)');
    expect(fact('Service pack')).toBe('Service Pack 1');
    expect(fact('Type')).toBe('Client');
    expect(fact('Architecture')).toBe('64-bit (x64)');
    expect(fact('Computer name')).toBe('SIM-WIN7');
    expect(fact('Administrator')).toBe('yes');
    expect(fact('.NET Framework')).toBe('2.0, 3.5, 4.6.2');
  });

  it('shows build.UBR on Windows 10', async () => {
    const api = createFakeApi();
    api.start.mockResolvedValue(ok(startInfo({ detection: win10Detection() })));
    await renderApp(api);
    expect(fact('Build')).toBe('19045.5131 (version 10.0)');
    expect(fact('Service pack')).toBe('none');
  });

  it('marks the step in the indicator and focuses its heading', async () => {
    await renderApp();
    expect(currentStep()).toContain('This computer');
    const nav = screen.getByRole('navigation', { name: 'Steps' });
    expect(within(nav).getAllByRole('listitem')).toHaveLength(7);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  it('moves on to the update step with Next and back with Back', async () => {
    await renderApp();
    await clickNext();
    expect(currentStep()).toContain('Update');
    expect(document.activeElement?.textContent).toBe('Update KB 3140245 (WinHTTP)');
    await fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(currentStep()).toContain('This computer');
  });

  it('shows an unsupported Windows prominently and does not go further', async () => {
    const api = createFakeApi();
    const d = win7Detection();
    api.start.mockResolvedValue(
      ok(
        startInfo({
          detection: {
            ...d,
            os: {
              ...d.os,
              family: null,
              build: 7600,
              servicePack: 0,
              ...unsupported(msg('os.noServicePack', { server: false })),
            },
          },
        }),
      ),
    );
    await renderApp(api);
    expect(screen.getByText(/install Service Pack 1 first/).closest('.callout')?.textContent).toContain(
      'NOT SUPPORTED:',
    );
    expect(nextButton().disabled).toBe(true);
    expect(screen.getByText('This Windows is not supported: the wizard cannot go further.')).toBeTruthy();
    await fireEvent.click(nextButton());
    expect(currentStep()).toContain('This computer');
  });
});
