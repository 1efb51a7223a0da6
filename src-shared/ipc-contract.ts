/**
 * The one IPC contract between the renderer and the main process: every channel, its request
 * and its response type, and the API the preload exposes. No channel takes a registry path or
 * a file path: backups are named by their file name inside the backup folder that main chose,
 * and main re-plans from the choice every time. The run-time request schemas are main's
 * (src-main/ipc/contract.ts); the renderer imports these types only from here.
 */
import type { MessageLang } from './messages/languages.js';
import type { Detection } from './detection-types.js';
import type { GroupAdvice, Group } from './groups.js';
import type { Msg } from './messages/messages.js';
import type { At } from './messages/params.js';
import type { Drift, OperationResult } from './operation-types.js';
import type { Plan } from './plan-types.js';
import type { ProtocolChoice } from './protocols.js';
import type { Readiness } from './readiness-types.js';
import type { RegValue, View } from './registry-types.js';

export const CHANNEL_PREFIX = 'tls12:';
/** Main -> renderer event during an apply or rollback. */
export const PROGRESS_CHANNEL = 'tls12:progress';

export interface BackupFolderStatus {
  path: string;
  writable: boolean;
  /** Why it cannot be used, for a person; null when writable. */
  problem: string | null;
  problemMsg: Msg | null;
  /** True when it is beside the portable executable (the USB stick). */
  onStick: boolean;
}

export interface StartInfo {
  toolVersion: string;
  /** The OS display language, e.g. "sv-SE": the wizard's language is chosen from it. */
  locale: string;
  simulation: { profile: string; label: string; labelMsg: Msg } | null;
  /** An apply or rollback that never finished: shown first, with a one-click repair. */
  interrupted: { operation: string; startedAt: string } | null;
  detection: Detection;
  /** Per group: needed on this Windows, optional, or nothing to set; and what it must come with. */
  groupAdvice: GroupAdvice[];
  backupFolder: BackupFolderStatus;
  /** The KB 3140245 .msu for this OS and architecture, found on the stick. */
  kbInstaller: { file: string } | null;
  /** The journal or lock cannot be used: each sentence names the file (reading still works). */
  stateProblems?: Msg[];
  /** "Is this PC ready for Microsoft 365?" as it is now, before anything changes. */
  readiness: Readiness;
}

export interface CheckRequest {
  /** True for "Check only": the summary and report become the ticket's; false: only the verdict. */
  forTicket: boolean;
}

/** "Check only": the verdict read again, with a ticket summary and a report marked audit only. */
export interface CheckOutcome {
  readiness: Readiness;
  detection: Detection;
  reportAvailable: boolean;
  summary: string;
}

export interface RepairOutcome {
  ok: boolean;
  msg: Msg;
  detection: Detection;
  groupAdvice: GroupAdvice[];
}

export interface BackupSummary {
  /** The file name inside the backup folder: the only way the renderer names a backup. */
  id: string;
  createdAt: string;
  osName: string;
  /** The same, by code (its architecture in the wizard's language). */
  osNameMsg: Msg;
  valid: boolean;
  problem: string | null;
  problemMsg: Msg | null;
}

export interface RollbackPreviewItem {
  hive: string;
  view: View;
  key: string;
  name: string;
  /** A protocol bitmask (see PlanItem.protocolMask): shown with its protocols named. */
  protocolMask: boolean;
  current: RegValue | null;
  restoreTo: RegValue | null;
  changes: boolean;
  /** The backup holds another type than Windows expects here: restored only when confirmed. */
  wrongType: boolean;
  /** What the apply had set here (null: no value, or not known: see `drift`). */
  setByTool: RegValue | null;
  /** "drifted": changed since the apply by someone else; overwritten only when confirmed. */
  drift: Drift;
}

export interface RollbackPreview {
  id: string;
  createdAt: string;
  computerName: string;
  osName: string;
  osNameMsg: Msg;
  items: RollbackPreviewItem[];
  keysToRemove: { hive: string; view: View; path: string }[];
  /** sha256 of the file as previewed: the rollback request sends it back. */
  contentHash: string;
  /** False for a backup of an older version: drift is not known. */
  driftKnown: boolean;
}

export interface ApplyOutcome {
  result: OperationResult;
  /** The plan read again afterwards: every item "none" means verified. */
  after: Plan | null;
  /** The verdict after the change (null when nothing was changed or it could not be read). */
  readiness: Readiness | null;
  reportAvailable: boolean;
  summary: string;
}

export interface RollbackOutcome {
  result: OperationResult;
  after: RollbackPreview | null;
  /** The verdict after the rollback (null when refused or it could not be read). */
  readiness: Readiness | null;
  reportAvailable: boolean;
  summary: string;
}

export interface KbInstallOutcome {
  /** wusa.exe's exit code: 0 installed, 3010 installed (restart needed), 2359302 already installed. */
  exitCode: number;
  ok: boolean;
  restartNeeded: boolean;
  msg: Msg;
  detection: Detection;
}

export interface ProgressEvent {
  operation: 'apply' | 'rollback';
  /** Values written so far, of `total`; key creations and removals repeat the count. */
  done: number;
  total: number;
  kind: 'create-key' | 'set-value' | 'delete-value' | 'delete-key';
  /** What was just written, for display: "HKLM\...\WinHttp (64-bit) DefaultSecureProtocols". */
  what: string;
  /** The same, as data: the wizard writes the view in its language. */
  at: At;
}

export interface PlanRequest {
  protocols: ProtocolChoice;
  /** null: what this Windows needs (the catalogue's required values); else these groups in full. */
  groups: Group[] | null;
}

export interface ApplyRequest extends PlanRequest {
  replaceWrongTypes: boolean;
  /** The reviewed plan's fingerprint; required over IPC: a plan that differs now is refused. */
  reviewedPlan?: string;
}

export interface BackupRequest {
  id: string;
}

export interface RollbackRequest extends BackupRequest {
  /** The technician confirmed writing back values of an unexpected type (see RollbackPreviewItem). */
  restoreWrongTypes: boolean;
  /** The previewed file's contentHash: a file that changed since is refused, with its new preview. */
  previewHash: string;
  /** The technician confirmed overwriting the values shown as changed since the apply (drift). */
  overwriteDrift: boolean;
}

/** The wizard's language, for what main writes for a person to keep (the report, the ticket summary). */
export interface LangRequest {
  lang: MessageLang;
}

export interface RestartRequest {
  when: 'now' | 'later';
}

/** Finish: the window closes (Electron), or main only says it would (the browser harness). */
export type FinishOutcome = Said<{ closing: boolean }>;

type Empty = Record<string, never>;

/** Every channel: request and response. Adding a channel without a schema fails to compile. */
export interface IpcContract {
  start: { request: Empty; response: StartInfo };
  repairInterrupted: { request: Empty; response: RepairOutcome };
  plan: { request: PlanRequest; response: Plan };
  chooseBackupFolder: { request: Empty; response: BackupFolderStatus | null };
  apply: { request: ApplyRequest; response: ApplyOutcome };
  listBackups: { request: Empty; response: BackupSummary[] };
  chooseBackupFile: { request: Empty; response: BackupSummary | null };
  previewRollback: { request: BackupRequest; response: RollbackPreview };
  rollback: { request: RollbackRequest; response: RollbackOutcome };
  installKb: { request: Empty; response: KbInstallOutcome };
  check: { request: CheckRequest; response: CheckOutcome };
  openReport: { request: LangRequest; response: { opened: boolean; file: string } };
  copySummary: { request: LangRequest; response: { copied: boolean; text: string } };
  restart: { request: RestartRequest; response: Said<{ scheduled: boolean }> };
  relaunchElevated: { request: Empty; response: Said<{ started: boolean }> };
  finish: { request: Empty; response: FinishOutcome };
}

export type ChannelName = keyof IpcContract;
export type Request<C extends ChannelName> = IpcContract[C]['request'];
export type Response<C extends ChannelName> = IpcContract[C]['response'];

export interface IpcError {
  /** "bad-request", "untrusted-sender", "refused", "failed", "busy", "unknown-channel". */
  code: string;
  /** Why, by code (a request refused for a reason the wizard can put in its language). */
  msg: Msg;
}

/** A reply with a sentence for the technician, by code. */
export type Said<T> = T & { msg: Msg };
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function channelOf(name: ChannelName): string {
  return `${CHANNEL_PREFIX}${name}`;
}

/**
 * What the preload exposes as `window.tls12`: one method per intent, each returning an envelope.
 * Nothing generic: no invoke(channel), no path, no registry key.
 */
export interface Tls12Api {
  /** Detection, simulation, an interrupted change to repair, the backup folder, the .msu on the stick. */
  start(): Promise<Envelope<StartInfo>>;
  /** Undoes an interrupted apply or rollback from its journal. */
  repairInterrupted(): Promise<Envelope<RepairOutcome>>;
  /** What would change for this choice (reads only). */
  plan(request: PlanRequest): Promise<Envelope<Plan>>;
  /** Lets the technician pick another backup folder (native dialog). null when cancelled. */
  chooseBackupFolder(): Promise<Envelope<BackupFolderStatus | null>>;
  /** Backs up, applies the plan for this choice, verifies; restores on failure. */
  apply(request: ApplyRequest): Promise<Envelope<ApplyOutcome>>;
  /** The backups of this computer in the backup folder, newest first. */
  listBackups(): Promise<Envelope<BackupSummary[]>>;
  /** Lets the technician pick a backup file elsewhere (native dialog); it is copied into the backup folder's list. */
  chooseBackupFile(): Promise<Envelope<BackupSummary | null>>;
  /** What rolling back to this backup would change (reads only). */
  previewRollback(request: BackupRequest): Promise<Envelope<RollbackPreview>>;
  /** Rolls back to this backup and verifies. */
  rollback(request: RollbackRequest): Promise<Envelope<RollbackOutcome>>;
  /** Installs KB 3140245 from the .msu on the stick (wusa.exe /quiet /norestart). */
  installKb(): Promise<Envelope<KbInstallOutcome>>;
  /** "Check only": the verdict read again, and a summary and report marked audit only (reads only). */
  check(request: CheckRequest): Promise<Envelope<CheckOutcome>>;
  /** Opens the last report (HTML beside the backup, in this language) in the default browser. */
  openReport(request: LangRequest): Promise<Envelope<{ opened: boolean; file: string }>>;
  /** Copies a summary of the last result, in this language, to the clipboard, for the ticket. */
  copySummary(request: LangRequest): Promise<Envelope<{ copied: boolean; text: string }>>;
  /** Restarts the computer now, or records that the technician will restart later. */
  restart(request: RestartRequest): Promise<Envelope<Said<{ scheduled: boolean }>>>;
  /** Starts the tool again as administrator (UAC prompt) and closes this one. */
  relaunchElevated(): Promise<Envelope<Said<{ started: boolean }>>>;
  /** Finish on the result: closes the window; refused while a change or an installation runs. */
  finish(): Promise<Envelope<FinishOutcome>>;
  /** Progress of a running apply or rollback; returns a function that stops listening. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}
