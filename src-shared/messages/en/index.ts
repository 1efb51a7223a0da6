/** The English catalogue: the source of every message code and of its parameters' types. */
import { enExport } from './export.js';
import { enFleet } from './fleet.js';
import { enToWizard } from './to-wizard.js';

export const en = {
  ...enToWizard,
  ...enExport,
  ...enFleet,
};
