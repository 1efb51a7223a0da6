import { english, msg } from '../../src-shared/messages/messages.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTool } from '../../src-main/cli/commands/dispatch.js';
import { runWithOutputFiles, takeOutputFiles } from '../../src-main/cli/output-files.js';
import { tempFolder } from '../support/sim.js';
import { capturedIo } from '../support/sim-cli.js';

describe('--json-out and --log', () => {
  it('are taken out of the command line in both spellings', () => {
    expect(takeOutputFiles(['audit', '--json-out', 'a.json', '--log=b.log', '--json'])).toEqual({
      jsonOut: 'a.json',
      log: 'b.log',
      rest: ['audit', '--json'],
    });
    expect(takeOutputFiles(['audit', '--log'])).toBe('--log needs a file name.');
    expect(takeOutputFiles(['audit', '--json-out', '--json'])).toBe('--json-out needs a file name.');
    expect(takeOutputFiles(['audit', '--log', 'a', '--log', 'b'])).toBe('--log is given twice.');
  });

  it('refuse a missing file name with exit 2, running nothing', () => {
    const r = capturedIo();
    let ran = false;
    expect(runWithOutputFiles(['apply', '--yes', '--log='], r.cli, () => ((ran = true), 0))).toBe(2);
    expect(ran).toBe(false);
  });

  it('write the JSON document without --json, and the text with the exit code, leaving stdout as it was', () => {
    const dir = tempFolder('tls12-output-files');
    const r = capturedIo({ TLS12_WIZARD_SIM_DIR: path.join(dir, 'sim') });
    const json = path.join(dir, 'deep', 'audit.json');
    const log = path.join(dir, 'audit.log');
    expect(runTool(['audit', '--simulate', 'win10', '--json-out', json, '--log', log], r.cli)).toBe(1);
    expect(JSON.parse(fs.readFileSync(json, 'utf8'))).toMatchObject({ command: 'audit', exitCode: 1 });
    const text = fs.readFileSync(log, 'utf8');
    expect(text).toBe(`${r.out.join('\n')}\nExit code: 1\n`);
    expect(r.out.join('\n')).toMatch(/^SIMULATION/);
  });

  it('say why in JSON when the command stopped before it had a result', () => {
    const dir = tempFolder('tls12-output-files');
    const json = path.join(dir, 'x.json');
    expect(runTool(['export', 'gpo', '--json-out', json], capturedIo().cli)).toBe(2);
    expect(JSON.parse(fs.readFileSync(json, 'utf8'))).toEqual({
      command: 'export',
      exitCode: 2,
      // When it ran, as every result records it (the fleet report orders by it).
      ranAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      error: expect.stringMatching(/needs --out DIR/),
    });
  });

  it('turn an unexpected error into 1603 and still write both files', () => {
    const dir = tempFolder('tls12-output-files');
    const r = capturedIo();
    const code = runWithOutputFiles(
      ['audit', '--json-out', path.join(dir, 'x.json'), '--log', path.join(dir, 'x.log')],
      r.cli,
      () => {
        throw new Error('boom');
      },
    );
    expect(code).toBe(1603);
    // One sentence through the error mapper, naming the error; never a stack trace.
    const log = fs.readFileSync(path.join(dir, 'x.log'), 'utf8');
    expect(log).toBe(`${english(msg('error.internal', { detail: 'boom' }))}\nExit code: 1603\n`);
    expect(log).not.toMatch(/\bat .*:\d+:\d+/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'x.json'), 'utf8'))).toMatchObject({ exitCode: 1603 });
  });
});
