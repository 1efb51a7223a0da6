/**
 * English: the messages main sends the wizard (detection, findings, readiness, results, summary and
 * the wizard's own). The fleet report's and the GPO export's are main's alone (index.ts).
 */
import { enDetection } from './detection.js';
import { enFindings } from './findings.js';
import { enReadiness } from './readiness.js';
import { enResults } from './results.js';
import { enSummary } from './summary.js';
import { enWizard } from './wizard.js';

export const enToWizard = {
  ...enDetection,
  ...enFindings,
  ...enReadiness,
  ...enResults,
  ...enSummary,
  ...enWizard,
};
