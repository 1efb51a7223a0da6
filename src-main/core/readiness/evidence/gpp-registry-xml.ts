/**
 * A parser for a Group Policy Preferences Registry.xml ([MS-GPPREF] 2.2.1.22 "Registry
 * Settings"): `<RegistrySettings>` (or a dragged-out `<Collection>`) holding `<Registry>` items,
 * possibly nested in `<Collection>`s, each with one `<Properties action hive key name type
 * value/>` and optional `<Filters>` (item-level targeting). The file is untrusted: size, nesting
 * and element counts are checked before fast-xml-parser sees it, DOCTYPE / ENTITY declarations
 * are refused, and entities are decoded here (only the five XML ones and character references).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RegValue } from '../../registry/registry-port.js';
import { decodeXmlEntities, xmlShapeProblem } from './xml-shape.js';

export interface GppLimits {
  maxBytes: number;
  /** Deepest element nesting. */
  maxDepth: number;
  /** Most elements in the file. */
  maxElements: number;
  /** Most registry items. */
  maxItems: number;
}

export const GPP_LIMITS: GppLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 32,
  maxElements: 100_000,
  maxItems: 10_000,
};

/** GPPREF's action letters: C create, R replace, U update, D delete. */
export type GppAction = 'create' | 'replace' | 'update' | 'delete';
const ACTIONS: Record<string, GppAction> = { C: 'create', R: 'replace', U: 'update', D: 'delete' };

export interface GppRegistryItem {
  /** HKLM / HKCU from HKEY_LOCAL_MACHINE / HKEY_CURRENT_USER; 'other' for any other hive. */
  hive: 'HKLM' | 'HKCU' | 'other';
  /** The hive attribute as written. */
  hiveText: string;
  key: string;
  /** The value name; '' with isDefault for the (Default) value, '' without it for the key itself. */
  name: string;
  isDefault: boolean;
  action: GppAction;
  /** The type attribute as written: REG_DWORD, REG_SZ, ... */
  type: string;
  /** The value attribute as written. */
  valueText: string;
  /** The data decoded (a REG_DWORD's "000000a0" is 0xa0); null where it does not decode. */
  value: RegValue | null;
  /** Item-level targeting on the item or on a collection around it: it may not apply here. */
  hasFilters: boolean;
  /** disabled="1" on the item or a collection around it: the Preferences CSE skips it. */
  disabled: boolean;
  /** The Registry element's name and uid attributes ('' when missing). */
  itemName: string;
  uid: string;
}

export type GppProblem =
  | 'too-large'
  | 'bad-encoding'
  | 'doctype'
  | 'malformed'
  | 'too-deep'
  | 'too-many-items'
  | 'not-registry-settings';

export type GppResult =
  | { ok: true; items: GppRegistryItem[]; /** Items without a usable Properties element. */ skipped: number }
  | { ok: false; problem: GppProblem; /** For 'malformed': the validator's line. */ line?: number };

/** A parsed element with preserveOrder: its tag maps to the children, ':@' holds the attributes. */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Entities are decoded by decodeXmlEntities, never by the library.
  processEntities: false,
  htmlEntities: false,
});

function textOf(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes.length % 2 !== 0) return null;
    return Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.byteLength - 2).toString('utf16le');
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
}

function tagOf(node: XmlNode): string | null {
  return Object.keys(node).find((k) => k !== ':@') ?? null;
}

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const children = tag === null ? undefined : node[tag];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string {
  const attrs = node[':@'];
  if (typeof attrs !== 'object' || attrs === null) return '';
  const value = (attrs as Record<string, unknown>)[name];
  return typeof value === 'string' ? decodeXmlEntities(value) : '';
}

function isElement(node: XmlNode): boolean {
  const tag = tagOf(node);
  return tag !== null && tag !== '#text' && tag !== '#comment';
}

/** Element children only (no text or comment nodes). */
function elementChildren(node: XmlNode): XmlNode[] {
  return childrenOf(node).filter(isElement);
}

interface Scope {
  disabled: boolean;
  hasFilters: boolean;
}

/** An item's or collection's scope: disabled or filtered itself, or inside such a collection. */
function scopeOf(node: XmlNode, outer: Scope): Scope {
  return {
    disabled: outer.disabled || attr(node, 'disabled') === '1',
    hasFilters: outer.hasFilters || elements(node, 'Filters').some((f) => elementChildren(f).length > 0),
  };
}

function elements(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((c) => tagOf(c) === tag);
}

function textContent(node: XmlNode): string {
  return childrenOf(node)
    .map((c) => (typeof c['#text'] === 'string' ? decodeXmlEntities(c['#text']) : ''))
    .join('');
}

const hexOf = (text: string, digits: number): string | null =>
  new RegExp(`^[0-9a-fA-F]{1,${digits}}$`).test(text) ? text : null;

/** The data of a Properties element by its type (GPPREF: DWORD / QWORD as hex digits). */
export function decodeGppValue(type: string, valueText: string, values: string[] | null): RegValue | null {
  switch (type) {
    case 'REG_DWORD': {
      const hex = hexOf(valueText, 8);
      return hex === null ? null : { type: 'REG_DWORD', data: Number.parseInt(hex, 16) };
    }
    case 'REG_QWORD': {
      const hex = hexOf(valueText, 16);
      return hex === null ? null : { type: 'REG_QWORD', data: BigInt(`0x${hex}`).toString() };
    }
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type, data: valueText };
    case 'REG_MULTI_SZ':
      return { type, data: values ?? (valueText === '' ? [] : [valueText]) };
    case 'REG_BINARY':
      return /^([0-9a-fA-F]{2})*$/.test(valueText) ? { type, data: valueText.toLowerCase() } : null;
    default:
      return null;
  }
}

const HIVES: Record<string, 'HKLM' | 'HKCU'> = { HKEY_LOCAL_MACHINE: 'HKLM', HKEY_CURRENT_USER: 'HKCU' };

function itemsOf(registry: XmlNode, outer: Scope): GppRegistryItem[] | null {
  const { disabled, hasFilters } = scopeOf(registry, outer);
  const properties = elements(registry, 'Properties');
  if (properties.length === 0) return null;
  const items: GppRegistryItem[] = [];
  for (const p of properties) {
    const action = ACTIONS[attr(p, 'action').toUpperCase()];
    if (action === undefined) return null;
    const hiveText = attr(p, 'hive');
    const type = attr(p, 'type');
    const valueText = attr(p, 'value');
    const valuesElement = elements(p, 'Values')[0];
    const values = valuesElement ? elements(valuesElement, 'Value').map(textContent) : null;
    items.push({
      hive: HIVES[hiveText.toUpperCase()] ?? 'other',
      hiveText,
      key: attr(p, 'key'),
      name: attr(p, 'name'),
      isDefault: attr(p, 'default') === '1',
      action,
      type,
      valueText,
      value: decodeGppValue(type, valueText, values),
      hasFilters,
      disabled,
      itemName: attr(registry, 'name'),
      uid: attr(registry, 'uid'),
    });
  }
  return items;
}

/** Parses the bytes of a Registry.xml. Never throws. */
export function parseGppRegistryXml(bytes: Uint8Array, limits: GppLimits = GPP_LIMITS): GppResult {
  if (bytes.length > limits.maxBytes) return { ok: false, problem: 'too-large' };
  const text = textOf(bytes);
  if (text === null) return { ok: false, problem: 'bad-encoding' };
  if (/<!(DOCTYPE|ENTITY)/i.test(text)) return { ok: false, problem: 'doctype' };
  const shape = xmlShapeProblem(text, limits.maxDepth, limits.maxElements);
  if (shape !== null) return { ok: false, problem: shape };
  let doc: XmlNode[];
  try {
    const valid = XMLValidator.validate(text);
    if (valid !== true) return { ok: false, problem: 'malformed', line: valid.err.line };
    doc = parser.parse(text) as XmlNode[];
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const roots = doc.filter(isElement);
  const root = roots[0];
  if (roots.length !== 1 || root === undefined) return { ok: false, problem: 'malformed' };
  const rootTag = tagOf(root);
  if (rootTag !== 'RegistrySettings' && rootTag !== 'Collection') {
    return { ok: false, problem: 'not-registry-settings' };
  }
  const items: GppRegistryItem[] = [];
  let skipped = 0;
  // Depth is bounded by xmlShapeProblem, so the recursion is too.
  const walk = (node: XmlNode, outer: Scope): boolean => {
    for (const child of elementChildren(node)) {
      const tag = tagOf(child);
      if (tag === 'Collection') {
        if (!walk(child, scopeOf(child, outer))) return false;
      } else if (tag === 'Registry') {
        const found = itemsOf(child, outer);
        if (found === null) skipped++;
        else items.push(...found);
        if (items.length > limits.maxItems) return false;
      }
    }
    return true;
  };
  if (!walk(root, scopeOf(root, { disabled: false, hasFilters: false })))
    return { ok: false, problem: 'too-many-items' };
  return { ok: true, items, skipped };
}
