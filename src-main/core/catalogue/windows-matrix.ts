/**
 * docs/windows-matrix.md, generated from the catalogue (npm run docs:matrix); a unit test fails
 * when the checked-in file differs from what this produces.
 */
import { PROTOCOL_NAMES } from '../../../src-shared/protocols.js';
import { CATALOGUE, readsAsDesiredOf, requiredWhenOf, type CatalogueEntry } from './catalogue.js';
import { FAMILY_FACTS, OS_FAMILIES } from './windows-families.js';

const NEED_MARK = { required: 'required', optional: 'optional', never: '–' } as const;

function views(entry: CatalogueEntry): string {
  return entry.views === 'wow64'
    ? '64-bit and 32-bit view on 64-bit Windows; once on 32-bit Windows'
    : 'one shared view';
}

function when(entry: CatalogueEntry): string {
  const parts: string[] = [];
  if (entry.kind === 'schannel-client' && entry.protocol === 'tls11')
    parts.push(`only when the chosen protocols include ${PROTOCOL_NAMES[entry.onlyWithProtocol]}`);
  const requiredWhen = requiredWhenOf(entry);
  if (requiredWhen) {
    const what =
      requiredWhen.kind === 'mask-lacks-tls12'
        ? 'its current mask lacks TLS 1.2'
        : `it is ${requiredWhen.kind === 'dword-is' ? '' : 'not '}${requiredWhen.data}`;
    parts.push(`optional becomes required where ${what}`);
  }
  if (readsAsDesiredOf(entry)?.kind === 'dword-non-zero')
    parts.push('any non-zero data already there (such as 0xFFFFFFFF) is on and left as it is');
  if (entry.kind === 'dotnet')
    parts.push(
      `required only where ${entry.runtime === 'clr2' ? '.NET 2.0 / 3.0 / 3.5' : 'a .NET 4.x'} is installed; never written elsewhere`,
    );
  return parts.join('; ') || '';
}

function sources(entry: CatalogueEntry): string {
  const rule = readsAsDesiredOf(entry);
  return rule ? `${entry.source}; non-zero: ${rule.source}` : entry.source;
}

/** The markdown of docs/windows-matrix.md. */
export function windowsMatrixMarkdown(): string {
  const lines = [
    '# Which values the tool sets on which Windows',
    '',
    'Generated from `src-main/core/catalogue/` by `npm run docs:matrix`; a test fails when this file is stale.',
    '',
    '- **required**: the default plan sets it (`audit` / `apply` without `--only`, the wizard as it opens).',
    '- **optional**: offered, not set by default; naming its group (`--only GROUP`, a ticked group in the',
    '  wizard) sets it. It becomes required where its current data switches TLS 1.2 off (see "when").',
    '- **–**: never written on that Windows.',
    '- A WinHTTP or WinINet mask written on Windows 11 / Server 2022 / 2025 always includes TLS 1.3, and',
    '  anywhere a TLS 1.3 bit already set in a view is kept in every view.',
    '- On Windows 7 / Server 2008 R2 the .NET and WinHTTP groups give TLS 1.2 only with the SChannel TLS 1.2',
    '  client on: a plan that would leave it off is refused (exit 2) and names the fix.',
    '',
    '## Family × value',
    '',
  ];
  const ids = CATALOGUE.map((e) => `\`${e.id}\``);
  lines.push(`| Windows | ${ids.join(' | ')} |`, `|---|${ids.map(() => '---').join('|')}|`);
  for (const family of OS_FAMILIES) {
    const cells = CATALOGUE.map((e) => NEED_MARK[e.need[family]]);
    lines.push(`| ${FAMILY_FACTS[family].displayName} | ${cells.join(' | ')} |`);
  }
  lines.push('', '## The values', '');
  lines.push('| Value | Key (HKLM) | Written | Views | When | Source |', '|---|---|---|---|---|---|');
  for (const e of CATALOGUE) {
    const data = e.desired.kind === 'dword' ? String(e.desired.data) : 'the chosen protocol mask';
    lines.push(
      `| \`${e.id}\` | \`${e.key}\` \`${e.name}\` | ${data} | ${views(e)} | ${when(e)} | ${sources(e)} |`,
    );
  }
  lines.push('', '## KB 3140245', '');
  lines.push(
    '| Windows | Needed | winhttp.dll / webio.dll at least | Threshold confirmed | Source |',
    '|---|---|---|---|---|',
  );
  for (const family of OS_FAMILIES) {
    const kb = FAMILY_FACTS[family].kb3140245;
    lines.push(
      kb
        ? `| ${FAMILY_FACTS[family].displayName} | yes | ${kb.minFileVersion} | ${kb.confirmed ? 'yes' : 'no: shown as "probably present"'} | ${kb.source} |`
        : `| ${FAMILY_FACTS[family].displayName} | no (built in) | | | |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
