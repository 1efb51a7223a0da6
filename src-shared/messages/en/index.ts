/** The English catalogue: the source of every message code and of its parameters' types. */
import { enDetection } from './detection.js';
import { enExport } from './export.js';
import { enFindings } from './findings.js';
import { enFleet } from './fleet.js';
import { enReadiness } from './readiness.js';
import { enResults } from './results.js';
import { enSummary } from './summary.js';
import { enWizard } from './wizard.js';

export const en = {
  ...enDetection,
  ...enExport,
  ...enFindings,
  ...enFleet,
  ...enReadiness,
  ...enResults,
  ...enSummary,
  ...enWizard,
};
