/**
 * English: the fleet report (`cli fleet`): why a result file was not read, and the report's
 * headings, labels and sentences. Every value read from a file is a parameter, never part of a code.
 */
import { describeProtocolMask } from '../../protocols.js';
import type { Verdict } from '../../readiness-types.js';
import type { None, Say } from '../say.js';
import type { enReadiness } from './readiness.js';

/** A field of a result file ("detection.os.build"); null: the whole file. */
type Field = { field: string | null };
const field = (p: Field) => p.field ?? 'the file';

export type FleetStackView = '64' | '32' | 'shared';
export type FleetOutcome = 'done' | 'nothing-to-do' | 'refused' | 'failed';

/** Codes of `ready.*` that are words of the verdict, not reasons. */
type NotReason =
  | 'ready.verdict'
  | 'ready.verdictWord'
  | 'ready.stackName'
  | 'ready.noOffice'
  | 'ready.next'
  | 'ready.assumes';
/** The readiness model's reason codes: the fleet report's sections. */
export type FleetReasonCode = Exclude<Extract<keyof typeof enReadiness, `ready.${string}`>, NotReason>;
export type FleetNextCode = Extract<keyof typeof enReadiness, `next.${string}`>;
export type FleetSectionCode = FleetReasonCode | 'fleet.noVerdict';

const VERDICT_NAME: Record<Verdict, string> = {
  ready: 'Ready',
  'ready-after-restart': 'Ready after restart',
  'changes-needed': 'Changes needed',
  'at-risk': 'At risk',
  unknown: 'Unknown',
  blocked: 'Blocked',
};

/** Each reason's section heading: what the machines in it have in common, without their details. */
const REASON_TITLE: Record<FleetSectionCode, string> = {
  'ready.windowsRefused': 'Windows not supported by this tool',
  'ready.kbMissing': 'KB 3140245 missing',
  'ready.kbProbable': 'KB 3140245 probably installed, not confirmed',
  'ready.windowsEnded': 'Windows out of support',
  'ready.needsChange': 'Values this tool sets',
  'ready.noTls12': 'Stacks without TLS 1.2, even after the plan',
  'ready.restartPending': 'A change waits for a restart',
  'ready.restartUnknownBoot': 'A change needs a restart; the last start cannot be told',
  'ready.servicingRestart': 'Windows updates wait for a restart',
  'ready.updateInstalled': 'An update was installed; a restart is needed',
  'ready.cipherNone': 'No cipher suite in common with Microsoft 365',
  'ready.cipherAfdOnly': 'Only older cipher suites: Azure Front Door refuses them',
  'ready.cipherUnknown': 'Whether a common cipher suite is on cannot be told',
  'ready.cipherUnread': 'The cipher suites could not be read',
  'ready.officeCannotConnect': 'Office cannot sign in to Microsoft 365',
  'ready.officeOutOfSupport': 'Office out of support',
  'ready.officeModernAuthMissing': "Office 2013's modern authentication is off",
  'ready.officeModernAuthUnknown': "Office 2013's modern authentication could not be checked",
  'ready.officeUnknownProduct': 'An Office product this tool does not recognise',
  'ready.officeUnread': 'Which Office is installed could not be read',
  'ready.policyReverts': 'Group Policy undoes the change',
  'ready.policyUnreadable': 'What a Group Policy object sets could not be read',
  'ready.dotnet35Hotfix': 'The .NET 3.5 update the registry does not show',
  'ready.interrupted': 'An interrupted change',
  'ready.unreadable': 'Facts that could not be read',
  'fleet.noVerdict': 'Results without a verdict (an older version of the tool)',
};

const machines = (x: Say, n: number) => x.count(n, { one: '# machine', other: '# machines' });

export const enFleet = {
  // Why a result file was not read (the CSV's "reason", the HTML's unreadable files).
  'fleet.file.cannotOpen': (p: { code: string }) => `cannot be opened (${p.code})`,
  'fleet.file.cannotRead': (p: { code: string }) => `cannot be read (${p.code})`,
  'fleet.file.notRegular': (_: None) => 'not a regular file',
  'fleet.file.symlink': (_: None) => 'a symbolic link, not followed',
  'fleet.file.changed': (_: None) =>
    'changed while the report was made (read again, it is not the same file)',
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
  'fleet.field.badParams': (p: Field) =>
    `${field(p)} holds parameters that are not plain, bounded JSON with the tool's message codes`,
  'fleet.field.notTime': (p: Field) => `${field(p)} is not a UTC time such as 2026-12-01T08:00:00.000Z`,
  'fleet.field.verdictInconsistent': (p: Field) => `${field(p)} is not the worst verdict of its reasons`,
  'fleet.field.repeated': (p: Field) => `${field(p)} names the same value or stack more than once`,
  'fleet.file.otherMachine': (p: { filedAs: string; claims: string }) =>
    `filed under ${p.filedAs} but says it is from ${p.claims}: a result counts only for the machine it is filed under`,
  'fleet.file.future': (p: { time: string; own: boolean }) =>
    `${p.own ? 'its run time' : 'its file time'} ${p.time} is later than this report`,
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
  // The readiness view (headline, sections, stale machines, trend).
  'fleet.headline': (p: { ready: number; machines: number }) =>
    `Ready for Microsoft 365: ${p.ready} of ${p.machines} ${p.machines === 1 ? 'machine' : 'machines'}`,
  'fleet.verdictName': (p: { verdict: Verdict }) => VERDICT_NAME[p.verdict],
  'fleet.countedNote': (p: { days: number; stale: number; conflicts: number }, x: Say) =>
    `Counted: the machines whose newest result is at most ${x.count(p.days, { one: '# day', other: '# days' })} old, one row per machine.${p.stale > 0 ? ` ${machines(x, p.stale)} that went quiet are listed apart below.` : ''}${p.conflicts > 0 ? ` ${machines(x, p.conflicts)} with conflicting results are not counted.` : ''}`,
  'fleet.unsupported': (p: { count: number }, x: Say) =>
    `${machines(x, p.count)} run a Windows this tool does not support: each is under "${REASON_TITLE['ready.windowsRefused']}" with what to do.`,
  'fleet.heading.sections': (_: None) => 'Why machines are not ready, worst first',
  'fleet.noSections': (_: None) => 'Every machine counted is ready.',
  'fleet.reasonTitle': (p: { code: FleetSectionCode }) => REASON_TITLE[p.code],
  'fleet.sectionSummary': (p: { verdict: Verdict; title: string; count: number }, x: Say) =>
    `${VERDICT_NAME[p.verdict]}: ${p.title} (${machines(x, p.count)})`,
  'fleet.nextCount': (p: { step: { code: string; params: object }; count: number }, x: Say) =>
    `Next: ${x.say(p.step)} (${machines(x, p.count)})`,
  'fleet.moreSteps': (p: { count: number }, x: Say) =>
    x.count(p.count, { one: '# other next step: see the rows.', other: '# other next steps: see the rows.' }),
  'fleet.noVerdictNext': (_: None) =>
    'Next: run "audit --json-out" with this version of the tool on these machines.',
  'fleet.unsupportedMark': (_: None) => 'Unsupported Windows',
  'fleet.heading.stale': (p: { days: number }, x: Say) =>
    `Not reported for ${x.count(p.days, { one: '# day', other: '# days' })}`,
  'fleet.staleNote': (p: { count: number }, x: Say) =>
    `${machines(x, p.count)}: the last verdict is shown, and not counted as today's.`,
  'fleet.noStale': (_: None) => 'Every machine has reported within the limit.',
  'fleet.timeFromFile': (p: { count: number }, x: Say) =>
    `For ${machines(x, p.count)} the result records no run time of its own (an older version of the tool): the file's time is used.`,
  'fleet.fileTimeMark': (_: None) => '(file time)',
  'fleet.heading.conflicts': (_: None) => 'Conflicting results',
  'fleet.conflictNote': (_: None) =>
    'Results of one machine with the same time that say different things: none of them is counted.',
  'fleet.older': (p: { count: number }, x: Say) =>
    x.count(p.count, {
      one: '# older result of the same machines was set aside (the newest counts).',
      other: '# older results of the same machines were set aside (the newest counts).',
    }),
  'fleet.heading.trend': (_: None) => 'Ready machines over time',
  'fleet.trendChart': (p: { first: string; last: string; ready: number; machines: number }) =>
    `Ready machines per day from ${p.first} to ${p.last}; last: ${p.ready} of ${p.machines}.`,
  'fleet.trendPoint': (p: { day: string; ready: number; machines: number }) =>
    `${p.day}: ${p.ready} of ${p.machines} ready`,
  'fleet.trendLegend': (_: None) => 'Solid line: ready; dashed line: machines counted that day.',
  'fleet.trendNone': (_: None) => 'The history holds one day so far: the trend starts with the next report.',
  'fleet.heading.worse': (_: None) => "Verdict worse than at the machine's previous result",
  'fleet.noWorse': (_: None) => "No machine's verdict got worse.",
  'fleet.historyNote': (p: { file: string; rows: number; added: number; bad: number }, x: Say) =>
    `History: ${p.file}, ${x.count(p.rows, { one: '# row', other: '# rows' })} (${p.added} new)${p.bad > 0 ? `; ${x.count(p.bad, { one: '# line', other: '# lines' })} that were not history rows left out` : ''}.`,
  'fleet.heading.details': (_: None) => 'Details of the machines counted',
  'fleet.listingTruncated': (p: { max: number }) =>
    `The folder holds more than ${p.max} entries: the listing stopped there.`,
  'fleet.deepFolders': (p: { count: number; depth: number }, x: Say) =>
    `${x.count(p.count, { one: '# folder', other: '# folders' })} deeper than ${p.depth} levels (or links to folders) were not read.`,
  'fleet.column.verdict': (_: None) => 'Verdict',
  'fleet.column.nextStep': (_: None) => 'Next step',
  'fleet.column.resultTime': (_: None) => 'Result time (UTC)',
  'fleet.column.days': (_: None) => 'Days since',
  'fleet.column.before': (_: None) => 'Before',
  'fleet.column.now': (_: None) => 'Now',
  'fleet.column.files': (_: None) => 'Files',
  // The report's own files.
  'fleet.output.link': (p: { file: string }) =>
    `${p.file} is a link: the report does not write through links.`,
  'fleet.output.notRegular': (p: { file: string }) => `${p.file} is not a regular file.`,
  'fleet.output.hardLinked': (p: { file: string; links: number }) =>
    `${p.file} has ${p.links} hard links: writing it would change the other names too.`,
  'fleet.output.same': (p: { file: string }) => `${p.file} is named for two outputs.`,
  'fleet.output.inFolder': (p: { file: string }) =>
    `${p.file} is inside the folder being read: an output never goes among the results.`,
  'fleet.history.unusable': (p: { reason: { code: string; params: object } }, x: Say) =>
    `${x.say(p.reason)} The history cannot be used: move it away, or name another file with --history.`,
  'fleet.history.tooLarge': (p: { file: string; max: number }) => `${p.file} is larger than ${p.max} bytes.`,
  'fleet.history.replaced': (p: { file: string }) => `${p.file} was replaced while it was read.`,
  'fleet.usage.staleDays': (p: { value: string }) =>
    `--stale-days takes a whole number of days from 1 to 3650, not ${p.value}.`,
  'fleet.usage.repeated': (p: { option: string }) => `--${p.option} is given more than once.`,
  'fleet.summary.ready': (p: { ready: number; machines: number; stale: number; days: number }) =>
    `Ready for Microsoft 365: ${p.ready} of ${p.machines}. Not reported for ${p.days} days: ${p.stale}.`,
  'fleet.usage.historyTwice': (_: None) => '--history and --no-history are given together.',
  'fleet.usage.lang': (p: { lang: string; langs: string[] }) =>
    `--lang takes one of ${p.langs.join(', ')}, not ${p.lang}.`,
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
