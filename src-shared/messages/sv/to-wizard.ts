/** Swedish: the messages main sends the wizard, every code of en/to-wizard.ts (else it fails to compile). */
import type { WizardCatalogue } from '../messages.js';
import { svDetection } from './detection.js';
import { svFindings } from './findings.js';
import { svReadiness } from './readiness.js';
import { svResults } from './results.js';
import { svSummary } from './summary.js';
import { svWizard } from './wizard.js';

export const svToWizard: WizardCatalogue = {
  ...svDetection,
  ...svFindings,
  ...svReadiness,
  ...svResults,
  ...svSummary,
  ...svWizard,
};
