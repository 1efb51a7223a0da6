// The two evidence file readers: in memory (case-insensitive Windows paths) and on disk (only
// regular files, no links, bounded).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeEvidenceFiles } from '../../../src-main/core/native/evidence-files-node.js';
import { memoryEvidenceFiles } from '../../../src-main/core/simulation/memory-evidence-files.js';

describe('memoryEvidenceFiles', () => {
  const files = memoryEvidenceFiles({
    'C:\\Windows\\System32\\GroupPolicy\\Machine\\Registry.pol': new Uint8Array([1, 2, 3]),
    'C:\\locked.xml': { unreadable: 'denied' },
  });

  it('finds a file whatever the case and the separators', () => {
    expect(files.read('c:/WINDOWS/system32\\\\GroupPolicy/machine/registry.POL', 10)).toEqual({
      kind: 'read',
      bytes: new Uint8Array([1, 2, 3]),
    });
    expect(files.read('C:\\Windows\\other', 10)).toEqual({ kind: 'absent' });
  });

  it('is bounded like a disk, and can be unreadable', () => {
    expect(files.read('C:\\Windows\\System32\\GroupPolicy\\Machine\\Registry.pol', 2)).toMatchObject({
      kind: 'unreadable',
      problem: 'too-large',
    });
    expect(files.read('c:\\LOCKED.xml', 10)).toMatchObject({ kind: 'unreadable', problem: 'denied' });
  });
});

describe('nodeEvidenceFiles', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-files-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const reader = nodeEvidenceFiles();
  const file = path.join(dir, 'Registry.pol');
  fs.writeFileSync(file, Buffer.from([0x50, 0x52, 0x65, 0x67]));

  it('reads a regular file up to maxBytes, and refuses a larger one', () => {
    expect(reader.read(file, 4)).toEqual({ kind: 'read', bytes: new Uint8Array([0x50, 0x52, 0x65, 0x67]) });
    expect(reader.read(file, 3)).toMatchObject({ kind: 'unreadable', problem: 'too-large' });
  });

  it('calls a missing file absent, and refuses folders and links without following them', () => {
    expect(reader.read(path.join(dir, 'missing.pol'), 10)).toEqual({ kind: 'absent' });
    expect(reader.read(path.join(dir, 'no', 'such', 'folder'), 10)).toEqual({ kind: 'absent' });
    expect(reader.read(dir, 10)).toEqual({ kind: 'unreadable', problem: 'not-regular', detail: 'directory' });
    const link = path.join(dir, 'link.pol');
    fs.symlinkSync(file, link);
    expect(reader.read(link, 10)).toEqual({ kind: 'unreadable', problem: 'not-regular', detail: 'link' });
  });
});
