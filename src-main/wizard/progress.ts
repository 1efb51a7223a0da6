import type { Step } from '../core/state/write-state.js';
import { describeKey } from '../core/registry/registry-port.js';
import type { ProgressEvent } from '../../src-shared/ipc-contract.js';

/**
 * Turns the core's write steps into the wizard's progress events: a count of values written (key
 * creations and removals repeat the count) out of the values the operation will write.
 */
export function progressReporter(
  operation: ProgressEvent['operation'],
  total: number,
  emit: ((event: ProgressEvent) => void) | undefined,
): (step: Step) => void {
  let done = 0;
  return (step) => {
    if (step.kind === 'set-value' || step.kind === 'delete-value') done += 1;
    emit?.({
      operation,
      done,
      total,
      kind: step.kind,
      what: `${describeKey(step.key)}${step.name ? ` ${step.name}` : ''}`,
      at: {
        hive: step.key.hive,
        view: step.key.view,
        key: step.key.path,
        ...(step.name ? { name: step.name } : {}),
      },
    });
  };
}
