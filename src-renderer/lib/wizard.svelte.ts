import type { GroupAdvice } from '../../src-shared/groups.js';
import type { Plan, PlanItem } from '../../src-shared/plan-types.js';
import type {
  ApplyOutcome,
  BackupFolderStatus,
  KbInstallOutcome,
  ProgressEvent,
} from '../../src-shared/ipc-contract.js';
import { t } from '../i18n/i18n.svelte.js';
import { GROUPS, type Group } from '../../src-shared/groups.js';
import { DEFAULT_PROTOCOL_CHOICE, type ProtocolChoice } from '../../src-shared/protocols.js';
import { baseName } from './format.js';
import type { Session } from './session.svelte.js';

export const STEP_IDS = ['computer', 'update', 'choice', 'review', 'backup', 'apply', 'result'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The seven steps: where the technician is, what they chose, and what main answered. */
export class Wizard {
  step = $state<StepId>('computer');
  protocols = $state<ProtocolChoice>(DEFAULT_PROTOCOL_CHOICE);
  /** The groups the technician ticked; used only once they changed a tick (groupsChosen). */
  groups = $state<Group[]>([]);
  /** False until a group is ticked or unticked: then main plans what this Windows needs. */
  groupsChosen = $state(false);
  plan = $state.raw<Plan | null>(null);
  replaceWrongTypes = $state(false);
  /** A folder the technician picked that cannot be used (main keeps the previous one). */
  folderRejected = $state.raw<BackupFolderStatus | null>(null);
  kbOutcome = $state.raw<KbInstallOutcome | null>(null);
  progress = $state.raw<ProgressEvent[]>([]);
  outcome = $state.raw<ApplyOutcome | null>(null);
  /** The plan the last apply was made from (its effective protocols and changes, for the result). */
  appliedPlan = $state.raw<Plan | null>(null);
  /** The technician asked for every step, also those with nothing to decide. */
  fullPath = $state(false);
  /** "Make it ready" asks its one question (the plan is loaded and needs no decision). */
  quickConfirm = $state(false);
  /** "Where to get the update" is open (KB 3140245 missing and not on the stick). */
  showWhereKb = $state(false);

  constructor(readonly session: Session) {}

  get index(): number {
    return STEP_IDS.indexOf(this.step);
  }

  /** Changes in the current plan (every value that is not already right). */
  get changes(): PlanItem[] {
    return this.plan?.items.filter((i) => i.action !== 'none') ?? [];
  }

  get wrongTypes(): PlanItem[] {
    return this.changes.filter((i) => i.action === 'replace-type');
  }

  /** Why Next cannot be used now, for a person; null when it can. */
  get blockReason(): string | null {
    const s = this.session;
    if (s.busy) return t('busyReason');
    switch (this.step) {
      case 'computer':
        return s.detection?.os.unsupportedMsg ? t('blockUnsupported') : null;
      case 'update':
        return null;
      case 'choice':
        return this.selectedGroups.length === 0 ? t('blockNoGroup') : null;
      case 'review':
        if (!this.plan) return t('blockNoPlan');
        if (this.plan.blockers.length > 0) return t('blockBlockers');
        if (this.wrongTypes.length > 0 && !this.replaceWrongTypes) return t('blockWrongTypes');
        // Nothing to change needs no administrator rights: Next goes on to the result.
        return null;
      case 'backup':
        if (!s.backupFolder?.writable) return t('blockFolder');
        return s.elevated ? null : t('blockNotElevated');
      case 'apply': {
        const outcome = this.outcome?.result.outcome;
        return outcome === 'done' || outcome === 'nothing-to-do' ? null : t('blockApplyFirst');
      }
      case 'result':
        return t('blockLastStep');
    }
  }

  get canGoBack(): boolean {
    if (this.session.busy || this.step === 'computer' || this.step === 'result') return false;
    // After a successful apply there is no way back to a plan that no longer describes the registry.
    return !(
      this.step === 'apply' &&
      this.outcome &&
      this.outcome.result.outcome !== 'refused' &&
      this.outcome.result.outcome !== 'failed'
    );
  }

  get hasNext(): boolean {
    return this.step !== 'result';
  }

  /**
   * A step with nothing to decide folds into its neighbour ("not needed here", "automatic"; never
   * shown as done): the update step
   * where Windows does not need KB 3140245, the backup step when its folder is writable.
   */
  folded(id: StepId): boolean {
    if (this.fullPath) return false;
    const s = this.session;
    if (id === 'update') return s.detection?.kb3140245.needed === false;
    if (id === 'backup') return s.backupFolder?.writable === true && s.elevated;
    return false;
  }

  /** The next (direction 1) or previous (-1) step that is not folded. */
  private neighbour(direction: 1 | -1): StepId | undefined {
    let i = this.index + direction;
    while (STEP_IDS[i] !== undefined && this.folded(STEP_IDS[i] as StepId)) i += direction;
    return STEP_IDS[i];
  }

  /** True when the review found nothing to change: the wizard checks and goes to the result. */
  get nothingToChange(): boolean {
    return this.plan !== null && this.plan.blockers.length === 0 && this.changes.length === 0;
  }

  async next(): Promise<void> {
    if (this.blockReason !== null) return;
    if (this.step === 'review' && this.nothingToChange) {
      await this.apply();
      return;
    }
    const to = this.neighbour(1);
    if (!to) return;
    this.session.error = null;
    this.step = to;
    if (to === 'review') await this.loadPlan();
  }

  async back(): Promise<void> {
    const to = this.neighbour(-1);
    if (!to || !this.canGoBack) return;
    this.session.error = null;
    this.step = to;
    if (to === 'review' && !this.plan) await this.loadPlan();
  }

  adviceFor(group: Group): GroupAdvice | undefined {
    return this.session.groupAdvice.find((a) => a.group === group);
  }

  /** The ticked groups: what this Windows needs until the technician changes a tick. */
  get selectedGroups(): Group[] {
    if (this.groupsChosen) return this.groups;
    return GROUPS.filter((g) => this.adviceFor(g)?.need === 'required');
  }

  /** The ticked group that needs this one here (SChannel for .NET on Windows 7), if any. */
  lockedBy(group: Group): Group | null {
    return (
      this.selectedGroups.find((g) => g !== group && this.adviceFor(g)?.requires.includes(group)) ?? null
    );
  }

  toggleGroup(group: Group, on: boolean): void {
    if (this.adviceFor(group)?.need === 'never' || (!on && this.lockedBy(group) !== null)) return;
    const ticked = this.selectedGroups.filter((g) => g !== group).concat(on ? [group] : []);
    // A group that gives TLS 1.2 here only with another one brings it along (and locks it).
    const needed = ticked.flatMap((g) => this.adviceFor(g)?.requires ?? []);
    // Always in catalogue order, whatever order they were ticked in.
    this.groups = GROUPS.filter((g) => ticked.includes(g) || needed.includes(g));
    this.groupsChosen = true;
  }

  /** What main is asked to plan: null (what this Windows needs) until a tick was changed. */
  private get requestedGroups(): Group[] | null {
    return this.groupsChosen ? [...this.groups] : null;
  }

  /** Reads what would change for the choice (main plans again from the choice on apply). */
  async loadPlan(): Promise<void> {
    this.plan = null;
    this.replaceWrongTypes = false;
    const plan = await this.session.call('plan', (api) =>
      api.plan({ protocols: this.protocols, groups: this.requestedGroups }),
    );
    if (plan) this.plan = plan;
  }

  /** "Make it ready" is offered: something to change, administrator rights, a usable backup folder. */
  get canMakeReady(): boolean {
    const s = this.session;
    return s.readiness?.planHasChanges === true && s.elevated && s.backupFolder?.writable === true;
  }

  /**
   * The first screen's "Make it ready": plans what this Windows needs and asks once; a plan that
   * needs a decision (a blocker, a value of an unexpected type) opens the review instead.
   */
  async makeReady(): Promise<void> {
    await this.loadPlan();
    if (!this.plan) return;
    if (this.plan.blockers.length > 0 || this.wrongTypes.length > 0 || this.nothingToChange) {
      this.step = 'review';
      return;
    }
    this.quickConfirm = true;
  }

  /** The one confirmation of "Make it ready": back up, change, verify, and on to the result. */
  async confirmMakeReady(): Promise<void> {
    this.quickConfirm = false;
    await this.apply();
  }

  async installKb(): Promise<void> {
    const outcome = await this.session.call('installKb', (api) => api.installKb());
    if (!outcome) return;
    this.kbOutcome = outcome;
    this.session.detection = outcome.detection;
    // The update changes the verdict (WinHTTP can use TLS 1.2 once restarted): judged again.
    if (outcome.ok) await this.session.refreshVerdict();
  }

  async chooseFolder(): Promise<void> {
    const status = await this.session.call('chooseFolder', (api) => api.chooseBackupFolder());
    if (!status) return;
    if (status.writable) {
      this.session.backupFolder = status;
      this.folderRejected = null;
    } else {
      this.folderRejected = status;
    }
  }

  async apply(): Promise<void> {
    const s = this.session;
    // Nothing to change writes nothing: no rights and no backup folder needed for the result.
    if (s.busy || (!this.nothingToChange && (!s.elevated || !s.backupFolder?.writable))) return;
    this.progress = [];
    this.outcome = null;
    this.appliedPlan = this.plan;
    s.resetAftercare();
    const stop = s.api?.onProgress((event) => {
      if (event.operation === 'apply') this.progress = [...this.progress, event];
    });
    const reviewed = this.plan?.fingerprint ?? '';
    try {
      const outcome = await s.call('apply', (api) =>
        api.apply({
          protocols: this.protocols,
          groups: this.requestedGroups,
          replaceWrongTypes: this.replaceWrongTypes,
          reviewedPlan: reviewed,
        }),
      );
      if (outcome?.result.outcome === 'refused' && outcome.after && outcome.after.fingerprint !== reviewed) {
        // The computer changed after the review: nothing was done; review the new plan.
        this.plan = outcome.after;
        this.replaceWrongTypes = false;
        this.step = 'review';
        s.error = outcome.result.msg;
        return;
      }
      if (outcome) {
        this.outcome = outcome;
        if (outcome.readiness) s.readiness = outcome.readiness;
        if (outcome.after) s.detection = outcome.after.detection;
      }
    } finally {
      stop?.();
    }
    // The registry may differ now: the review must read it again.
    this.plan = null;
    const done = this.outcome?.result.outcome;
    // Outcome first: a change that worked goes straight to the result.
    if (done === 'done' || done === 'nothing-to-do') this.step = 'result';
  }

  /** The backup file the last apply wrote, by the name the rollback channel takes; null when none. */
  get backupId(): string | null {
    const file = this.outcome?.result.backup?.jsonFile;
    return file ? baseName(file) : null;
  }
}
