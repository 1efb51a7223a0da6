import * as os from 'node:os';
import { detect } from '../core/detect/detect.js';
import type { Machine } from '../core/machine.js';
import { adviseGroups } from '../core/plan/group-advice.js';
import type { Plan } from '../core/plan/plan-types.js';
import type { JournalStore } from '../core/state/journal.js';
import { LockedError } from '../core/state/operation-lock.js';
import { checkState } from '../core/state/state-health.js';
import type {
  ApplyOutcome,
  ApplyRequest,
  BackupFolderStatus,
  BackupRequest,
  BackupSummary,
  CheckOutcome,
  CheckRequest,
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
import { msg, said, type Msg } from '../../src-shared/messages/messages.js';
import { DEFAULT_PROTOCOL_CHOICE } from '../../src-shared/protocols.js';
import { backupFolderStatus } from './backup-folder.js';
import type { DesktopPlatform } from './platform.js';
import { backupFile, backupSummaries, pickedBackupSummary } from './backup-summaries.js';
import { installKbFromStick, msuOnStick } from './kb-install.js';
import { progressReporter } from './progress.js';
import { ReportKeeper } from './report-file.js';
import { reportLang } from '../core/report/report-text.js';
import { applyReport, checkReport, rollbackReport } from './operation-reports.js';
import { needsNewPreview, rollbackOptions, toPreview } from './rollback-preview.js';
import { finish, relaunchElevated, RESTART_LATER, restartNow, type RestartOutcome } from './restart.js';
import { dialogTitle } from './dialog-titles.js';
import { WizardError } from './wizard-error.js';
import { requireElevated, requireNoInterruptedChange, requireUsableState } from './service-guards.js';
import { simulationInfo } from './wizard-messages.js';
import { applyChange, planFor } from '../use-cases/apply.js';
import { audit, type AuditOutcome } from '../use-cases/audit.js';
import type { UseCaseContext } from '../use-cases/context.js';
import { prepareState } from '../use-cases/repair.js';
import { repairMsg } from '../use-cases/repair-message.js';
import { previewRollback, rollbackChange } from '../use-cases/rollback.js';
import { changedSinceReview } from './review-binding.js';

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
    const { readiness } = this.audit(state.problems);
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
      readiness,
    };
  }

  /** "Check only": the verdict read again, its summary and (when opened) its report. Changes nothing. */
  check(request: CheckRequest = { forTicket: true }): CheckOutcome {
    this.notBusy();
    const state = checkState(this.o.journal, this.o.journal.lock().file);
    const outcome = this.audit(state.problems);
    const { readiness, detection } = outcome;
    // Only "Check only" replaces the ticket's summary: a verdict read again after an update does not.
    if (!request.forTicket) return { readiness, detection, reportAvailable: false, summary: '' };
    const report = checkReport(this.stamp(), outcome.plan, readiness, outcome.exitCode);
    const recorded = this.reports.recordCheck(report, [this.backupFolder, os.tmpdir()]);
    return { readiness, detection, ...recorded };
  }

  /** What this Windows needs, and its verdict, as it is now (state problems make it less sure). */
  private audit(problems: Msg[]): AuditOutcome {
    return audit(this.useCase(), {
      protocols: DEFAULT_PROTOCOL_CHOICE,
      groups: null,
      stateProblems: problems,
      updateInstalledThisSession: this.updateNeedsRestart,
    });
  }

  repairInterrupted(): RepairOutcome {
    return this.exclusive(() => {
      requireElevated(this.o.machine);
      requireUsableState(this.o.journal);
      const state = prepareState(this.useCase(), { readOnly: false });
      if (state.kind === 'refused' && state.repair === null) throw new WizardError('refused', state.msg);
      const detection = detect(this.o.machine);
      const said_ = state.kind === 'go' ? (state.repairMsg ?? repairMsg({ repaired: false })) : state.msg;
      return {
        ok: state.kind === 'go',
        ...said(said_),
        detection,
        groupAdvice: adviseGroups(this.o.machine.registry, detection),
      };
    });
  }

  plan(request: PlanRequest): Plan {
    return planFor(this.useCase(), request.protocols, request.groups);
  }

  async chooseBackupFolder(): Promise<BackupFolderStatus | null> {
    const picked = await this.o.platform.chooseFolder(
      dialogTitle(this.reports.language(), 'wizard.dialog.chooseBackupFolder'),
      this.backupFolder,
    );
    if (picked === null) return null;
    const status = backupFolderStatus(picked, this.o.stickFolder);
    if (status.writable) this.backupFolder = picked;
    return status;
  }

  apply(request: ApplyRequest): ApplyOutcome {
    return this.exclusive(() => {
      // Planned again from the choice, under the lock: the renderer never sends a plan or a path.
      const ran = applyChange(this.useCase(), {
        guard: () => requireNoInterruptedChange(this.o.journal),
        protocols: request.protocols,
        groups: request.groups,
        backupDir: this.backupFolder,
        replaceWrongTypes: request.replaceWrongTypes,
        ...(request.reviewedPlan !== undefined ? { reviewedPlan: request.reviewedPlan } : {}),
        onStepFor: (total) => progressReporter('apply', total, this.o.onProgress),
        updateInstalledThisSession: this.updateNeedsRestart,
      });
      // The computer changed after the review: nothing is done; the new plan is shown instead.
      if (ran.kind === 'changed-since-review') return changedSinceReview(ran.plan);
      const { plan, result, after, readiness } = ran;
      const report = applyReport(this.stamp(), request, plan, after, result, readiness);
      return { result, after, readiness, ...this.reports.record(report, this.backupFolder) };
    });
  }

  listBackups(): BackupSummary[] {
    const os = detect(this.o.machine).os;
    return backupSummaries(this.backupFolder, os.computerName, os.is64Bit);
  }

  async chooseBackupFile(): Promise<BackupSummary | null> {
    const file = await this.o.platform.chooseFile(
      dialogTitle(this.reports.language(), 'wizard.dialog.chooseBackupFile'),
      this.backupFolder,
    );
    if (file === null) return null;
    const os = detect(this.o.machine).os;
    const summary = pickedBackupSummary(file, os.computerName, os.is64Bit);
    if (summary.valid) this.pickedBackups.set(summary.id, file);
    return summary;
  }

  previewRollback(request: BackupRequest): RollbackPreview {
    return toPreview(request.id, previewRollback(this.useCase(), this.backupPath(request.id)));
  }

  rollback(request: RollbackRequest): RollbackOutcome {
    return this.exclusive(() => {
      const r = rollbackChange(this.useCase(), {
        guard: () => requireNoInterruptedChange(this.o.journal),
        file: this.backupPath(request.id),
        options: rollbackOptions(request),
        onStepFor: (total) => progressReporter('rollback', total, this.o.onProgress),
        updateInstalledThisSession: this.updateNeedsRestart,
      });
      const before = r.plan ?? r.after;
      if (before === null) throw new WizardError('refused', r.result.msg);
      const show = r.result.outcome !== 'refused' || needsNewPreview(r.plan, request);
      const after = show && r.after ? toPreview(request.id, r.after) : null;
      const report = rollbackReport(
        this.stamp(),
        r.detection ?? detect(this.o.machine),
        before,
        after,
        r.result,
      );
      report.readiness = r.readiness;
      return {
        result: r.result,
        after,
        readiness: r.readiness,
        ...this.reports.record(report, this.backupFolder),
      };
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

  private useCase(): UseCaseContext {
    return {
      machine: this.o.machine,
      journal: this.o.journal,
      toolVersion: this.o.toolVersion,
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

  /** One change at a time in this wizard; across processes the use case's lock decides. */
  private exclusive<T>(fn: () => T): T {
    this.notBusy();
    this.busy = true;
    try {
      return fn();
    } catch (error) {
      if (error instanceof LockedError) throw new WizardError('busy', error.msg);
      throw error;
    } finally {
      this.busy = false;
    }
  }
}
