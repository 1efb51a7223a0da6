// The Preferences Registry.xml parser: a real sample, decoding, actions, collections, disabled
// and filtered items, and refusals (DOCTYPE, malformed, too deep, too many), never a throw.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeGppValue,
  GPP_LIMITS,
  parseGppRegistryXml,
  type GppResult,
} from '../../../src-main/core/readiness/evidence/gpp-registry-xml.js';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/gpp', name));
const xml = (text: string) => Buffer.from(text, 'utf8');
const ok = (result: GppResult) => {
  if (!result.ok) throw new Error(`not parsed: ${result.problem}`);
  return result;
};
const registry = (props: string, extra = '') =>
  `<Registry clsid="{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}" name="n" uid="{U}"${extra}>` +
  `<Properties ${props}/></Registry>`;
const settings = (body: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<RegistrySettings clsid="{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}">${body}</RegistrySettings>`;
const dword = (name: string, value: string, action = 'U') =>
  `action="${action}" hive="HKEY_LOCAL_MACHINE" key="SOFTWARE\\K" name="${name}" type="REG_DWORD" value="${value}"`;

describe('parseGppRegistryXml', () => {
  it("parses Microsoft's documentation sample (a Collection root, filters, escaped desc)", () => {
    const { items, skipped } = ok(parseGppRegistryXml(fixture('ms-docs-domain-isolation-collection.xml')));
    expect(skipped).toBe(0);
    expect(items.map((i) => [i.hive, i.key, i.name, i.action, i.value, i.hasFilters, i.disabled])).toEqual([
      [
        'HKLM',
        'System\\CurrentControlSet\\Services\\TCPIP\\Parameters',
        'EnablePMTUDiscovery',
        'update',
        { type: 'REG_DWORD', data: 1 },
        false,
        false,
      ],
      [
        'HKLM',
        'SYSTEM\\CurrentControlSet\\Services\\PolicyAgent',
        'NoDefaultExempt',
        'update',
        { type: 'REG_DWORD', data: 3 },
        true,
        false,
      ],
    ]);
    expect(items[0]?.uid).toBe('{52C38FD7-A081-404C-A8EA-B24A9614D0B5}');
  });

  it('parses a GPMC-style file: both views, a delete, a disabled item in a collection', () => {
    const { items } = ok(parseGppRegistryXml(fixture('domain-tls-registry.xml')));
    expect(
      items.map((i) => [i.key.split('\\')[1], i.name, i.action, i.value, i.hasFilters, i.disabled]),
    ).toEqual([
      ['Microsoft', 'DefaultSecureProtocols', 'update', { type: 'REG_DWORD', data: 0xa0 }, false, false],
      ['Wow6432Node', 'DefaultSecureProtocols', 'update', { type: 'REG_DWORD', data: 0xa0 }, true, false],
      ['Microsoft', 'SchUseStrongCrypto', 'delete', { type: 'REG_DWORD', data: 0 }, false, false],
      ['Microsoft', 'SystemDefaultTlsVersions', 'update', { type: 'REG_DWORD', data: 0 }, false, true],
      ['Microsoft', 'NoAutoUpdate', 'update', { type: 'REG_DWORD', data: 1 }, false, false],
    ]);
  });

  it('decodes values by type; DWORD and QWORD as hex whatever displayDecimal says', () => {
    expect(decodeGppValue('REG_DWORD', '000000a0', null)).toEqual({ type: 'REG_DWORD', data: 0xa0 });
    expect(decodeGppValue('REG_DWORD', 'FFFFFFFF', null)).toEqual({ type: 'REG_DWORD', data: 0xffffffff });
    expect(decodeGppValue('REG_DWORD', '100000000', null)).toBeNull();
    expect(decodeGppValue('REG_DWORD', '0x10', null)).toBeNull();
    expect(decodeGppValue('REG_DWORD', '', null)).toBeNull();
    expect(decodeGppValue('REG_QWORD', 'ffffffffffffffff', null)).toEqual({
      type: 'REG_QWORD',
      data: '18446744073709551615',
    });
    expect(decodeGppValue('REG_SZ', 'a,b', null)).toEqual({ type: 'REG_SZ', data: 'a,b' });
    expect(decodeGppValue('REG_BINARY', '0A0b', null)).toEqual({ type: 'REG_BINARY', data: '0a0b' });
    expect(decodeGppValue('REG_BINARY', 'abc', null)).toBeNull();
    expect(decodeGppValue('REG_NONE', '', null)).toBeNull();
  });

  it('reads a REG_MULTI_SZ from <Values>, and every action letter', () => {
    const multi =
      '<Registry name="m"><Properties action="R" hive="HKEY_LOCAL_MACHINE" key="K" name="EccCurves" ' +
      'type="REG_MULTI_SZ" value="NistP256 NistP384"><Values><Value>NistP256</Value>' +
      '<Value>curve &amp; &#x41;</Value></Values></Properties></Registry>';
    const { items } = ok(
      parseGppRegistryXml(
        xml(settings(multi + registry(dword('a', '1', 'C')) + registry(dword('b', '1', 'D')))),
      ),
    );
    expect(items.map((i) => [i.action, i.value])).toEqual([
      ['replace', { type: 'REG_MULTI_SZ', data: ['NistP256', 'curve & A'] }],
      ['create', { type: 'REG_DWORD', data: 1 }],
      ['delete', { type: 'REG_DWORD', data: 1 }],
    ]);
  });

  it('passes disabled and filters down nested collections; maps hives', () => {
    const inner = `<Collection name="inner">${registry(dword('deep', '2'))}</Collection>`;
    const outer = `<Collection name="outer" disabled="1"><Filters><FilterOs bool="AND" not="0"/></Filters>${inner}</Collection>`;
    const user = registry('action="U" hive="HKEY_CURRENT_USER" key="K" name="u" type="REG_SZ" value="x"');
    const users = registry('action="U" hive="HKEY_USERS" key="K" name="o" type="REG_SZ" value="x"');
    const empty = registry(dword('e', '3'), '').replace('<Properties', '<Filters>\n</Filters><Properties');
    const { items } = ok(parseGppRegistryXml(xml(settings(outer + user + users + empty))));
    expect(items.map((i) => [i.name, i.hive, i.disabled, i.hasFilters])).toEqual([
      ['deep', 'HKLM', true, true],
      ['u', 'HKCU', false, false],
      ['o', 'other', false, false],
      ['e', 'HKLM', false, false],
    ]);
  });

  it('skips items without Properties or with an unknown action, and counts them', () => {
    const result = ok(
      parseGppRegistryXml(
        xml(settings('<Registry name="x"/>' + registry(dword('a', '1', 'X')) + registry(dword('b', '1')))),
      ),
    );
    expect(result.skipped).toBe(2);
    expect(result.items.map((i) => i.name)).toEqual(['b']);
  });

  it('reads UTF-8 with a BOM and UTF-16LE with a BOM', () => {
    const text = settings(registry(dword('a', 'a0')));
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), xml(text)]);
    const bom16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const bytes of [bom8, bom16])
      expect(ok(parseGppRegistryXml(bytes)).items[0]?.value).toEqual({ type: 'REG_DWORD', data: 0xa0 });
    expect(parseGppRegistryXml(Buffer.from([0x3c, 0xff, 0xfe, 0x3e]))).toEqual({
      ok: false,
      problem: 'bad-encoding',
    });
  });

  it('refuses DOCTYPE and ENTITY declarations before parsing', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>' + settings('&b;');
    expect(parseGppRegistryXml(xml(bomb))).toEqual({ ok: false, problem: 'doctype' });
    const external = '<!doctype RegistrySettings SYSTEM "file:///etc/passwd"><RegistrySettings/>';
    expect(parseGppRegistryXml(xml(external))).toEqual({ ok: false, problem: 'doctype' });
  });

  it('refuses malformed XML, two roots and another root element with a typed error', () => {
    expect(parseGppRegistryXml(xml(settings('<Registry>')))).toMatchObject({
      ok: false,
      problem: 'malformed',
    });
    expect(parseGppRegistryXml(xml('<RegistrySettings a="1" a="2"/>'))).toMatchObject({
      problem: 'malformed',
    });
    expect(parseGppRegistryXml(xml('<RegistrySettings/><RegistrySettings/>'))).toMatchObject({
      problem: 'malformed',
    });
    expect(parseGppRegistryXml(xml(''))).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseGppRegistryXml(xml('<Groups/>'))).toEqual({ ok: false, problem: 'not-registry-settings' });
  });

  it('refuses deep nesting, too many elements or items, and too many bytes', () => {
    const deep = '<Collection>'.repeat(50_000) + '</Collection>'.repeat(50_000);
    expect(parseGppRegistryXml(xml(settings(deep)))).toEqual({ ok: false, problem: 'too-deep' });
    expect(parseGppRegistryXml(xml(settings('<Collection/>'.repeat(GPP_LIMITS.maxElements))))).toEqual({
      ok: false,
      problem: 'too-many-items',
    });
    const three = settings(registry(dword('a', '1')).repeat(3));
    expect(parseGppRegistryXml(xml(three), { ...GPP_LIMITS, maxItems: 2 })).toEqual({
      ok: false,
      problem: 'too-many-items',
    });
    expect(parseGppRegistryXml(xml(three), { ...GPP_LIMITS, maxBytes: 100 })).toEqual({
      ok: false,
      problem: 'too-large',
    });
    // A '>' inside a quoted attribute does not end the tag for the shape check.
    expect(ok(parseGppRegistryXml(xml(settings(registry(dword('a>b', '1'))))))).toMatchObject({ skipped: 0 });
  });

  it('never throws on random edits of a real file', () => {
    const base = fixture('domain-tls-registry.xml').toString('utf8');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.string({ maxLength: 4 }), fc.nat(3)), {
          minLength: 1,
          maxLength: 6,
        }),
        (edits) => {
          let text = base;
          for (const [at, insert, cut] of edits) text = text.slice(0, at) + insert + text.slice(at + cut);
          expect(typeof parseGppRegistryXml(xml(text)).ok).toBe('boolean');
        },
      ),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(typeof parseGppRegistryXml(bytes).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
