// Test data for the real registry (Wine): .reg files imported with `reg import`, as a technician's
// customer's hand-written .reg file would have left them, and a byte-exact dump of the values at
// the catalogue's keys (Wine's `reg export` is not exact for every type: it prints a REG_DWORD of
// 2 bytes as 4 bytes and a REG_SZ only up to its first NUL).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, reg, runWinNode, toWinPath, type Prefix } from './harness.js';

const HKLM = 'HKEY_LOCAL_MACHINE';
export const REG_KEYS = {
  winhttp: `${HKLM}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp`,
  dotnet: `${HKLM}\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319`,
  schannel: `${HKLM}\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client`,
} as const;

let fileCounter = 0;

/** Imports a .reg file (UTF-16LE with a BOM, as regedit writes it) with Wine's `reg import`. */
export function importReg(prefix: Prefix, sections: Record<string, string[]>): void {
  const lines = ['Windows Registry Editor Version 5.00', ''];
  for (const [key, values] of Object.entries(sections)) lines.push(`[${key}]`, ...values, '');
  fileCounter += 1;
  const file = path.join(prefix.dir, `test-data-${fileCounter}.reg`);
  fs.writeFileSync(
    file,
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]),
  );
  const r = reg(prefix, ['import', toWinPath(file), '/reg:64']);
  if (r.code !== 0) throw new Error(`reg import failed (${r.code}): ${r.stdout}${r.stderr}`);
}

/** The catalogue's keys in the views the tool writes them, for the byte-exact dump. */
const DUMPED: [string, '64' | '32'][] = [
  ['SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp', '64'],
  ['SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp', '32'],
  ['SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', '64'],
  ['SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', '32'],
  ['SOFTWARE\\Microsoft\\.NETFramework\\v2.0.50727', '64'],
  ['SOFTWARE\\Microsoft\\.NETFramework\\v2.0.50727', '32'],
  ['SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client', '64'],
  ['SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings', '64'],
];

/**
 * Every value of the catalogue's keys as "view|key|name = type:hex", read with RegQueryValueEx
 * (native-reg's queryValueRaw) in the Windows node.exe: not through the tool's own decoding.
 */
export function rawDump(prefix: Prefix): string[] {
  const script = path.join(prefix.dir, 'raw-dump.js');
  const nativeReg = toWinPath(path.join(REPO_ROOT, 'node_modules', 'native-reg'));
  fs.writeFileSync(
    script,
    `const reg = require(${JSON.stringify(nativeReg)});
const out = [];
for (const [path, view] of ${JSON.stringify(DUMPED)}) {
  const flag = view === '32' ? reg.Access.WOW64_32KEY : reg.Access.WOW64_64KEY;
  const h = reg.openKey(reg.HKLM, path, reg.Access.READ | flag);
  if (h === null) { out.push(view + '|' + path + ' (no key)'); continue; }
  for (const name of reg.enumValueNames(h).sort()) {
    const v = reg.queryValueRaw(h, name);
    out.push(view + '|' + path + '|' + name + ' = ' + v.type + ':' + v.toString('hex'));
  }
  reg.closeKey(h);
}
console.log(JSON.stringify(out));
`,
  );
  const r = runWinNode(prefix, [toWinPath(script)]);
  if (r.code !== 0) throw new Error(`raw dump failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}
