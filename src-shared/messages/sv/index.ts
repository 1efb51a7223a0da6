/** The Swedish catalogue: every code of the English one (a missing entry fails to compile). */
import type { Catalogue } from '../messages.js';
import { svExport } from './export.js';
import { svFleet } from './fleet.js';
import { svToWizard } from './to-wizard.js';

export const sv: Catalogue = {
  ...svToWizard,
  ...svExport,
  ...svFleet,
};
