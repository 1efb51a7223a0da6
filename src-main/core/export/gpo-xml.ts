/**
 * The Group Policy Preferences Registry.xml of an export (Computer Configuration > Preferences >
 * Windows Settings > Registry), built with fast-xml-parser's XMLBuilder (escaping is the
 * library's, never string concatenation). Format: [MS-GPPREF] "Registry Settings" (the
 * RegistrySettings / Registry class ids, Properties with action "U" = Update, a DWORD's value as
 * 8 hex digits, image 12 = the Update icon of a binary value) and item-level targeting as
 * FilterWmi elements.
 */
import { XMLBuilder, XMLValidator } from 'fast-xml-parser';
import { MessageError } from '../../../src-shared/messages/message-error.js';
import { english, msg } from '../../../src-shared/messages/messages.js';
import type { GpoExport, GpoItem } from './gpo-plan.js';
import { ITANIUM_QUERY, OS_QUERY_NAMESPACE, osQuery, WOW64_QUERY } from './gpo-targeting.js';

export const GPP_CLSID = {
  registrySettings: '{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}',
  registry: '{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}',
  collection: '{53B533F5-224C-47e3-B01B-CA3B3F3FF4BF}',
} as const;

/** GPMC's time stamp format ("2026-11-29 21:40:00", UTC here). */
function changedAt(now: Date): string {
  return now.toISOString().replace('T', ' ').slice(0, 19);
}

function filterWmi(query: string, not: boolean): Record<string, string> {
  return {
    '@_bool': 'AND',
    '@_not': not ? '1' : '0',
    '@_query': query,
    '@_nameSpace': OS_QUERY_NAMESPACE,
    '@_property': '',
    '@_variableName': '',
  };
}

/** GPMC's description of an item, from the catalogue (English: GPMC shows it to every administrator). */
function describe(item: GpoItem): string {
  return english(
    msg('export.itemDescription', {
      name: item.name,
      data: item.data,
      protocols: item.entryId.endsWith('Protocols'),
      wow6432: item.wow6432,
      classes: item.classes.map((c) => c.label),
    }),
  );
}

function registryElement(item: GpoItem, changed: string): Record<string, unknown> {
  const filters = [
    filterWmi(osQuery(item.classes), false),
    ...(item.wow6432 ? [filterWmi(WOW64_QUERY, false)] : []),
    filterWmi(ITANIUM_QUERY, true),
  ];
  return {
    '@_clsid': GPP_CLSID.registry,
    '@_name': item.name,
    '@_status': item.name,
    '@_image': '12',
    '@_changed': changed,
    '@_uid': item.uid,
    '@_desc': describe(item),
    '@_bypassErrors': '1',
    Properties: {
      '@_action': 'U',
      '@_displayDecimal': '0',
      '@_default': '0',
      '@_hive': 'HKEY_LOCAL_MACHINE',
      '@_key': item.path,
      '@_name': item.name,
      '@_type': 'REG_DWORD',
      '@_value': (item.data >>> 0).toString(16).toUpperCase().padStart(8, '0'),
    },
    Filters: { FilterWmi: filters },
  };
}

/** The Registry.xml text of an export; `now` is the items' "changed" time. */
export function gpoRegistryXml(exp: GpoExport, now: Date): string {
  const changed = changedAt(now);
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    RegistrySettings: {
      '@_clsid': GPP_CLSID.registrySettings,
      Collection: {
        '@_clsid': GPP_CLSID.collection,
        '@_name': english(msg('export.collectionName', { choice: exp.choice, groups: exp.groups })),
        '@_changed': changed,
        '@_uid': exp.uid,
        Registry: exp.items.map((item) => registryElement(item, changed)),
      },
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  const xml = builder.build(doc) as string;
  // The library escapes; this proves the result parses before anyone imports it.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new MessageError(msg('export.internal.xmlInvalid', { detail: valid.err.msg }));
  return xml;
}
