// The fleet report reads each machine's newest result twice: once to pick it, once to build its
// row (fleet-report.ts). A file rewritten in between must not be trusted: it is listed as changed,
// counted for nothing, and its run is not added to the history.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CliDocument } from '../../../src-main/cli/cli-document.js';
import { runTool } from '../../../src-main/cli/commands/dispatch.js';
import { readFleetFile, rereadFleetFile } from '../../../src-main/core/fleet/fleet-reader.js';
import { writeFleetReport } from '../../../src-main/core/fleet/fleet-report.js';
import { msg } from '../../../src-shared/messages/messages.js';
import { tempFolder } from '../../support/sim.js';
import { capturedIo } from '../../support/sim-cli.js';

/** Files the mocked second read rewrites just before it reads them (as if a machine wrote meanwhile). */
const rewrite = new Map<string, (file: string) => void>();

vi.mock('../../../src-main/core/fleet/fleet-reader.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src-main/core/fleet/fleet-reader.js')>();
  return {
    ...real,
    rereadFleetFile: (...args: Parameters<typeof real.rereadFleetFile>) => {
      const edit = rewrite.get(path.basename(args[0]));
      edit?.(args[0]);
      return real.rereadFleetFile(...args);
    },
  };
});

type Doc = CliDocument & { ranAt: string; detection: { os: { computerName: string } } };
let doc: Doc;
const NOW = new Date();

beforeAll(() => {
  const sim = tempFolder('tls12-fleet-reread-sim');
  const io = {
    ...capturedIo({ TLS12_WIZARD_SIM_DIR: sim }).cli,
    document: (d: CliDocument) => (doc = d as Doc),
  };
  runTool(['audit', '--simulate', 'win11'], io);
  doc = JSON.parse(JSON.stringify(doc)) as Doc;
});

function result(machine: string, hoursAgo: number, edit?: (d: Doc) => void): string {
  const d = structuredClone(doc);
  d.detection.os.computerName = machine;
  d.ranAt = new Date(NOW.getTime() - hoursAgo * 3600_000).toISOString();
  edit?.(d);
  return JSON.stringify(d);
}

function share(files: Record<string, string>): string {
  const root = tempFolder('tls12-fleet-reread');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, name), text);
  return root;
}

describe('a result read again must be the one read first', () => {
  it('unchanged: the same entry; rewritten, another time or another machine: changed', () => {
    const folder = share({ 'PC-A.json': result('PC-A', 1) });
    const file = path.join(folder, 'PC-A.json');
    const filed = { name: 'PC-A.json', filedAs: 'PC-A' };
    const first = readFleetFile(file, filed, NOW);
    if (first.record === null || first.identity === undefined) throw new Error('not read');
    const expected = {
      identity: first.identity,
      machine: 'PC-A',
      time: first.time,
      timeSource: first.timeSource,
    };
    expect(rereadFleetFile(file, filed, NOW, expected).reason).toBeNull();

    const changed = msg('fleet.file.changed', {});
    // A newer run written over it: other bytes, another time.
    fs.writeFileSync(file, result('PC-A', 0.5));
    expect(rereadFleetFile(file, filed, NOW, expected).reason).toEqual(changed);
    // The same bytes put back, but written again: another modification time.
    fs.writeFileSync(file, result('PC-A', 1));
    fs.utimesSync(file, first.modified, new Date(first.modified.getTime() + 5000));
    expect(rereadFleetFile(file, filed, NOW, expected).reason).toEqual(changed);
    // The name the result gives, in another case: the same machine for Windows, not the same result.
    const again = readFleetFile(file, filed, NOW);
    if (again.record === null || again.identity === undefined) throw new Error('not read');
    expect(
      rereadFleetFile(file, filed, NOW, { ...expected, identity: again.identity, machine: 'pc-a' }).reason,
    ).toEqual(changed);
    // Gone: why it cannot be read now.
    fs.rmSync(file);
    expect(rereadFleetFile(file, filed, NOW, expected).reason?.code).toBe('fleet.file.cannotOpen');
  });

  it('the report lists a result changed between its two reads as unreadable and counts it for nothing', () => {
    const folder = share({
      'PC-A.json': result('PC-A', 2),
      'PC-B.json': result('PC-B', 2),
      'PC-C.json': result('PC-C', 2),
    });
    const out = tempFolder('tls12-fleet-reread-out');
    const history = path.join(out, 'history.jsonl');
    // PC-B: rewritten with the same result and one more space; PC-C: made another machine's claim.
    rewrite.set('PC-B.json', (file) => fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')} `));
    rewrite.set('PC-C.json', (file) => fs.writeFileSync(file, result('PC-A', 2)));
    try {
      const report = writeFleetReport({
        folder,
        html: path.join(out, 'f.html'),
        csv: path.join(out, 'f.csv'),
        history,
        now: NOW,
      });
      expect(report.files).toBe(3);
      expect(report.unreadable).toBe(2);
      expect(report.view.counted).toBe(1);
      expect(report.summary.machines).toBe(1);
      expect(report.summary.unreadable).toBe(2);
      const csv = fs.readFileSync(path.join(out, 'f.csv'), 'utf8');
      expect(csv).toMatch(/^"PC-A\.json","ok"/m);
      expect(csv).toMatch(/^"PC-B\.json","unreadable","changed while the report was made/m);
      // Rewritten to claim another machine: refused by the checks of any read.
      expect(csv).toMatch(/^"PC-C\.json","unreadable","[^"]*PC-A/m);
      const html = fs.readFileSync(path.join(out, 'f.html'), 'utf8');
      expect(html).toContain('PC-B.json</td><td>changed while the report was made');
      // Only the run read the same both times went into the history.
      const rows = fs
        .readFileSync(history, 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { machine: string }).machine);
      expect(rows).toEqual(['PC-A']);
    } finally {
      rewrite.clear();
    }
  });
});
