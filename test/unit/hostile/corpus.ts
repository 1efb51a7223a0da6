// The hostile backup corpus: how each file in test/fixtures/hostile-backups/ is made from a real
// backup of the simulated SIM-WIN7, and what the tool must say about it. Files are checked in;
// UPDATE_HOSTILE_CORPUS=1 writes them anew (the test fails if they drift from this list).
import { checksumOf, type BackupDocument } from '../../../src-main/core/backup/backup-document.js';
import type { MessageCode } from '../../../src-shared/messages/messages.js';

export interface HostileCase {
  file: string;
  /** What the file is, for SECURITY.md. */
  what: string;
  /** The text of the file, made from a genuine backup. */
  make: (genuine: BackupDocument) => string;
  /** Why the rollback is refused (exit 2, nothing changed): the one reason of result.refused. */
  refusal: Refusal;
}

/** A reason by code; a backup.* reason also names the file, which the test adds. */
export interface Refusal {
  code: MessageCode;
  /** Its params besides `file`. */
  params?: Record<string, unknown>;
  /** The validator's own words for a refused field or state (plain text, not a message code). */
  detail?: RegExp;
}

const sealed = (doc: BackupDocument): string =>
  JSON.stringify({ ...doc, checksum: checksumOf(doc) }, null, 2);

function edit(genuine: BackupDocument, change: (d: BackupDocument) => void, reseal = true): string {
  const doc = JSON.parse(JSON.stringify(genuine)) as BackupDocument;
  change(doc);
  return reseal ? sealed(doc) : JSON.stringify(doc, null, 2);
}

/** Points the first value (WinHttp DefaultSecureProtocols, 64-bit) somewhere else. */
function retarget(genuine: BackupDocument, fields: Record<string, unknown>): string {
  return edit(genuine, (d) => Object.assign(d.state.values[0] as object, fields));
}

const WINHTTP = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';
const evil = { valueExisted: true, keyExisted: true, type: 'REG_SZ', data: 'C:\\Users\\Public\\evil.exe' };

export const HOSTILE: HostileCase[] = [
  {
    file: 'truncated.json',
    what: 'a genuine backup cut in half',
    make: (g) => sealed(g).slice(0, 700),
    refusal: { code: 'backup.notJson' },
  },
  {
    file: 'not-json.json',
    what: 'text that is not JSON',
    make: () => 'Hello, this is not a backup.\n',
    refusal: { code: 'backup.notJson' },
  },
  { file: 'empty.json', what: 'an empty file', make: () => '', refusal: { code: 'backup.notJson' } },
  {
    file: 'json-array.json',
    what: 'valid JSON of the wrong shape',
    make: () => '[1, 2, 3]\n',
    refusal: { code: 'backup.foreign' },
  },
  {
    file: 'other-tool.json',
    what: "another tool's JSON",
    make: () => '{"format":"iis-crypto-template","version":3}\n',
    refusal: { code: 'backup.foreign' },
  },
  {
    file: 'future-version.json',
    what: 'a future format version',
    make: (g) => edit(g, (d) => (d.formatVersion = 4)),
    refusal: { code: 'backup.futureVersion', params: { version: 4, reads: 3 } },
  },
  {
    file: 'checksum-mismatch.json',
    what: 'a value edited without fixing the checksum',
    make: (g) =>
      edit(
        g,
        (d) =>
          Object.assign(d.state.values[0] as object, { valueExisted: true, type: 'REG_DWORD', data: 0xa0 }),
        false,
      ),
    refusal: { code: 'backup.checksum' },
  },
  {
    file: 'other-machine.json',
    what: "another computer's backup",
    make: (g) => edit(g, (d) => (d.machine.computerName = 'FINANCE-PC-07')),
    refusal: { code: 'backup.otherMachine', params: { owner: 'FINANCE-PC-07', computer: 'SIM-WIN7' } },
  },
  {
    file: 'run-key.json',
    what: 'a value outside the catalogue: HKLM\\...\\CurrentVersion\\Run',
    make: (g) =>
      retarget(g, { key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run', name: 'Updater', ...evil }),
    refusal: {
      code: 'backup.invalidState',
      detail: /CurrentVersion\\Run "Updater".*not a value this tool manages on this Windows/,
    },
  },
  {
    file: 'ifeo-debugger.json',
    what: 'Image File Execution Options debugger (a classic persistence trick)',
    make: (g) =>
      retarget(g, {
        key: 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\sethc.exe',
        name: 'Debugger',
        ...evil,
      }),
    refusal: { code: 'backup.invalidState', detail: /sethc\.exe "Debugger".*not a value this tool manages/ },
  },
  {
    file: 'dot-dot.json',
    what: 'a catalogue key with ..\\.. to climb out of it',
    make: (g) => retarget(g, { key: `${WINHTTP}\\..\\..\\..\\Run` }),
    refusal: { code: 'backup.invalidState', detail: /not a value this tool manages/ },
  },
  {
    file: 'nul-byte.json',
    what: 'a NUL byte in a key path',
    make: (g) => retarget(g, { key: `${WINHTTP}\u0000\\..\\Run` }),
    refusal: { code: 'backup.badField', detail: /contains a NUL character/ },
  },
  {
    file: 'wow6432node-path.json',
    what: 'a hard-coded Wow6432Node path in the 64-bit view',
    make: (g) => retarget(g, { key: WINHTTP.replace('SOFTWARE\\', 'SOFTWARE\\WOW6432Node\\') }),
    refusal: { code: 'backup.invalidState', detail: /not a value this tool manages/ },
  },
  {
    file: 'homoglyph.json',
    what: 'a Cyrillic "о" in Microsoft (looks the same)',
    make: (g) => retarget(g, { key: WINHTTP.replace('Microsoft', 'Micr\u043esoft') }),
    refusal: { code: 'backup.invalidState', detail: /not a value this tool manages/ },
  },
  {
    file: 'trailing-space.json',
    what: 'a key name with a trailing space',
    make: (g) => retarget(g, { key: `${WINHTTP} ` }),
    refusal: { code: 'backup.invalidState', detail: /not a value this tool manages/ },
  },
  {
    file: 'wrong-view.json',
    what: 'a split key claimed as "shared"',
    make: (g) => retarget(g, { view: 'shared' }),
    refusal: { code: 'backup.invalidState', detail: /not a value this tool manages/ },
  },
  {
    file: 'hkcu-hive.json',
    what: 'the right key in another hive',
    make: (g) => retarget(g, { hive: 'HKCU' }),
    refusal: { code: 'backup.invalidState', detail: /not a value this tool manages/ },
  },
  {
    file: 'entry-id-swap.json',
    what: "one catalogue entry's id on another's location",
    make: (g) => retarget(g, { entryId: 'schannel.tls12.client.Enabled' }),
    refusal: { code: 'backup.invalidState', detail: /not a value this tool manages/ },
  },
  {
    file: 'key-outside.json',
    what: 'a key to remove outside the catalogue (Services)',
    make: (g) =>
      edit(g, (d) =>
        d.state.keys.push({
          hive: 'HKLM',
          view: 'shared',
          path: 'SYSTEM\\CurrentControlSet\\Services',
          existed: false,
        }),
      ),
    refusal: {
      code: 'backup.invalidState',
      detail: /SYSTEM\\CurrentControlSet\\Services.*not a key this tool manages/,
    },
  },
  {
    file: 'too-many-values.json',
    what: '100 values (a backup never has more than 13)',
    make: (g) =>
      edit(g, (d) => (d.state.values = Array.from({ length: 100 }, () => d.state.values[0] as never))),
    refusal: { code: 'backup.badField', detail: /more than 64 values/ },
  },
  {
    file: 'dword-as-text.json',
    what: 'a REG_DWORD whose data is the text "0x800"',
    make: (g) => retarget(g, { valueExisted: true, type: 'REG_DWORD', data: '0x800' }),
    refusal: {
      code: 'backup.invalidState',
      detail: /a REG_DWORD must be a whole number from 0 to 4294967295/,
    },
  },
  {
    file: 'dword-negative.json',
    what: 'a REG_DWORD of -1',
    make: (g) => retarget(g, { valueExisted: true, type: 'REG_DWORD', data: -1 }),
    refusal: { code: 'backup.invalidState', detail: /a REG_DWORD must be a whole number/ },
  },
  {
    file: 'unknown-type.json',
    what: 'a REG_LINK (symbolic link) value',
    make: (g) => retarget(g, { valueExisted: true, type: 'REG_LINK', data: '\\Registry\\Machine\\SAM' }),
    refusal: { code: 'backup.invalidState', detail: /unknown value type "REG_LINK"/ },
  },
  {
    file: 'raw-huge.json',
    what: 'REG_RAW bytes of 20,000 bytes (a value is never larger than 16 KiB)',
    make: (g) =>
      retarget(g, { valueExisted: true, type: 'REG_RAW', data: { regType: 4, hex: '01'.repeat(20_000) } }),
    refusal: {
      code: 'backup.invalidState',
      detail: /binary data must be lower-case hex of at most 16384 bytes/,
    },
  },
  {
    file: 'raw-type-out-of-range.json',
    what: 'REG_RAW with a type number above 2^32 - 1',
    make: (g) => retarget(g, { valueExisted: true, type: 'REG_RAW', data: { regType: 2 ** 32, hex: '01' } }),
    refusal: {
      code: 'backup.invalidState',
      detail: /REG_RAW data must be exactly a type number from 0 to 4294967295 and hex bytes/,
    },
  },
  {
    file: 'raw-extra-field.json',
    what: 'REG_RAW data with a smuggled extra field (a key path)',
    make: (g) =>
      retarget(g, {
        valueExisted: true,
        type: 'REG_RAW',
        data: { regType: 1, hex: '3100', key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run' },
      }),
    refusal: { code: 'backup.invalidState', detail: /REG_RAW data must be exactly a type number/ },
  },
  {
    file: 'raw-odd-hex.json',
    what: 'REG_RAW bytes that are not whole lower-case hex bytes',
    make: (g) => retarget(g, { valueExisted: true, type: 'REG_RAW', data: { regType: 4, hex: '0A0' } }),
    refusal: { code: 'backup.invalidState', detail: /binary data must be lower-case hex/ },
  },
  {
    file: 'multi-sz-too-large.json',
    what: 'a REG_MULTI_SZ of 64 items of 4,096 characters (512 KiB as registry data)',
    make: (g) =>
      retarget(g, {
        valueExisted: true,
        type: 'REG_MULTI_SZ',
        data: Array.from({ length: 64 }, () => 'A'.repeat(4096)),
      }),
    refusal: { code: 'backup.invalidState', detail: /value data must be at most 16384 bytes/ },
  },
  {
    file: 'raw-link.json',
    what: 'a REG_LINK as raw bytes pointing into SAM (refused unless confirmed)',
    make: (g) =>
      retarget(g, {
        valueExisted: true,
        type: 'REG_RAW',
        data: { regType: 6, hex: Buffer.from('\\Registry\\Machine\\SAM', 'utf16le').toString('hex') },
      }),
    refusal: {
      code: 'result.restoreWrongTypes',
      params: { values: [{ type: 'REG_LINK of 42 bytes', name: 'DefaultSecureProtocols', view: '64' }] },
    },
  },
  {
    file: 'sz-where-dword-belongs.json',
    what: 'REG_SZ "1" where a DWORD belongs (refused unless confirmed)',
    make: (g) => retarget(g, { valueExisted: true, type: 'REG_SZ', data: '1' }),
    refusal: {
      code: 'result.restoreWrongTypes',
      params: { values: [{ type: 'REG_SZ', name: 'DefaultSecureProtocols', view: '64' }] },
    },
  },
  {
    file: 'huge-string.json',
    what: 'a 10,000-character string',
    make: (g) => retarget(g, { valueExisted: true, type: 'REG_SZ', data: 'A'.repeat(10_000) }),
    refusal: { code: 'backup.invalidState', detail: /string data must be text of at most 4096 characters/ },
  },
  {
    file: 'value-without-key.json',
    what: 'a value that existed in a key that did not',
    make: (g) => retarget(g, { keyExisted: false, valueExisted: true, type: 'REG_DWORD', data: 1 }),
    refusal: { code: 'backup.invalidState', detail: /a value cannot exist in a key that did not/ },
  },
  {
    file: 'other-bitness.json',
    what: 'a 32-bit Windows backup on 64-bit Windows',
    make: (g) => edit(g, (d) => (d.machine.os.is64Bit = false)),
    refusal: { code: 'backup.otherBitness', params: { bits: 32 } },
  },
];
