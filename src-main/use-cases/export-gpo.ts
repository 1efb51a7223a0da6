/**
 * export gpo: the Group Policy Preferences items that set, on every Windows of a mixed fleet, what
 * the tool's own apply sets on a fresh install of it, written as OUT/Registry.xml.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Group } from '../../src-shared/groups.js';
import type { ProtocolChoice } from '../../src-shared/protocols.js';
import { planGpoExport, type GpoExport } from '../core/export/gpo-plan.js';
import { gpoRegistryXml } from '../core/export/gpo-xml.js';
import { writeFileDurably } from '../core/files/durable-write.js';

export interface ExportInput {
  out: string;
  choice: ProtocolChoice;
  groups: Group[] | null;
  now: Date;
}

export function exportGpo(input: ExportInput): { exp: GpoExport; file: string } {
  const exp = planGpoExport(input.choice, input.groups);
  const xml = gpoRegistryXml(exp, input.now);
  fs.mkdirSync(input.out, { recursive: true });
  const file = path.join(input.out, 'Registry.xml');
  writeFileDurably(file, xml);
  return { exp, file };
}
