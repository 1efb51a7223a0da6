/**
 * The restart: a change the tool made, or an update installed, is active only once Windows has
 * started again. The tool's last change is recorded in its state folder (last-change.json); the
 * journal cannot hold it, since it exists only while the writes run. A shut down with Fast
 * Startup is a hibernation, not a restart: the boot time does not move, so the step says "Restart".
 */
import { msg } from '../../../src-shared/messages/messages.js';
import type { Reason } from '../../../src-shared/readiness-types.js';
import type { ReadinessInput } from './readiness-input.js';
import { SOURCES } from './sources.js';

/** The groups whose change waits for a restart (empty when none does). */
export function pendingGroups(input: ReadinessInput): Set<string> {
  const last = input.restart.lastChange;
  if (last === null || !last.restartNeeded) return new Set();
  const boot = input.restart.bootTime;
  if (boot !== null && Date.parse(boot) > Date.parse(last.finishedAt)) return new Set();
  return new Set(last.groups);
}

export function restartReasons(input: ReadinessInput): Reason[] {
  const r = input.restart;
  const next = msg('next.restart', { fastStartup: r.fastStartup });
  const reasons: Reason[] = [];
  const last = r.lastChange;
  if (last !== null && pendingGroups(input).size > 0) {
    const known = r.bootTime !== null;
    reasons.push({
      verdict: 'ready-after-restart',
      msg: known
        ? msg('ready.restartPending', { operation: last.operation, finishedAt: last.finishedAt })
        : msg('ready.restartUnknownBoot', { operation: last.operation, finishedAt: last.finishedAt }),
      next,
      evidence: [
        { where: 'last-change.json', found: last.finishedAt },
        { where: 'last boot', found: r.bootTime ?? 'unknown' },
      ],
      source: SOURCES.restart,
      stacks: [],
    });
  }
  if (r.servicingPending.length > 0) {
    reasons.push({
      verdict: 'ready-after-restart',
      msg: msg('ready.servicingRestart', { where: r.servicingPending }),
      next,
      evidence: r.servicingPending.map((where) => ({ where, found: 'present' })),
      source: SOURCES.restart,
      stacks: [],
    });
  } else if (r.updateInstalledThisSession) {
    reasons.push({
      verdict: 'ready-after-restart',
      msg: msg('ready.updateInstalled', {}),
      next,
      evidence: [{ where: 'wusa.exe', found: 'exit 3010' }],
      source: SOURCES.kb,
      stacks: ['winhttp'],
    });
  }
  return reasons;
}
