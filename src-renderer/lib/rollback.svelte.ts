import type {
  BackupSummary,
  ProgressEvent,
  RollbackOutcome,
  RollbackPreview,
} from '../../src-shared/ipc-contract.js';
import type { Session } from './session.svelte.js';

export type RollbackScreen = 'pick' | 'preview' | 'result';

/** Roll back from a backup: pick one, see what it would change, confirm, see it verified. */
export class Rollback {
  screen = $state<RollbackScreen>('pick');
  backups = $state.raw<BackupSummary[] | null>(null);
  selected = $state<string | null>(null);
  /** A file picked with "Choose a backup file..." that cannot be used. */
  pickedProblem = $state.raw<BackupSummary | null>(null);
  preview = $state.raw<RollbackPreview | null>(null);
  progress = $state.raw<ProgressEvent[]>([]);
  outcome = $state.raw<RollbackOutcome | null>(null);
  /** The technician confirmed writing back values of an unexpected type. */
  restoreWrongTypes = $state(false);
  /** The technician confirmed overwriting the values changed since the apply (drift). */
  overwriteDrift = $state(false);

  constructor(readonly session: Session) {}

  async load(): Promise<void> {
    this.screen = 'pick';
    const list = await this.session.call('listBackups', (api) => api.listBackups());
    if (!list) return;
    this.backups = list;
    if (this.selected === null || !list.some((b) => b.id === this.selected && b.valid)) {
      this.selected = list.find((b) => b.valid)?.id ?? null;
    }
  }

  /** "Roll back this change now" on the result: the preview of the backup that apply just wrote. */
  async previewBackup(id: string): Promise<void> {
    this.session.error = null;
    this.session.stage = 'rollback';
    this.outcome = null;
    await this.load();
    if (!this.backups?.some((b) => b.id === id && b.valid)) return;
    this.selected = id;
    await this.showPreview();
  }

  async chooseFile(): Promise<void> {
    const picked = await this.session.call('chooseBackupFile', (api) => api.chooseBackupFile());
    if (!picked) return;
    if (!picked.valid) {
      this.pickedProblem = picked;
      return;
    }
    this.pickedProblem = null;
    this.backups = [picked, ...(this.backups ?? []).filter((b) => b.id !== picked.id)];
    this.selected = picked.id;
  }

  async showPreview(): Promise<void> {
    const id = this.selected;
    if (!id) return;
    const preview = await this.session.call('previewRollback', (api) => api.previewRollback({ id }));
    if (!preview) return;
    this.showNew(preview);
    this.screen = 'preview';
  }

  backToList(): void {
    this.session.error = null;
    this.screen = 'pick';
  }

  /** A (new) preview: every confirmation starts again unticked. */
  private showNew(preview: RollbackPreview): void {
    this.preview = preview;
    this.restoreWrongTypes = false;
    this.overwriteDrift = false;
  }

  /** Values changed by someone else since the apply: overwritten only when confirmed. */
  get drifted(): number {
    return this.preview?.items.filter((i) => i.drift === 'drifted').length ?? 0;
  }

  /** Every confirmation the preview asks for is given. */
  get confirmed(): boolean {
    return (this.wrongTypes === 0 || this.restoreWrongTypes) && (this.drifted === 0 || this.overwriteDrift);
  }

  /** Values the backup would write with an unexpected type: they need the confirmation. */
  get wrongTypes(): number {
    return this.preview?.items.filter((i) => i.wrongType).length ?? 0;
  }

  /** True when the preview shows anything to do. */
  get hasChanges(): boolean {
    const p = this.preview;
    return p !== null && (p.items.some((i) => i.changes) || p.keysToRemove.length > 0);
  }

  async run(): Promise<void> {
    const s = this.session;
    const id = this.preview?.id;
    const previewHash = this.preview?.contentHash ?? '';
    if (!id || !s.elevated || s.busy) return;
    this.progress = [];
    s.resetAftercare();
    const stop = s.api?.onProgress((event) => {
      if (event.operation === 'rollback') this.progress = [...this.progress, event];
    });
    try {
      const outcome = await s.call('rollback', (api) =>
        api.rollback({
          id,
          restoreWrongTypes: this.restoreWrongTypes,
          previewHash,
          overwriteDrift: this.overwriteDrift,
        }),
      );
      if (outcome?.result.outcome === 'refused' && outcome.after) {
        // The file changed after the preview, or values drifted since: nothing was done; show
        // the new preview instead.
        this.showNew(outcome.after);
        s.error = outcome.result.msg;
      } else if (outcome) {
        this.outcome = outcome;
        if (outcome.readiness) s.readiness = outcome.readiness;
        this.screen = 'result';
      }
    } finally {
      stop?.();
    }
  }
}
