import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTool } from '../../../src-main/cli/commands/dispatch.js';
import type { CliIo } from '../../../src-main/cli/run-cli.js';
import { planGpoExport } from '../../../src-main/core/export/gpo-plan.js';
import { gpoRegistryXml } from '../../../src-main/core/export/gpo-xml.js';
import { MESSAGE_LANGUAGES } from '../../../src-shared/messages/languages.js';
import { english, msg, renderMsg } from '../../../src-shared/messages/messages.js';
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
    expect(doc.leftOut[0]).toMatchObject({ reasonMsgs: [{ code: 'refusal.needsSchannel' }] });
  });
});

describe('what the GPO export says, by code', () => {
  const item = { name: 'DefaultSecureProtocols', data: 0x800, protocols: true, wow6432: true };
  const classes = ['Windows 8 / Server 2012', 'Windows 8.1 / Server 2012 R2'];

  it("describes the collection and each item from the catalogue, in GPMC's English", () => {
    const xml = gpoRegistryXml(planGpoExport('1.2', ['winhttp']), new Date('2026-12-01T00:00:00Z'));
    const description = english(msg('export.itemDescription', { ...item, classes }));
    expect(description).toBe(
      'TLS 1.2 Wizard: DefaultSecureProtocols = 0x800 (TLS 1.2) (32-bit view of 64-bit Windows). For Windows 8 / Server 2012; Windows 8.1 / Server 2012 R2.',
    );
    expect(xml).toContain(english(msg('export.collectionName', { choice: '1.2', groups: ['winhttp'] })));
    expect(english(msg('export.collectionName', { choice: '1.2', groups: null }))).toBe(
      'TLS 1.2 Wizard (TLS 1.2, what each Windows needs)',
    );
  });

  it('says it in Swedish, with plurals by Intl.PluralRules', () => {
    const sv = (m: Parameters<typeof renderMsg>[1]) => renderMsg(MESSAGE_LANGUAGES.sv, m, 'cli');
    expect(sv(msg('export.itemDescription', { ...item, classes: classes.slice(0, 1) }))).toBe(
      'TLS 1.2-guiden: DefaultSecureProtocols = 0x800 (TLS 1.2) (32-bitarsvyn i 64-bitars Windows). För Windows 8 / Server 2012.',
    );
    expect(sv(msg('export.collectionName', { choice: '1.2', groups: null }))).toBe(
      'TLS 1.2-guiden (TLS 1.2, det varje Windows behöver)',
    );
    expect(sv(msg('export.summary.wrote', { file: 'R.xml', items: 1 }))).toBe(
      'Skrev R.xml: 1 registerobjekt för Datorkonfiguration.',
    );
    expect(english(msg('export.summary.wrote', { file: 'R.xml', items: 1 }))).toBe(
      'Wrote R.xml: 1 registry item for Computer Configuration.',
    );
    expect(sv(msg('export.usage.badGroups', { groups: ['winhttp', 'dotnet'], unknown: ['ie'] }))).toBe(
      '--only tar winhttp,dotnet; okända: ie.',
    );
    const leftOut = msg('export.summary.leftOut', {
      windows: 'Windows 7 SP1 / Server 2008 R2 SP1',
      reasons: planGpoExport('1.2', ['dotnet']).leftOut[0]?.reasonMsgs ?? [],
    });
    expect(sv(leftOut)).toMatch(
      /^Utelämnat: Windows 7 SP1 \/ Server 2008 R2 SP1 får ingenting, eftersom verktyget vägrar planen där: /,
    );
    expect(sv(leftOut)).not.toMatch(/\b(the|is|not)\b/);
  });
});
