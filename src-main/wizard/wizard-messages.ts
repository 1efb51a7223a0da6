/** What the wizard service says by code: a backup's recorded Windows and the simulation's banner. */
import type { Detection } from '../../src-shared/detection-types.js';
import type { StartInfo } from '../../src-shared/ipc-contract.js';
import { asIs } from '../../src-shared/messages/message-error.js';
import { msg, type Msg } from '../../src-shared/messages/messages.js';

/**
 * Windows' name as a backup records it: the English "Windows 7 SP1 (64-bit)" of the version that
 * took it. The backup has no structured name, so the recorded one is shown as it is, in every
 * language (never parsed back into a code); the running Windows is named by detection's
 * displayNameMsg instead.
 */
export function recordedOsName(displayName: string): Msg {
  return asIs(displayName);
}

/** The simulated machine, named from what detection found (its profile's own label is English). */
export function simulationInfo(
  simulation: { profile: string; label: string } | null,
  detection: Detection,
): StartInfo['simulation'] {
  if (simulation === null) return null;
  const { os } = detection.os.displayNameMsg.params;
  return {
    ...simulation,
    labelMsg: msg('simulation.label', { os, kb: detection.kb3140245.state, ...simulation }),
  };
}
