// Issue 9 §7 in the wizard: a value changed since the apply is marked in the rollback preview with
// what the tool had set, and overwritten only after the technician confirms.
import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { RollbackPreview } from '../../src-shared/ipc-contract.js';
import { msg, said } from '../../src-shared/messages/messages.js';
import { createFakeApi, ok, type FakeApi } from './fake-api.js';
import { BACKUP_ID, rollbackPreview } from './fixtures.js';
import { renderApp } from './render-app.js';

function drifted(): RollbackPreview {
  const base = rollbackPreview();
  const [first, ...rest] = base.items;
  return {
    ...base,
    items: [
      {
        ...(first as NonNullable<typeof first>),
        current: { type: 'REG_DWORD', data: 0x2a0 },
        setByTool: { type: 'REG_DWORD', data: 0x800 },
        drift: 'drifted',
      },
      ...rest,
    ],
  };
}

async function preview(api: FakeApi) {
  await renderApp(api);
  await fireEvent.click(screen.getByRole('button', { name: 'Roll back from a backup…' }));
  await screen.findByRole('group', { name: /Backups of this computer/ });
  await fireEvent.click(screen.getByRole('button', { name: 'Show what changes' }));
  await screen.findByRole('heading', { name: 'Check the rollback' });
}

describe('drift in the rollback preview', () => {
  it('marks the drifted row with current, what the tool set and what is restored; needs a confirmation', async () => {
    const api = createFakeApi();
    api.previewRollback.mockResolvedValue(ok(drifted()));
    await preview(api);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]?.classList.contains('drifted')).toBe(true);
    expect(rows[1]?.textContent).toContain('0x000002A0 (672)');
    expect(rows[1]?.textContent).toContain('changed since the apply');
    expect(rows[1]?.textContent).toContain('(the tool had set 0x00000800 (2048) = TLS 1.2)');
    expect(rows[1]?.textContent).toContain('(not set: value removed)');
    expect(rows[2]?.classList.contains('drifted')).toBe(false);
    expect(screen.getByText(/1 value was changed by someone else since the apply/)).toBeTruthy();

    const confirm = screen.getByRole('button', { name: 'Roll back now' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await fireEvent.click(
      screen.getByRole('checkbox', { name: 'Overwrite the values changed since the apply' }),
    );
    expect(confirm.disabled).toBe(false);
    await fireEvent.click(confirm);
    expect(api.rollback).toHaveBeenCalledWith({
      id: BACKUP_ID,
      restoreWrongTypes: false,
      previewHash: 'c'.repeat(64),
      overwriteDrift: true,
    });
  });

  it('a value that drifts after the preview: refused, the new preview shown unconfirmed', async () => {
    const api = createFakeApi();
    api.rollback.mockResolvedValueOnce(
      ok({
        result: {
          outcome: 'refused',
          exitCode: 2,
          restartNeeded: false,
          ...said(
            msg('result.refused', {
              reasons: [msg('rollback.drifted', { names: ['DefaultSecureProtocols (64)'] })],
            }),
          ),
          backup: null,
          steps: [],
          restored: null,
        },
        after: drifted(),
        readiness: null,
        reportAvailable: false,
        summary: '',
      }),
    );
    await preview(api);
    await fireEvent.click(screen.getByRole('button', { name: 'Roll back now' }));
    expect(
      await screen.findAllByText(/1 value was changed by someone else since the apply/),
    ).not.toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'Check the rollback' })).toBeTruthy();
    const box = screen.getByRole('checkbox', { name: 'Overwrite the values changed since the apply' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('button', { name: 'Roll back now' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so when the backup is too old to know', async () => {
    const api = createFakeApi();
    const old = rollbackPreview();
    api.previewRollback.mockResolvedValue(
      ok({ ...old, driftKnown: false, items: old.items.map((i) => ({ ...i, drift: 'unknown' as const })) }),
    );
    await preview(api);
    expect(screen.getByText(/older version of the tool: whether values were changed/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Roll back now' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
