import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTool } from '../../../src-main/cli/commands/dispatch.js';
import type { CliIo } from '../../../src-main/cli/run-cli.js';
import { tempFolder } from '../../support/sim.js';
import { registryItems } from './gpo-evaluator.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: {},
    platform: 'linux',
    version: '0.0.0-test',
  };
  return { cli, out, err };
}

describe('cli export gpo', () => {
  it('writes DIR/Registry.xml and says what it holds (exit 0)', () => {
    const dir = path.join(tempFolder(), 'gpo');
    const { cli, out } = io();
    expect(
      runTool(['export', 'gpo', '--protocols', '1.1,1.2', '--only', 'winhttp,schannel', '--out', dir], cli),
    ).toBe(0);
    const items = registryItems(fs.readFileSync(path.join(dir, 'Registry.xml'), 'utf8'));
    expect(items.map((i) => i.Properties[0]?.['@_name'])).toEqual(
      expect.arrayContaining(['DefaultSecureProtocols', 'Enabled', 'DisabledByDefault']),
    );
    expect(out.join('\n')).toMatch(/\d+ registry items for Computer Configuration/);
  });

  it('names the Windows it leaves out and why', () => {
    const { cli, out } = io();
    expect(runTool(['export', 'gpo', '--only', 'dotnet', '--out', tempFolder()], cli)).toBe(0);
    expect(out.join('\n')).toMatch(/Left out: Windows 7 SP1 \/ Server 2008 R2 SP1 .*SChannel/);
  });

  it.each([
    [['export', 'gpo'], /needs --out DIR/],
    [['export', 'intune', '--out', 'x'], /knows "gpo" only/],
    [['export', 'gpo', '--out', 'x', '--protocols', '1.3'], /--protocols must be one of/],
    [['export', 'gpo', '--out', 'x', '--only', 'ie'], /unknown: ie/],
    [['export', 'gpo', '--out', 'x', '--yes'], /Unknown option/],
  ])('refuses %j with exit 2 and writes nothing', (argv, message) => {
    const { cli, err } = io();
    expect(runTool(argv, cli)).toBe(2);
    expect(err.join('\n')).toMatch(message);
    expect(fs.existsSync('x')).toBe(false);
  });

  it('--json gives the items and the left-out classes', () => {
    const { cli, out } = io();
    expect(runTool(['export', 'gpo', '--only', 'dotnet', '--json', '--out', tempFolder()], cli)).toBe(0);
    const doc = JSON.parse(out.join('\n')) as { items: unknown[]; leftOut: { class: string }[] };
    expect(doc.items).toHaveLength(8);
    expect(doc.leftOut).toEqual([expect.objectContaining({ class: 'nt61' })]);
  });
});
