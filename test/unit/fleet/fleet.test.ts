// The fleet report over real result files (the CLI's own audit / apply JSON for every profile)
// and hostile ones: every bad file is listed with its reason, none stops the report, and nothing
// read from a file reaches the HTML or the CSV unescaped.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTool } from '../../../src-main/cli/commands/dispatch.js';
import { MAX_RESULT_FILE_BYTES, readFleetFolder } from '../../../src-main/core/fleet/fleet-reader.js';
import { writeFleetReport } from '../../../src-main/core/fleet/fleet-report.js';
import { MESSAGE_LANGUAGES } from '../../../src-shared/messages/languages.js';
import { msg, renderMsg } from '../../../src-shared/messages/messages.js';
import { csvCell, escapeHtml } from '../../../src-main/core/fleet/fleet-format.js';
import { PROFILES } from '../../../src-main/core/simulation/profiles.js';
import { tempFolder } from '../../support/sim.js';
import { capturedIo } from '../../support/sim-cli.js';

let folder: string;
let audit: Record<string, unknown>;
const HOSTILE: Record<string, string | Buffer> = {
  'not-json.json': 'hello',
  'empty.json': '',
  'array.json': '[]',
  'detect.json': '{"command":"detect"}',
  'deep.json': `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
  'huge.json': Buffer.alloc(MAX_RESULT_FILE_BYTES + 1, 0x20),
};

/** The computer name a result says it is from: the name the share files it under. */
const nameOf = (file: string) =>
  (JSON.parse(fs.readFileSync(file, 'utf8')) as { detection: { os: { computerName: string } } }).detection.os
    .computerName;
// A file name cannot hold "/": markup that needs none.
const EVIL = '=HYPERLINK("x")<img src=x onerror=alert(1)>';

beforeAll(() => {
  const root = tempFolder('tls12-fleet');
  folder = path.join(root, 'results');
  const staging = path.join(root, 'staging');
  fs.mkdirSync(folder);
  fs.mkdirSync(staging);
  const env = { TLS12_WIZARD_SIM_DIR: path.join(root, 'sim') };
  // Each result filed under its machine's name, as a startup script writes it (docs/deploy.md).
  const file = (name: string) => {
    const from = path.join(staging, name);
    fs.renameSync(from, path.join(folder, `${nameOf(from)}.json`));
  };
  for (const p of PROFILES) {
    const out = path.join(staging, `${p.id}.json`);
    expect(runTool(['audit', '--simulate', p.id, '--json-out', out], capturedIo(env).cli)).not.toBe(1603);
    file(`${p.id}.json`);
  }
  const backups = path.join(root, 'backups');
  fs.mkdirSync(backups);
  runTool(
    [
      'apply',
      '--yes',
      '--simulate',
      'win10',
      '--backup-dir',
      backups,
      '--json-out',
      path.join(staging, 'win10.json'),
    ],
    capturedIo(env).cli,
  );
  file('win10.json');
  // A per-device folder: win7-sp1's refused apply, newer than its audit, is the machine's row.
  const win7 = path.join(folder, 'SIM-WIN7');
  fs.mkdirSync(win7);
  runTool(
    [
      'apply',
      '--yes',
      '--simulate',
      'win7-sp1',
      '--only',
      'dotnet',
      '--json-out',
      path.join(win7, 'refused.json'),
    ],
    capturedIo(env).cli,
  );
  const auditOf7 = JSON.parse(fs.readFileSync(path.join(folder, 'SIM-WIN7.json'), 'utf8')) as {
    ranAt: string;
  };
  auditOf7.ranAt = new Date(Date.now() - 3600_000).toISOString();
  fs.writeFileSync(path.join(folder, 'SIM-WIN7.json'), JSON.stringify(auditOf7));
  audit = JSON.parse(fs.readFileSync(path.join(folder, 'SIM-WIN11.json'), 'utf8')) as Record<string, unknown>;
  for (const [name, data] of Object.entries(HOSTILE)) fs.writeFileSync(path.join(folder, name), data);
  const evil = structuredClone(audit) as { detection: { os: { computerName: string } } };
  evil.detection.os.computerName = EVIL;
  fs.writeFileSync(path.join(folder, `${EVIL}.json`), JSON.stringify(evil));
  // Filed under one name, claiming another machine: it must not become SIM-WIN11's row.
  fs.writeFileSync(path.join(folder, 'impostor.json'), JSON.stringify(audit));
  const badMask = structuredClone(audit) as { plan: { effective: { before: { mask: unknown }[] } } };
  (badMask.plan.effective.before[0] as { mask: unknown }).mask = '2048';
  fs.writeFileSync(path.join(folder, 'bad-mask.json'), JSON.stringify(badMask));
  fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a result');
  fs.symlinkSync(path.join(folder, 'SIM-WIN11.json'), path.join(folder, 'link.json'));
});

function report() {
  const out = tempFolder('tls12-fleet-out');
  const html = path.join(out, 'fleet.html');
  const csv = path.join(out, 'fleet.csv');
  const r = capturedIo();
  const code = runTool(['fleet', folder, '--html', html, '--csv', csv], r.cli);
  return {
    code,
    out,
    html: fs.readFileSync(html, 'utf8'),
    csv: fs.readFileSync(csv, 'utf8'),
    stdout: r.out.join('\n'),
  };
}

describe('cli fleet', () => {
  it('reads every result, lists every bad file with its reason, and exits 0', () => {
    const r = report();
    expect(r.code).toBe(0);
    // One row per machine: every profile (win10's apply and win7-sp1's refused apply are newer than
    // their audits), and the hostile name filed under itself.
    const good = PROFILES.length + 1;
    expect(r.stdout).toContain(`${good} machines, 9 unreadable`);
    const reasons = Object.fromEntries(
      r.csv
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => [l.split(',')[0]?.replace(/^"|"$/g, ''), l]),
    );
    // The CSV's reasons are the catalogue's English; what each one is, by code, is checked below.
    expect(reasons['not-json.json']).toMatch(/"unreadable","not JSON/);
    expect(reasons['impostor.json']).toMatch(/filed under impostor but says it is from SIM-WIN11/);
    expect(reasons['array.json']).toMatch(/the file is not an object/);
    expect(reasons['huge.json']).toMatch(/larger than 1048576 bytes, not read/);
    expect(r.html).toContain('1 other file in the folder (not *.json) was not read.');
    expect(fs.readdirSync(r.out).sort()).toEqual(['fleet-history.jsonl', 'fleet.csv', 'fleet.html']);
  });

  it('counts machines by family, KB 3140245 missing, values to change, effective protocols and applies', () => {
    const { html } = report();
    // win7-sp1 (its refused apply), -kb, -x86, -office2010; the refused XP, Vista, 2008 SP2, Itanium.
    expect(html).toMatch(/<td>Windows 7<\/td><td class="n">4<\/td>/);
    expect(html).toMatch(/<td>Not supported by the tool<\/td><td class="n">4<\/td>/);
    // Fresh 7 (its refused apply), 2008 R2, 8, 2012.
    expect(html).toMatch(/<b>4<\/b>KB 3140245 missing/);
    // SChannel values to change: win7-sp1 counts by its refused --only dotnet apply, which has none.
    expect(html).toMatch(/<td>schannel<\/td><td class="n">8<\/td>/);
    expect(html).toMatch(/<td>apply: done<\/td><td class="n">1<\/td>/);
    expect(html).toMatch(/<td>apply: refused<\/td><td class="n">1<\/td>/);
    expect(html).toContain('Failed and refused applies');
    expect(html).toMatch(/winhttp \(64-bit\)/);
  });

  it('escapes what a file says, in HTML and in CSV', () => {
    const r = report();
    expect(r.html).not.toContain('<img');
    expect(r.html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(r.csv).toContain(`"'=HYPERLINK(""x"")<img src=x onerror=alert(1)>"`);
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&#60;a href=&#39;x&#39;&#62;&#38;&#34;');
  });

  it.each([
    ['plain', '"plain"'],
    ['+1', `"'+1"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    // Full-width and small forms become = + - @ under NFKC, as a spreadsheet may read them.
    ['\uff1dcmd', `"'\uff1dcmd"`],
    ['\uff0b1', `"'\uff0b1"`],
    ['\ufe66x', `"'\ufe66x"`],
    ['\uff20x', `"'\uff20x"`],
    // After a separator: "," and, for Swedish and German Excel, ";" (also full-width).
    ['a,=1', `"a,'=1"`],
    ['a;=1', `"a;'=1"`],
    ['a\uff1b\uff1d1', `"a\uff1b'\uff1d1"`],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['a=b', '"a=b"'],
  ])('quotes every CSV cell and neutralises a formula: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('creates the report folders, and a report that cannot be written is 1603 with the reason', () => {
    const out = tempFolder('tls12-fleet-out');
    const r = capturedIo();
    expect(runTool(['fleet', folder, '--csv', path.join(out, 'new', 'deeper', 'fleet.csv')], r.cli)).toBe(0);
    fs.writeFileSync(path.join(out, 'a-file'), '');
    const bad = capturedIo();
    expect(runTool(['fleet', folder, '--html', path.join(out, 'a-file', 'fleet.html')], bad.cli)).toBe(1603);
    expect(bad.err.join('\n')).toMatch(/The report could not be written: .*(EEXIST|ENOTDIR)/);
  });

  it.each([
    [[], /one folder/],
    [['/nonexistent-folder', '--csv', 'x.csv'], /is not a folder/],
    [['.'], /needs --html FILE or --csv FILE/],
    [['.', '--pdf', 'x'], /Unknown option/],
  ])('refuses %j with exit 2', (argv, message) => {
    const r = capturedIo();
    expect(runTool(['fleet', ...argv], r.cli)).toBe(2);
    expect(r.err.join('\n')).toMatch(message);
  });
});

describe('what the fleet report says, by code', () => {
  it('names why each bad file was not read by a code with its parameters', () => {
    const skipped = { count: 0 };
    const reasons = Object.fromEntries([...readFleetFolder(folder, skipped)].map((e) => [e.name, e.reason]));
    expect(skipped.count).toBe(1);
    expect(reasons['SIM-WIN11.json']).toBeNull();
    expect(reasons['SIM-WIN7\\refused.json']).toBeNull();
    expect(reasons['impostor.json']).toEqual(
      msg('fleet.file.otherMachine', { filedAs: 'impostor', claims: 'SIM-WIN11' }),
    );
    expect(reasons['not-json.json']?.code).toBe('fleet.file.notJson');
    expect(reasons['empty.json']?.code).toBe('fleet.file.notJson');
    expect(reasons['array.json']).toEqual(msg('fleet.field.notObject', { field: null }));
    expect(reasons['detect.json']).toEqual(msg('fleet.file.notResult', { command: '"detect"' }));
    expect(reasons['huge.json']).toEqual(
      msg('fleet.file.tooLarge', { bytes: MAX_RESULT_FILE_BYTES + 1, max: MAX_RESULT_FILE_BYTES }),
    );
    expect(reasons['bad-mask.json']).toEqual(
      msg('fleet.field.notWholeNumber', { field: 'plan.effective.before[0].mask', min: 0, max: 0xffffffff }),
    );
    expect(reasons['link.json']).toEqual(msg('fleet.file.symlink', {}));
  });

  it('counts with Intl.PluralRules in English and Swedish', () => {
    const en = (m: Parameters<typeof renderMsg>[1]) => renderMsg(MESSAGE_LANGUAGES.en, m, 'cli');
    const sv = (m: Parameters<typeof renderMsg>[1]) => renderMsg(MESSAGE_LANGUAGES.sv, m, 'cli');
    expect(en(msg('fleet.otherFiles', { count: 1 }))).toBe(
      '1 other file in the folder (not *.json) was not read.',
    );
    expect(en(msg('fleet.otherFiles', { count: 2 }))).toBe(
      '2 other files in the folder (not *.json) were not read.',
    );
    expect(sv(msg('fleet.otherFiles', { count: 1 }))).toBe('1 annan fil i mappen (inte *.json) lästes inte.');
    expect(sv(msg('fleet.otherFiles', { count: 3 }))).toBe(
      '3 andra filer i mappen (inte *.json) lästes inte.',
    );
    expect(sv(msg('fleet.valuesToChange', { values: 1, machines: 2, refused: 1 }))).toBe(
      '1 värde på 2 datorer; 1 dator där verktyget vägrar planen.',
    );
    expect(sv(msg('fleet.summary.read', { files: 1, machines: 1, unreadable: 0 }))).toBe(
      'Läste 1 resultatfil: 1 dator, 0 oläsbara.',
    );
    expect(sv(msg('fleet.field.notObject', { field: null }))).toBe('filen är inte ett objekt');
    expect(sv(msg('fleet.stack', { stack: 'winhttp', view: '32' }))).toBe('winhttp (32-bitars)');
    expect(sv(msg('fleet.protocolSet', { mask: 0 }))).toBe('inga');
    expect(sv(msg('fleet.usage.notFolder', { folder: 'X' }))).toBe('X är inte en mapp.');
    expect(en(msg('fleet.usage.notFolder', { folder: 'X' }))).toBe('X is not a folder.');
  });

  it('writes the whole page in Swedish when asked, from the catalogue', () => {
    const out = tempFolder('tls12-fleet-sv');
    const html = path.join(out, 'fleet.html');
    const csv = path.join(out, 'fleet.csv');
    const now = new Date();
    writeFleetReport({ folder, html, csv, lang: 'sv', now });
    const page = fs.readFileSync(html, 'utf8');
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<h1>Flottrapport för TLS 1.2</h1>');
    expect(page).toContain(`Skapad ${now.toISOString().slice(0, 19).replace('T', ' ')} UTC från`);
    expect(page).toContain('<h2>Datorer per Windows-familj</h2>');
    expect(page).toMatch(/<td>Stöds inte av verktyget<\/td><td class="n">4<\/td>/);
    expect(page).toContain('<h2>Oläsbara filer</h2>');
    expect(page).toContain('1 annan fil i mappen (inte *.json) lästes inte.');
    expect(page).toContain('en symbolisk länk, följdes inte');
    for (const english of ['Machines by Windows family', 'Unreadable files', 'Generated', 'not read']) {
      expect(page).not.toContain(english);
    }
    expect(fs.readFileSync(csv, 'utf8')).toContain('filen är inte ett objekt');
  });
});
