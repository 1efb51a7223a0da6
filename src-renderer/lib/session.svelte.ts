import type { Detection } from '../../src-shared/detection-types.js';
import type { GroupAdvice } from '../../src-shared/groups.js';
import type { Readiness } from '../../src-shared/readiness-types.js';
import type {
  BackupFolderStatus,
  CheckOutcome,
  Envelope,
  RepairOutcome,
  StartInfo,
  Tls12Api,
} from '../../src-shared/ipc-contract.js';
import { reportLang, setLang, startLang } from '../i18n/i18n.svelte.js';
import type { MessageKey } from '../i18n/en.js';
import type { Msg } from '../../src-shared/messages/messages.js';

export type Stage = 'loading' | 'fatal' | 'interrupted' | 'wizard' | 'rollback' | 'check';

/** What the last apply or rollback left for the technician to do: restart, report, ticket. */
export interface Aftercare {
  restartMessage: Msg | null;
  reportFile: string | null;
  copied: { copied: boolean; text: string } | null;
  /** The status lines, newest first: each action moves its own line to the top. */
  order: AftercareLine[];
}

export type AftercareLine = 'restart' | 'report' | 'copied';

const NO_AFTERCARE = (): Aftercare => ({ restartMessage: null, reportFile: null, copied: null, order: [] });

/**
 * The wizard's connection to main and what it learnt at start. Every call goes through `call`,
 * which turns an `{ ok: false }` envelope into the message of the alert region (never a stack).
 */
export class Session {
  stage = $state<Stage>('loading');
  info = $state.raw<StartInfo | null>(null);
  detection = $state.raw<Detection | null>(null);
  /** Per group: needed on this Windows, optional or nothing to set (from main's catalogue). */
  groupAdvice = $state.raw<GroupAdvice[]>([]);
  backupFolder = $state.raw<BackupFolderStatus | null>(null);
  /** The alert region's message (main's, by code, or the wizard's own key); null when nothing is wrong. */
  error = $state<Msg | MessageKey | null>(null);
  /** The action running now (its name), so that buttons can wait for it. */
  busy = $state<string | null>(null);
  repairOutcome = $state.raw<RepairOutcome | null>(null);
  relaunchMessage = $state<Msg | null>(null);
  aftercare = $state<Aftercare>(NO_AFTERCARE());
  /** Finish was chosen on a result: main closes the window, or the page says it can be closed. */
  finished = $state(false);
  /** "Is this PC ready for Microsoft 365?" as main last judged it (at start, after a change or a check). */
  readiness = $state.raw<Readiness | null>(null);
  /** The last "Check only": its summary and whether a report can be opened. */
  checked = $state.raw<CheckOutcome | null>(null);

  /**
   * `early`: the start request main.ts sent before mounting the page, so that main answers while
   * the page is built; used by the first start() only (Try again asks again).
   */
  constructor(
    readonly api: Tls12Api | undefined,
    private early: Promise<Envelope<StartInfo>> | null = null,
  ) {}

  get elevated(): boolean {
    return this.detection?.elevated === true;
  }

  /** Runs one API call: its value, or undefined after showing the envelope's message. */
  async call<T>(name: string, fn: (api: Tls12Api) => Promise<Envelope<T>>): Promise<T | undefined> {
    if (!this.api) {
      this.error = 'noApi';
      return undefined;
    }
    this.error = null;
    this.busy = name;
    try {
      const envelope = await fn(this.api);
      if (envelope.ok) return envelope.value;
      this.error = envelope.error.msg;
    } catch {
      // A rejected promise means the bridge itself broke; its text may hold a stack: not shown.
      this.error = 'unexpectedError';
    } finally {
      this.busy = null;
    }
    return undefined;
  }

  async start(): Promise<void> {
    this.stage = 'loading';
    const early = this.early;
    this.early = null;
    const info = await this.call('start', (api) => early ?? api.start());
    if (!info) {
      this.stage = 'fatal';
      return;
    }
    setLang(startLang(info.locale));
    this.info = info;
    this.detection = info.detection;
    this.groupAdvice = info.groupAdvice;
    this.backupFolder = info.backupFolder;
    this.readiness = info.readiness;
    this.stage = info.interrupted ? 'interrupted' : 'wizard';
  }

  /** "Check only": the verdict read again, with a summary and report marked audit only. */
  async check(): Promise<void> {
    const outcome = await this.readVerdict(true);
    if (!outcome) return;
    this.resetAftercare();
    this.checked = outcome;
    this.stage = 'check';
  }

  /** Reads the verdict again after something outside the plan changed (an update installed). */
  async refreshVerdict(): Promise<void> {
    await this.readVerdict(false);
  }

  /** Main's verdict read again, kept with the detection it was made from. */
  private async readVerdict(forTicket: boolean): Promise<CheckOutcome | undefined> {
    const outcome = await this.call('check', (api) => api.check({ forTicket }));
    if (outcome) {
      this.readiness = outcome.readiness;
      this.detection = outcome.detection;
    }
    return outcome;
  }

  async repair(): Promise<void> {
    const outcome = await this.call('repair', (api) => api.repairInterrupted());
    if (!outcome) return;
    this.repairOutcome = outcome;
    this.detection = outcome.detection;
    this.groupAdvice = outcome.groupAdvice;
  }

  /** After a successful repair: on to the wizard. */
  continueAfterRepair(): void {
    this.stage = 'wizard';
  }

  async relaunch(): Promise<void> {
    const r = await this.call('relaunch', (api) => api.relaunchElevated());
    if (r) this.relaunchMessage = r.msg;
  }

  /** A new apply or rollback: its result starts with no action taken (and not finished). */
  resetAftercare(): void {
    this.aftercare = NO_AFTERCARE();
    this.finished = false;
  }

  private newest(line: AftercareLine): void {
    this.aftercare.order = [line, ...this.aftercare.order.filter((l) => l !== line)];
  }

  async restart(when: 'now' | 'later'): Promise<void> {
    const r = await this.call('restart', (api) => api.restart({ when }));
    if (!r) return;
    this.aftercare.restartMessage = r.msg;
    this.newest('restart');
  }

  async openReport(): Promise<void> {
    const r = await this.call('report', (api) => api.openReport({ lang: reportLang() }));
    if (!r) return;
    this.aftercare.reportFile = r.file;
    this.newest('report');
  }

  /** Finish on a result (after an apply or a rollback); main refuses while a change runs. */
  async finish(): Promise<void> {
    if (await this.call('finish', (api) => api.finish())) this.finished = true;
  }

  async copySummary(): Promise<void> {
    const r = await this.call('copy', (api) => api.copySummary({ lang: reportLang() }));
    if (!r) return;
    this.aftercare.copied = r;
    this.newest('copied');
  }
}
