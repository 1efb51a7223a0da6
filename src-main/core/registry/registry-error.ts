import { MessageError } from '../../../src-shared/messages/message-error.js';
import { msg } from '../../../src-shared/messages/messages.js';
import type { RegistryOperation } from '../../../src-shared/messages/params.js';
import type { KeyLocation } from './registry-port.js';

/** A registry operation that failed, with the Win32 error number kept. */
export class RegistryError extends MessageError {
  constructor(
    readonly win32Code: number,
    readonly operation: RegistryOperation,
    readonly key: KeyLocation,
    readonly valueName?: string,
  ) {
    const at = {
      hive: key.hive,
      view: key.view,
      key: key.path,
      ...(valueName === undefined ? {} : { name: valueName }),
    };
    super(msg('registry.failed', { operation, at, win32: win32Code }));
    this.name = 'RegistryError';
  }
}
