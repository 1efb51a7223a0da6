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

beforeAll(() => {
  const root = tempFolder('tls12-fleet');
  folder = path.join(root, 'results');
  fs.mkdirSync(folder);
  const env = { TLS12_WIZARD_SIM_DIR: path.join(root, 'sim') };
  for (const p of PROFILES) {
    expect(
      runTool(
        ['audit', '--simulate', p.id, '--json-out', path.join(folder, `${p.id}.json`)],
        capturedIo(env).cli,
      ),
    ).not.toBe(1603);
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
      path.join(folder, 'win10.json'),
    ],
    capturedIo(env).cli,
  );
  runTool(
    [
      'apply',
      '--yes',
      '--simulate',
      'win7-sp1',
      '--only',
      'dotnet',
      '--json-out',
      path.join(folder, 'refused.json'),
    ],
    capturedIo(env).cli,
  );
  audit = JSON.parse(fs.readFileSync(path.join(folder, 'win11.json'), 'utf8')) as Record<string, unknown>;
  for (const [name, data] of Object.entries(HOSTILE)) fs.writeFileSync(path.join(folder, name), data);
  const evil = structuredClone(audit) as { detection: { os: { computerName: string } } };
  evil.detection.os.computerName = '=HYPERLINK("http://x")<script>alert(1)</script>';
  fs.writeFileSync(path.join(folder, 'evil.json'), JSON.stringify(evil));
  const badMask = structuredClone(audit) as { plan: { effective: { before: { mask: unknown }[] } } };
  (badMask.plan.effective.before[0] as { mask: unknown }).mask = '2048';
  fs.writeFileSync(path.join(folder, 'bad-mask.json'), JSON.stringify(badMask));
  fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a result');
  fs.mkdirSync(path.join(folder, 'folder.json'));
  fs.symlinkSync(path.join(folder, 'win11.json'), path.join(folder, 'link.json'));
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
    const good = PROFILES.length + 2; // every audit, win10 replaced by its apply, plus the refused apply and evil.json
    expect(r.stdout).toContain(`${good} machines, 9 unreadable`);
    const reasons = Object.fromEntries(
      r.csv
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => [l.split(',')[0], l]),
    );
    // The CSV's reasons are the catalogue's English; what each one is, by code, is checked below.
    expect(reasons['not-json.json']).toMatch(/unreadable,"?not JSON/);
    expect(reasons['array.json']).toMatch(/the file is not an object/);
    expect(reasons['huge.json']).toMatch(/larger than 1048576 bytes, not read/);
    expect(r.html).toContain('1 other file in the folder (not *.json) was not read.');
    expect(fs.readdirSync(r.out).sort()).toEqual(['fleet.csv', 'fleet.html']);
  });

  it('counts machines by family, KB 3140245 missing, values to change, effective protocols and applies', () => {
    const { html } = report();
    // win7-sp1, -kb, -x86, -office2010 and the refused apply on win7-sp1; the refused XP, Vista, 2008 SP2, Itanium.
    expect(html).toMatch(/<td>Windows 7<\/td><td class="n">5<\/td>/);
    expect(html).toMatch(/<td>Not supported by the tool<\/td><td class="n">4<\/td>/);
    // Fresh 7, 2008 R2, 8, 2012, and the refused apply's win7-sp1.
    expect(html).toMatch(/<b>5<\/b>KB 3140245 missing/);
    expect(html).toMatch(/<td>schannel<\/td><td class="n">10<\/td>/);
    expect(html).toMatch(/<td>apply: done<\/td><td class="n">1<\/td>/);
    expect(html).toMatch(/<td>apply: refused<\/td><td class="n">1<\/td>/);
    expect(html).toContain('Failed and refused applies');
    expect(html).toMatch(/winhttp \(64-bit\)/);
  });

  it('escapes what a file says, in HTML and in CSV', () => {
    const r = report();
    expect(r.html).not.toContain('<script>');
    expect(r.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(r.csv).toContain(`"'=HYPERLINK(""http://x"")<script>alert(1)</script>"`);
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&#60;a href=&#39;x&#39;&#62;&#38;&#34;');
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('plain')).toBe('plain');
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
    const reasons = Object.fromEntries(
      [...readFleetFolder(folder, skipped)].map((e) => [path.basename(e.file), e.reason]),
    );
    expect(skipped.count).toBe(1);
    expect(reasons['win11.json']).toBeNull();
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
    expect(reasons['folder.json']).toEqual(msg('fleet.file.notRegular', {}));
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
    writeFleetReport({ folder, html, csv, lang: 'sv', now: new Date('2026-12-01T10:00:00Z') });
    const page = fs.readFileSync(html, 'utf8');
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<h1>Flottrapport för TLS 1.2</h1>');
    expect(page).toContain('Skapad 2026-12-01 10:00:00 UTC från');
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
