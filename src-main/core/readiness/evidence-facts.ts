/** The evidence readers' results reduced to the facts the model decides from. */
import type { OsFamily } from '../catalogue/windows-families.js';
import type { Machine } from '../machine.js';
import type { Plan } from '../plan/plan-types.js';
import type { CipherFacts, OfficeFacts, PolicyFacts } from './readiness-input.js';

export function readCipherFacts(_machine: Machine, _family: OsFamily, _now: Date): CipherFacts {
  throw new Error('not read yet');
}
export function readOfficeFacts(_machine: Machine, _plan: Plan, _now: Date): OfficeFacts {
  throw new Error('not read yet');
}
export function readPolicyFacts(_machine: Machine, _plan: Plan): PolicyFacts {
  throw new Error('not read yet');
}
