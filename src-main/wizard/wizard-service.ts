import { validateState } from '../core/backup/validate-state.js';
import { detect } from '../core/detect/detect.js';
import type { Machine } from '../core/machine.js';
import { applyPlan } from '../core/operations/apply.js';
import { planRollback, rollback } from '../core/operations/rollback.js';
import { buildPlan } from '../core/plan/build-plan.js';
import { assessMachine } from '../core/readiness/assess-machine.js';
import type { Readiness } from '../../src-shared/readiness-types.js';
import { adviseGroups } from '../core/plan/group-advice.js';
import { changesOf, type Plan } from '../core/plan/plan-types.js';
import type { JournalStore } from '../core/state/journal.js';
import { holdForChange, LockedError } from '../core/state/operation-lock.js';
import { repairInterrupted } from '../core/state/transaction.js';
import { checkState } from '../core/state/state-health.js';
import type {
  ApplyOutcome,
  ApplyRequest,
  BackupFolderStatus,
  BackupRequest,
  BackupSummary,
  FinishOutcome,
  KbInstallOutcome,
  PlanRequest,
  ProgressEvent,
  RepairOutcome,
  LangRequest,
  RestartRequest,
  RollbackOutcome,
  RollbackPreview,
  RollbackRequest,
  Said,
  StartInfo,
} from '../../src-shared/ipc-contract.js';
import { msg, said } from '../../src-shared/messages/messages.js';
import { backupFolderStatus } from './backup-folder.js';
import type { DesktopPlatform } from './platform.js';
import { backupFile, backupSummaries, pickedBackupSummary } from './backup-summaries.js';
import { installKbFromStick, msuOnStick } from './kb-install.js';
import { progressReporter } from './progress.js';
import { ReportKeeper } from './report-file.js';
import { reportLang } from '../core/report/report-text.js';
import { applyReport, rollbackReport } from './operation-reports.js';
import { needsNewPreview, rollbackOptions, toPreview } from './rollback-preview.js';
import { finish, relaunchElevated, RESTART_LATER, restartNow, type RestartOutcome } from './restart.js';
import { WizardError } from './wizard-error.js';
import { requireElevated, requireNoInterruptedChange, requireUsableState } from './service-guards.js';
import { repairMsg, simulationInfo } from './wizard-messages.js';
import { changedSinceReview } from './review-binding.js';
import { planFingerprint } from '../core/plan/plan-fingerprint.js';

export interface WizardServiceOptions {
  machine: Machine;
  journal: JournalStore;
  platform: DesktopPlatform;
  toolVersion: string;
  locale: string;
  /** The default backup folder (beside the portable executable, else %ProgramData%). */
  backupFolder: string;
  /** The folder of the portable executable: where a KB 3140245 .msu may be. */
  stickFolder: string | null;
  simulation: { profile: string; label: string } | null;
  onProgress?: (event: ProgressEvent) => void;
  now?: () => Date;
}

/**
 * Everything the wizard can do, without Electron: the IPC handlers call exactly these methods,
 * in Electron and in the browser harness alike. One change runs at a time.
 */
export class WizardService {
  private backupFolder: string;
  /** Backups picked outside the backup folder: id (file name) -> full path. */
  private readonly pickedBackups = new Map<string, string>();
  private readonly reports: ReportKeeper;
  private busy = false;
  /** KB 3140245 was installed from the stick in this session and wusa.exe asked for a restart. */
  private updateNeedsRestart = false;

  constructor(private readonly o: WizardServiceOptions) {
    this.backupFolder = o.backupFolder;
    this.reports = new ReportKeeper(reportLang(o.locale));
  }

  start(): StartInfo {
    const state = checkState(this.o.journal, this.o.journal.lock().file);
    const journal = state.journal;
    const detection = detect(this.o.machine);
    return {
      toolVersion: this.o.toolVersion,
      locale: this.o.locale,
      simulation: simulationInfo(this.o.simulation, detection),
      interrupted: journal ? { operation: journal.operation, startedAt: journal.startedAt } : null,
      detection,
      groupAdvice: adviseGroups(this.o.machine.registry, detection),
      backupFolder: backupFolderStatus(
        this.backupFolder,
        this.o.stickFolder,
        this.backupFolder === this.o.backupFolder,
      ),
      kbInstaller: msuOnStick(detection, this.o.stickFolder),
      stateProblems: state.problems,
      stateProblemMsgs: state.problemMsgs,
    };
  }

  repairInterrupted(): RepairOutcome {
    return this.exclusive(() => {
      requireElevated(this.o.machine);
      requireUsableState(this.o.journal);
      const is64 = detect(this.o.machine).os.is64Bit;
      const r = repairInterrupted(this.o.machine.registry, this.o.journal, (s) => validateState(s, is64));
      const detection = detect(this.o.machine);
      return {
        ok: !r.repaired || r.ok,
        ...said(repairMsg(r)),
        detection,
        groupAdvice: adviseGroups(this.o.machine.registry, detection),
      };
    });
  }

  plan(request: PlanRequest): Plan {
    const plan = buildPlan(
      this.o.machine.registry,
      detect(this.o.machine),
      request.protocols,
      request.groups,
    );
    return { ...plan, fingerprint: planFingerprint(plan) };
  }

  async chooseBackupFolder(): Promise<BackupFolderStatus | null> {
    const picked = await this.o.platform.chooseFolder('Choose the backup folder', this.backupFolder);
    if (picked === null) return null;
    const status = backupFolderStatus(picked, this.o.stickFolder);
    if (status.writable) this.backupFolder = picked;
    return status;
  }

  apply(request: ApplyRequest): ApplyOutcome {
    return this.exclusive(() => {
      requireNoInterruptedChange(this.o.journal);
      // Planned again here from the choice: the renderer never sends a plan or a path.
      const plan = this.plan(request);
      if (request.reviewedPlan !== undefined && request.reviewedPlan !== plan.fingerprint) {
        // The computer changed after the review: nothing is done; the new plan is shown instead.
        return changedSinceReview(plan);
      }
      const result = applyPlan(
        plan,
        { backupDir: this.backupFolder, replaceWrongTypes: request.replaceWrongTypes },
        this.context('apply', changesOf(plan).length),
      );
      const after = result.outcome === 'refused' ? null : this.plan(request);
      const report = applyReport(this.stamp(), request, plan, after, result, this.readinessOf(after));
      return { result, after, ...this.reports.record(report, this.backupFolder) };
    });
  }

  listBackups(): BackupSummary[] {
    const os = detect(this.o.machine).os;
    return backupSummaries(this.backupFolder, os.computerName, os.is64Bit);
  }

  async chooseBackupFile(): Promise<BackupSummary | null> {
    const file = await this.o.platform.chooseFile('Choose a backup of this computer', this.backupFolder);
    if (file === null) return null;
    const os = detect(this.o.machine).os;
    const summary = pickedBackupSummary(file, os.computerName, os.is64Bit);
    if (summary.valid) this.pickedBackups.set(summary.id, file);
    return summary;
  }

  previewRollback(request: BackupRequest): RollbackPreview {
    return toPreview(request.id, planRollback(this.backupPath(request.id), this.context('rollback', 0)));
  }

  rollback(request: RollbackRequest): RollbackOutcome {
    return this.exclusive(() => {
      requireNoInterruptedChange(this.o.journal);
      const file = this.backupPath(request.id);
      const preview = planRollback(file, this.context('rollback', 0));
      const ctx = this.context('rollback', preview.items.filter((i) => i.changes).length);
      const { plan, ...result } = rollback(file, ctx, rollbackOptions(request));
      const before = plan ?? preview;
      const changed = needsNewPreview(plan, request);
      const after =
        result.outcome !== 'refused' || changed ? toPreview(request.id, planRollback(file, ctx)) : null;
      const report = rollbackReport(this.stamp(), detect(this.o.machine), before, after, result);
      report.readiness = this.readinessOf(this.plan({ protocols: '1.2', groups: null }));
      return { result, after, ...this.reports.record(report, this.backupFolder) };
    });
  }

  /** Installs KB 3140245 from the stick: Finish and any change wait until wusa.exe is done. */
  installKb(): Promise<KbInstallOutcome> {
    const { machine, stickFolder, platform } = this.o;
    return this.whileBusy(async () => {
      const outcome = await installKbFromStick(machine, stickFolder, platform);
      if (outcome.restartNeeded) this.updateNeedsRestart = true;
      return outcome;
    });
  }

  /** The readiness verdict of the machine as it is now (for the report and the ticket). */
  private readinessOf(plan: Plan | null): Readiness | null {
    if (plan === null) return null;
    return assessMachine(this.o.machine, this.o.journal, plan, {
      ...(this.o.now ? { now: this.o.now() } : {}),
      updateInstalledThisSession: this.updateNeedsRestart,
    });
  }

  /** Opens the last report, written again in the wizard's language. */
  async openReport(request: LangRequest = { lang: 'en' }): Promise<{ opened: boolean; file: string }> {
    this.reports.setLang(request.lang);
    const file = this.reports.file();
    if (!file) throw new WizardError('not-found', msg('wizard.noReport', {}));
    return { opened: await this.o.platform.openFile(file), file };
  }

  /** Copies the last result's summary, in the wizard's language, to the clipboard. */
  copySummary(request: LangRequest = { lang: 'en' }): { copied: boolean; text: string } {
    this.reports.setLang(request.lang);
    const text = this.reports.summary();
    if (text === null) throw new WizardError('not-found', msg('wizard.noResult', {}));
    this.o.platform.writeClipboard(text);
    return { copied: true, text };
  }

  async restart(request: RestartRequest): Promise<RestartOutcome> {
    if (request.when === 'later') {
      this.reports.setRestart('later');
      return RESTART_LATER;
    }
    requireElevated(this.o.machine);
    const outcome = await restartNow(this.o.platform, this.o.machine.systemRoot);
    if (outcome.scheduled) this.reports.setRestart('started');
    return outcome;
  }

  relaunchElevated(): Promise<Said<{ started: boolean }>> {
    return relaunchElevated(this.o.platform);
  }

  /** Finish on the result: closes the window, never while a change or an installation runs. */
  finish(): Promise<FinishOutcome> {
    this.notBusy();
    return finish(this.o.platform);
  }

  private context(operation: 'apply' | 'rollback', total: number) {
    return {
      machine: this.o.machine,
      journal: this.o.journal,
      toolVersion: this.o.toolVersion,
      onStep: progressReporter(operation, total, this.o.onProgress),
      now: () => this.now(),
    };
  }

  private stamp(): { toolVersion: string; createdAt: string } {
    return { toolVersion: this.o.toolVersion, createdAt: this.now().toISOString() };
  }

  private now(): Date {
    return this.o.now?.() ?? new Date();
  }

  private backupPath(id: string): string {
    return backupFile(id, this.pickedBackups, this.backupFolder);
  }

  private notBusy(): void {
    if (this.busy) throw new WizardError('busy', msg('wizard.busy', {}));
  }

  /** An installation runs outside the registry lock, but nothing else runs beside it. */
  private async whileBusy<T>(fn: () => Promise<T>): Promise<T> {
    this.notBusy();
    this.busy = true;
    try {
      return await fn();
    } finally {
      this.busy = false;
    }
  }

  /** One change at a time: in this wizard, and across processes (another wizard, the CLI). */
  private exclusive<T>(fn: () => T): T {
    this.notBusy();
    this.busy = true;
    try {
      return holdForChange(this.o.journal.lock(), this.o.machine.isElevated(), () => {
        this.o.machine.refresh?.(); // read under the lock: no other copy writes in between
        return fn();
      });
    } catch (error) {
      if (error instanceof LockedError) throw new WizardError('busy', error.msg);
      throw error;
    } finally {
      this.busy = false;
    }
  }
}
