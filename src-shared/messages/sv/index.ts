/** The Swedish catalogue: every code of the English one (a missing entry fails to compile). */
import type { Catalogue } from '../messages.js';
import { svDetection } from './detection.js';
import { svExport } from './export.js';
import { svFindings } from './findings.js';
import { svFleet } from './fleet.js';
import { svReadiness } from './readiness.js';
import { svResults } from './results.js';
import { svSummary } from './summary.js';
import { svWizard } from './wizard.js';

export const sv: Catalogue = {
  ...svDetection,
  ...svExport,
  ...svFindings,
  ...svFleet,
  ...svReadiness,
  ...svResults,
  ...svSummary,
  ...svWizard,
};
