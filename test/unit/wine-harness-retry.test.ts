// The Wine harness runs a command again only on Wine's own failures, recognised by what CI printed.
import { describe, expect, it } from 'vitest';
import { cmdCouldNotFindNode } from '../wine/harness/node-runner.js';
import { wineCrashedAtExit, wineDidNotStart } from '../wine/harness/wine-process.js';

const run = (status: number, stderr: string, stdout = '') => ({ status, signal: null, stdout, stderr });

describe('the Wine harness retries only on Wine failures', () => {
  it("recognises cmd's 9009 for node.exe, and nothing else", () => {
    const seen =
      `Can't recognize '"Z:\\check\\work\\main\\.cache\\win-node\\node.exe" "Z:\\check\\work\\main\\out\\cli.cjs" ` +
      `"audit" "--json"  ' as an internal or external command, or batch script.\n`;
    expect(cmdCouldNotFindNode({ code: 9009, stdout: '', stderr: seen })).toBe(true);
    // Our own exit codes and output are never mistaken for it.
    expect(cmdCouldNotFindNode({ code: 2, stdout: '', stderr: seen })).toBe(false);
    expect(cmdCouldNotFindNode({ code: 9009, stdout: '{"plan":{}}', stderr: seen })).toBe(false);
    const otherProgram = seen.replace('node.exe', 'wusa.exe').replace('cli.cjs', 'x.msu');
    expect(cmdCouldNotFindNode({ code: 9009, stdout: '', stderr: otherProgram })).toBe(false);
  });

  it("recognises the loader's exit assertion", () => {
    const seen =
      "Inconsistency detected by ld.so: dl-fini.c: 87: _dl_fini: Assertion `ns != LM_ID_BASE || i == nloaded' failed!\n";
    expect(wineCrashedAtExit(run(127, seen))).toBe(true);
    expect(wineCrashedAtExit(run(1, 'ERROR: Unable to find the specified registry key\n'))).toBe(false);
  });

  it("recognises the launcher's failure, not a program's own", () => {
    expect(wineDidNotStart(run(1, 'Application could not be started, or no application associated'))).toBe(
      true,
    );
    expect(wineDidNotStart(run(1, ''))).toBe(true);
    expect(wineDidNotStart(run(1, 'ERROR: Invalid key name\n'))).toBe(false);
    expect(wineDidNotStart(run(0, ''))).toBe(false);
  });
});
