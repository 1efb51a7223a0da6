// Which result belongs to which machine: the name the share files it under, the newest result,
// conflicts, copies, subfolders and their bounds, and results whose counts or verdict do not add
// up. One hostile file must change at most its own machine's row.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliDocument } from '../../../src-main/cli/cli-document.js';
import { runTool } from '../../../src-main/cli/commands/dispatch.js';
import { FleetMachines } from '../../../src-main/core/fleet/fleet-machines.js';
import {
  MAX_DEPTH,
  readFleetFile,
  readFleetFolder,
  type Skipped,
} from '../../../src-main/core/fleet/fleet-reader.js';
import { fleetView } from '../../../src-main/core/fleet/fleet-view.js';
import { msg } from '../../../src-shared/messages/messages.js';
import { tempFolder } from '../../support/sim.js';
import { capturedIo } from '../../support/sim-cli.js';

type Doc = CliDocument & {
  ranAt: string;
  detection: { os: { computerName: string } };
  plan: { items: unknown[]; effective: { before: unknown[] } };
  readiness: { verdict: string; reasons: { next: { code: string; params: Record<string, unknown> } }[] };
};
const docs: Record<string, Doc> = {};
const NOW = new Date();

beforeAll(() => {
  const sim = tempFolder('tls12-fleet-id-sim');
  for (const id of ['win11', 'win10-domain-gpp']) {
    const io = {
      ...capturedIo({ TLS12_WIZARD_SIM_DIR: sim }).cli,
      document: (d: CliDocument) => (docs[id] = d as Doc),
    };
    runTool(['audit', '--simulate', id], io);
    docs[id] = JSON.parse(JSON.stringify(docs[id])) as Doc;
  }
});

function result(profile: string, machine: string, hoursAgo: number, edit?: (d: Doc) => void): string {
  const doc = structuredClone(docs[profile]) as Doc;
  doc.detection.os.computerName = machine;
  doc.ranAt = new Date(NOW.getTime() - hoursAgo * 3600_000).toISOString();
  edit?.(doc);
  return JSON.stringify(doc);
}

function share(files: Record<string, string>): string {
  const root = tempFolder('tls12-fleet-id');
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, ...name.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return root;
}

function read(folder: string) {
  const machines = new FleetMachines();
  const skipped: Skipped = { count: 0 };
  for (const entry of readFleetFolder(folder, skipped, NOW)) machines.add(entry);
  const view = fleetView(machines.all(), NOW);
  const reasons = Object.fromEntries(machines.unreadable.map((u) => [u.name, u.reason]));
  return { machines, skipped, view, reasons };
}

describe('one row per machine, by the name the share files it under', () => {
  it('the newest result wins, in any layout, whatever the listing order', () => {
    const { view, machines } = read(
      share({
        'PC-A.json': result('win11', 'PC-A', 48),
        'PC-A/later.json': result('win10-domain-gpp', 'pc-a', 2),
        'PC-A/sub/earlier.json': result('win11', 'PC-A', 100),
        'PC-B/x.json': result('win11', 'PC-B', 1),
      }),
    );
    expect(view.current.map((m) => m.key)).toEqual(['PC-A', 'PC-B']);
    const a = view.current[0];
    expect(a?.entry.name).toBe('PC-A\\later.json');
    expect(a?.entry.record.verdict).toBe('blocked');
    expect(a?.older).toBe(2);
    expect(machines.files).toBe(4);
  });

  it('two different claims with one time are a conflict, counted for neither; a copy is one row', () => {
    const { view } = read(
      share({
        'PC-A/one.json': result('win11', 'PC-A', 1),
        'PC-A/two.json': result('win10-domain-gpp', 'PC-A', 1),
        'PC-B.json': result('win11', 'PC-B', 1),
        'PC-B/copy.json': result('win11', 'PC-B', 1),
      }),
    );
    expect(view.conflicts.map((m) => m.key)).toEqual(['PC-A']);
    expect(view.current.map((m) => m.key)).toEqual(['PC-B']);
    expect(view.current[0]?.entry.name).toBe('PC-B.json');
    expect(Object.values(view.byVerdict).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('a file claiming another machine, or a time after the report, is refused and changes no row', () => {
    const { view, reasons } = read(
      share({
        'PC-A.json': result('win11', 'PC-A', 5),
        'PC-B/evil.json': result('win10-domain-gpp', 'PC-A', 1),
        'PC-C.json': result('win10-domain-gpp', 'PC-C', -48),
      }),
    );
    expect(view.current.map((m) => [m.key, m.entry.record.verdict])).toEqual([['PC-A', 'changes-needed']]);
    expect(reasons['PC-B\\evil.json']).toEqual(
      msg('fleet.file.otherMachine', { filedAs: 'PC-B', claims: 'PC-A' }),
    );
    expect(reasons['PC-C.json']?.code).toBe('fleet.file.future');
  });

  it(`reads subfolders down to ${MAX_DEPTH} levels and says how many deeper ones it left`, () => {
    const { view, skipped } = read(
      share({
        'PC-A/1/2/r.json': result('win11', 'PC-A', 1),
        'PC-B/1/2/3/r.json': result('win11', 'PC-B', 1),
      }),
    );
    expect(view.current.map((m) => m.key)).toEqual(['PC-A']);
    expect(skipped.folders).toBe(1);
  });
});

describe('what is not a regular file is never opened to wait on', () => {
  it('a FIFO in the listing, or swapped in after it, is refused without hanging', () => {
    const folder = share({ 'PC-A.json': result('win11', 'PC-A', 1) });
    execFileSync('mkfifo', [path.join(folder, 'PC-F.json')]);
    expect(read(folder).reasons['PC-F.json']).toEqual(msg('fleet.file.notRegular', {}));
    // As if swapped in between the listing and the open: the reader is called on it directly.
    const fifo = path.join(folder, 'PC-F.json');
    expect(readFleetFile(fifo, { name: 'PC-F.json', filedAs: 'PC-F' }, NOW).reason).toEqual(
      msg('fleet.file.notRegular', {}),
    );
    const link = path.join(folder, 'PC-L.json');
    fs.symlinkSync(path.join(folder, 'PC-A.json'), link);
    expect(readFleetFile(link, { name: 'PC-L.json', filedAs: 'PC-A' }, NOW).reason).toEqual(
      msg('fleet.file.symlink', {}),
    );
  });
});

describe('a result whose counts or verdict do not add up is refused, naming the field', () => {
  const cases: [string, (d: Doc) => void, ReturnType<typeof msg>][] = [
    [
      'the same plan item twice',
      (d) => d.plan.items.push(d.plan.items[0]),
      msg('fleet.field.repeated', { field: 'plan.items' }),
    ],
    [
      'the same stack twice',
      (d) => d.plan.effective.before.push(d.plan.effective.before[0]),
      msg('fleet.field.repeated', { field: 'plan.effective.before' }),
    ],
    [
      'a verdict better than its reasons',
      (d) => (d.readiness.verdict = 'ready'),
      msg('fleet.field.verdictInconsistent', { field: 'readiness' }),
    ],
    [
      'a nested message code the tool does not have',
      (d) =>
        ((d.readiness.reasons[0] as { next: { params: object } }).next.params = {
          x: { code: 'evil.code', params: {} },
        }),
      msg('fleet.field.badParams', { field: 'readiness.reasons[0].next.params' }),
    ],
    [
      'a next step that is not one',
      (d) => ((d.readiness.reasons[0] as { next: { code: string } }).next.code = 'fleet.title'),
      msg('fleet.field.notOneOf', { field: 'readiness.reasons[0].next.code', values: [] }),
    ],
    [
      'a run time that is not a UTC time',
      (d) => (d.ranAt = 'yesterday'),
      msg('fleet.field.notTime', { field: 'ranAt' }),
    ],
  ];
  it.each(cases)('%s', (_, edit, expected) => {
    const { reasons, view } = read(share({ 'PC-A.json': result('win11', 'PC-A', 1, edit) }));
    const got = reasons['PC-A.json'];
    expect(got?.code).toBe(expected.code);
    if (expected.code !== 'fleet.field.notOneOf') expect(got).toEqual(expected);
    else expect((got?.params as { field: string }).field).toBe('readiness.reasons[0].next.code');
    expect(view.current).toEqual([]);
  });
});
