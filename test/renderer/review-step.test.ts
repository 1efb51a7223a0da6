import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { createFakeApi, ok } from './fake-api.js';
import { makePlan } from './fixtures.js';
import { msg, said } from '../../src-shared/messages/messages.js';
import { clickNext, currentStep, nextButton, renderApp } from './render-app.js';

async function toReview(api = createFakeApi()) {
  const r = await renderApp(api);
  await clickNext(3);
  await screen.findAllByRole('table', { name: /Registry values|Values already right/ });
  return r;
}

describe('step 4: review', () => {
  it('lists every value in every view, current -> new', async () => {
    await toReview();
    expect(currentStep()).toContain('Review');
    const rows = within(screen.getByRole('table', { name: /Registry values/ }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(12);
    const first = rows[0]?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(first).toContain('HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp');
    expect(first).toContain('64-bit');
    // Shortened to the hive and the last two parts; the full path one click away.
    const key = rows[0]?.querySelector('details.key-path') as HTMLDetailsElement;
    expect(key.querySelector('summary')?.textContent).toBe('HKLM\\…\\Internet Settings\\WinHttp');
    expect(key.open).toBe(false);
    expect(first).toContain('DefaultSecureProtocols');
    expect(first).toContain('(not set)');
    expect(first).toContain('0x00000800 (2048) = TLS 1.2');
    expect(rows[1]?.textContent).toContain('32-bit');
    // SChannel is shared: no view label.
    expect(rows[10]?.textContent).toContain('Enabled');
    expect(rows[10]?.textContent).not.toMatch(/\d\d-bit/);
    expect(screen.getByText('12 values will change; a restart will be needed.')).toBeTruthy();
  });

  it('greys unchanged rows with "no change" and counts only changes', async () => {
    const api = createFakeApi();
    api.plan.mockImplementation(async (r) =>
      ok(
        makePlan({
          ...r,
          current: {
            'Enabled/shared': { type: 'REG_DWORD', data: 1 },
            'DisabledByDefault/shared': { type: 'REG_DWORD', data: 0 },
          },
        }),
      ),
    );
    await toReview(api);
    const unchanged = screen.getAllByText('no change');
    expect(unchanged).toHaveLength(2);
    expect(unchanged[0]?.closest('tr')?.classList.contains('unchanged')).toBe(true);
    // Changes first, the unchanged rows folded away in their own table.
    expect(unchanged[0]?.closest('table')?.getAttribute('aria-label')).toBe('Values already right');
    expect(unchanged[0]?.closest('details')?.open).toBe(false);
    expect(screen.getByText('10 values will change; a restart will be needed.')).toBeTruthy();
  });

  it('lists the findings with their severity', async () => {
    await toReview();
    expect(screen.getByRole('heading', { name: 'Worth knowing (nothing here is changed)' })).toBeTruthy();
    const items = within(
      screen.getByRole('list', { name: 'Worth knowing (nothing here is changed)' }),
    ).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Warning:');
    expect(items[0]?.textContent).toContain('KB 3140245 is missing');
    expect(items[1]?.textContent).toContain('Information:');
  });

  it('asks to confirm replacing values of the wrong type, and sends that choice', async () => {
    const api = createFakeApi();
    const current = { 'SchUseStrongCrypto/64': { type: 'REG_SZ', data: '1' } as const };
    api.plan.mockImplementation(async (r) => ok(makePlan({ ...r, current })));
    await toReview(api);
    // Both .NET versions' SchUseStrongCrypto in the 64-bit view.
    expect(screen.getAllByText('wrong type')).toHaveLength(2);
    expect(screen.getByText(/^2 values have the wrong type/)).toBeTruthy();
    const confirm = screen.getByRole('checkbox', {
      name: 'Replace values of the wrong type',
    }) as HTMLInputElement;
    expect(confirm.checked).toBe(false);
    expect(nextButton().disabled).toBe(true);
    expect(screen.getByText(/Confirm replacing the values of the wrong type/)).toBeTruthy();
    await fireEvent.click(confirm);
    expect(nextButton().disabled).toBe(false);
    await clickNext(2);
    await fireEvent.click(screen.getByRole('button', { name: 'Back up and apply' }));
    expect(api.apply).toHaveBeenCalledWith({
      protocols: '1.2',
      groups: null,
      replaceWrongTypes: true,
      reviewedPlan: 'e'.repeat(64),
    });
  });

  it("shows an odd value (a REG_DWORD of 2 bytes) and main's finding about it, in English and in Swedish", async () => {
    const finding = {
      code: 'dword-too-short',
      severity: 'warning' as const,
      ...said(
        msg('finding.oddValue', {
          at: {
            hive: 'HKLM',
            view: 'shared',
            key: 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
            name: 'Enabled',
          },
          kind: 'dword-size',
          type: 'REG_DWORD',
          bytes: 2,
          hex: '01 00',
          reads: null,
        }),
      ),
    };
    const current = { 'Enabled/shared': { type: 'REG_RAW', data: { regType: 4, hex: '0100' } } as const };
    const api = createFakeApi();
    api.plan.mockImplementation(async (r) => ok(makePlan({ ...r, current, findings: [finding] })));
    await toReview(api);
    for (const [tag, message] of [
      ['wrong type', /is a REG_DWORD of 2 bytes: 01 00: not a usable DWORD/],
      ['fel typ', /är ett REG_DWORD på 2 byte: 01 00: inget användbart DWORD, Windows bortser från det/],
    ] as const) {
      const row = screen.getByText('REG_DWORD 2 B: 01 00').closest('tr');
      expect(row?.textContent).toContain('Enabled');
      expect(within(row as HTMLElement).getByText(tag)).toBeTruthy();
      expect(screen.getByRole('checkbox')).toBeTruthy();
      expect(nextButton().disabled).toBe(true);
      const list = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
      expect(list.some((t) => message.test(t))).toBe(true);
      if (tag === 'wrong type') await fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    }
  });

  it('shows blockers and does not go further', async () => {
    const api = createFakeApi();
    api.plan.mockImplementation(async (r) => ok(makePlan({ ...r, blockers: [msg('os.vista', {})] })));
    await toReview(api);
    expect(
      screen.getByText(/Windows Vista cannot get TLS 1.2 .* is not supported by this tool/),
    ).toBeTruthy();
    expect(screen.getByText('Cannot apply:')).toBeTruthy();
    expect(nextButton().disabled).toBe(true);
  });

  it('says when there is nothing to change', async () => {
    const api = createFakeApi();
    api.plan.mockImplementation(async (r) => {
      const plan = makePlan(r);
      return ok({
        ...plan,
        items: plan.items.map((i) => ({ ...i, current: i.desired, action: 'none' as const })),
      });
    });
    await toReview(api);
    expect(screen.getByText('Nothing to change: every value is already as chosen.')).toBeTruthy();
    expect(screen.getAllByText('no change')).toHaveLength(12);
    expect(screen.getByText('12 values were already right (unchanged)').closest('details')?.open).toBe(false);
  });
});
