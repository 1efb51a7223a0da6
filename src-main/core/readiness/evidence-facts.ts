/** The evidence readers run on a machine, their results reduced to the facts the model decides from. */
import * as path from 'node:path';
import type { OsFamily } from '../catalogue/windows-families.js';
import type { Machine } from '../machine.js';
import type { Plan } from '../plan/plan-types.js';
import { readGroupPolicyEvidence } from './evidence/group-policy-evidence.js';
import { cipherFacts } from './facts/cipher-facts.js';
import { officeFacts } from './facts/office-facts.js';
import { policyFacts } from './facts/policy-facts.js';
import { readOffice } from './evidence/office-evidence.js';
import type { CipherFacts, OfficeFacts, PolicyFacts } from './readiness-input.js';

export function readCipherFacts(machine: Machine, family: OsFamily, now: Date): CipherFacts {
  return cipherFacts(machine.registry, family, now);
}

export function readOfficeFacts(machine: Machine, plan: Plan, now: Date): OfficeFacts {
  const { os } = plan.detection;
  return officeFacts(readOffice(machine.registry, os.is64Bit), os.family, now);
}

export function readPolicyFacts(machine: Machine, plan: Plan): PolicyFacts {
  if (!machine.evidenceFiles) throw new Error('no files of this Windows can be read');
  const evidence = readGroupPolicyEvidence(machine.registry, machine.evidenceFiles, {
    systemRoot: machine.systemRoot,
    programData: machine.programData ?? `${machine.systemRoot.slice(0, 2)}\\ProgramData`,
    // System32 as detection reads it (Sysnative from a 32-bit process).
    system32: path.win32.dirname(machine.files.systemFilePath('winhttp.dll')),
  });
  return policyFacts(evidence, plan.detection);
}
