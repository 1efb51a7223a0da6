import type { MessageKey } from '../i18n/en.js';
import type { StepId } from './wizard.svelte.js';

export const STEP_TITLE: Record<StepId, MessageKey> = {
  computer: 'step_computer',
  update: 'step_update',
  choice: 'step_choice',
  review: 'step_review',
  backup: 'step_backup',
  apply: 'step_apply',
  result: 'step_result',
};
