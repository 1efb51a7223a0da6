/**
 * English: the fleet report (`cli fleet`): why a result file was not read, and the report's
 * headings, labels and sentences. Every value read from a file is a parameter, never part of a code.
 */
import { describeProtocolMask } from '../../protocols.js';
import type { None, Say } from '../say.js';

/** A field of a result file ("detection.os.build"); null: the whole file. */
type Field = { field: string | null };
const field = (p: Field) => p.field ?? 'the file';

export type FleetStackView = '64' | '32' | 'shared';
export type FleetOutcome = 'done' | 'nothing-to-do' | 'refused' | 'failed';

export const enFleet = {
  // Why a result file was not read (the CSV's "reason", the HTML's unreadable files).
  'fleet.file.cannotOpen': (p: { code: string }) => `cannot be opened (${p.code})`,
  'fleet.file.cannotRead': (p: { code: string }) => `cannot be read (${p.code})`,
  'fleet.file.notRegular': (_: None) => 'not a regular file',
  'fleet.file.symlink': (_: None) => 'a symbolic link, not followed',
  'fleet.file.tooLarge': (p: { bytes: number | null; max: number }) =>
    `${p.bytes === null ? '' : `${p.bytes} bytes: `}larger than ${p.max} bytes, not read`,
  'fleet.file.notJson': (p: { detail: string }) => `not JSON (${p.detail})`,
  'fleet.file.notResult': (p: { command: string }) => `not an audit or apply result (command ${p.command})`,
  'fleet.file.unknownExitCode': (p: { exitCode: number }) =>
    `exitCode ${p.exitCode} is not one of the tool's`,
  'fleet.field.notObject': (p: Field) => `${field(p)} is not an object`,
  'fleet.field.notText': (p: Field & { max: number }) =>
    `${field(p)} is not a text of at most ${p.max} characters`,
  'fleet.field.controlCharacters': (p: Field) => `${field(p)} holds control characters`,
  'fleet.field.notWholeNumber': (p: Field & { min: number; max: number }) =>
    `${field(p)} is not a whole number from ${p.min} to ${p.max}`,
  'fleet.field.notBoolean': (p: Field) => `${field(p)} is not true or false`,
  'fleet.field.notOneOf': (p: Field & { values: string[] }) =>
    `${field(p)} is not one of ${p.values.join(', ')}`,
  'fleet.field.notList': (p: Field & { max: number }) => `${field(p)} is not a list of at most ${p.max}`,
  'fleet.field.notProtocolChoice': (p: Field) => `${field(p)} is not a protocol choice`,
  // What the report says about a machine.
  'fleet.kbNotNeeded': (_: None) => 'not needed',
  'fleet.lastCommand': (p: { command: 'audit' | 'apply'; outcome: FleetOutcome | null; exitCode: number }) =>
    p.command === 'apply' ? `apply: ${p.outcome ?? ''}` : `audit: exit ${p.exitCode}`,
  'fleet.lastCommandCell': (p: {
    command: 'audit' | 'apply';
    outcome: FleetOutcome | null;
    exitCode: number;
  }) => `${p.command === 'apply' ? `apply: ${p.outcome ?? ''}` : 'audit'} (exit ${p.exitCode})`,
  'fleet.outcomeCell': (p: { outcome: FleetOutcome | null; exitCode: number }) =>
    `${p.outcome ?? ''} (exit ${p.exitCode})`,
  'fleet.familyUnsupported': (_: None) => 'Not supported by the tool',
  'fleet.stack': (p: { stack: string; view: FleetStackView }) =>
    p.view === 'shared' ? p.stack : `${p.stack} (${p.view}-bit)`,
  'fleet.protocolSet': (p: { mask: number }) => describeProtocolMask(p.mask),
  // The page.
  'fleet.title': (_: None) => 'TLS 1.2 fleet report',
  'fleet.generated': (p: { time: string; files: number; simulated: number }, x: Say) =>
    `Generated ${p.time} UTC from ${x.count(p.files, { one: '# result file', other: '# result files' })}${p.simulated > 0 ? `, ${p.simulated} of them from simulated machines` : ''}.`,
  'fleet.kpi.machines': (_: None) => 'machines',
  'fleet.kpi.kbMissing': (_: None) => 'KB 3140245 missing',
  'fleet.kpi.machinesWithChanges': (_: None) => 'machines with values to change',
  'fleet.kpi.failures': (_: None) => 'failed or refused applies',
  'fleet.kpi.restartsPending': (_: None) => 'restarts pending',
  'fleet.kpi.unreadable': (_: None) => 'unreadable files',
  'fleet.heading.families': (_: None) => 'Machines by Windows family',
  'fleet.heading.values': (_: None) => 'Values still to change',
  'fleet.heading.protocols': (_: None) => 'Effective protocols now',
  'fleet.heading.lastCommand': (_: None) => 'Last command per machine',
  'fleet.heading.machines': (_: None) => 'Machines',
  'fleet.heading.failures': (_: None) => 'Failed and refused applies',
  'fleet.heading.unreadable': (_: None) => 'Unreadable files',
  'fleet.valuesToChange': (p: { values: number; machines: number; refused: number }, x: Say) =>
    `${x.count(p.values, { one: '# value', other: '# values' })} on ${x.count(p.machines, { one: '# machine', other: '# machines' })}; ${x.count(p.refused, { one: '# machine', other: '# machines' })} where the tool refuses the plan.`,
  'fleet.column.windows': (_: None) => 'Windows',
  'fleet.column.machines': (_: None) => 'Machines',
  'fleet.column.machine': (_: None) => 'Machine',
  'fleet.column.group': (_: None) => 'Group',
  'fleet.column.values': (_: None) => 'Values',
  'fleet.column.stack': (_: None) => 'Stack',
  'fleet.column.withoutTls12': (_: None) => 'Without TLS 1.2',
  'fleet.column.withTls10or11': (_: None) => 'Still offering TLS 1.0 / 1.1',
  'fleet.column.protocolSets': (_: None) => 'Protocol sets',
  'fleet.column.lastCommand': (_: None) => 'Last command',
  'fleet.column.kb': (_: None) => 'KB 3140245',
  'fleet.column.valuesToChange': (_: None) => 'Values to change',
  'fleet.column.stacksWithoutTls12': (_: None) => 'Stacks without TLS 1.2',
  'fleet.column.fileTime': (_: None) => 'File time (UTC)',
  'fleet.column.file': (_: None) => 'File',
  'fleet.column.outcome': (_: None) => 'Outcome',
  'fleet.column.message': (_: None) => 'Message',
  'fleet.column.reason': (_: None) => 'Reason',
  'fleet.noFailures': (_: None) => 'No apply failed or was refused.',
  'fleet.noMachines': (_: None) => 'No result file was read.',
  'fleet.noUnreadable': (_: None) => 'Every file could be read.',
  'fleet.otherFiles': (p: { count: number }, x: Say) =>
    x.count(p.count, {
      one: '# other file in the folder (not *.json) was not read.',
      other: '# other files in the folder (not *.json) were not read.',
    }),
  // The command line's refusals of a wrong command line (exit 2), and its summary.
  'fleet.usage.oneFolder': (_: None) => 'fleet takes one folder.',
  'fleet.usage.needsOutput': (_: None) => 'fleet needs --html FILE or --csv FILE (or both).',
  'fleet.usage.notFolder': (p: { folder: string }) => `${p.folder} is not a folder.`,
  'fleet.summary.read': (p: { files: number; machines: number; unreadable: number }, x: Say) =>
    `Read ${x.count(p.files, { one: '# result file', other: '# result files' })}: ${x.count(p.machines, { one: '# machine', other: '# machines' })}, ${p.unreadable} unreadable.`,
  'fleet.summary.changes': (p: { kbMissing: number; machines: number; values: number }) =>
    `KB 3140245 missing: ${p.kbMissing}. Machines with values to change: ${p.machines} (${p.values} values).`,
  'fleet.summary.applies': (p: { failures: number; restarts: number }) =>
    `Failed or refused applies: ${p.failures}. Restarts pending: ${p.restarts}.`,
  'fleet.summary.notWritten': (p: { detail: string }) => `The report could not be written: ${p.detail}`,
};
