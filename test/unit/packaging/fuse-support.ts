/** Electron's fuse wire: electron-builder's fuse mapping, with @electron/fuses flipping a fake
 *  fuse wire of the right length. */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { FuseV1Options, type FuseConfig } from '@electron/fuses';
import { PlatformPackager, type Configuration, type FuseOptionsV1 } from 'app-builder-lib';
import { fusesOf } from './config-support.js';
import { scratchDir } from './scratch-support.js';

// ---------------------------------------------------------------------------------------------
// Fuses

/** electron-builder's electronFuses key -> @electron/fuses' option name (e.g. runAsNode -> RunAsNode). */
export function fuseIndex(key: string): number {
  const name = key.charAt(0).toUpperCase() + key.slice(1);
  const index = (FuseV1Options as unknown as Record<string, unknown>)[name];
  if (typeof index !== 'number') throw new Error(`electronFuses.${key} has no @electron/fuses option`);
  return index;
}

export const NOT_FUSES = new Set(['resetAdHocDarwinSignature']);

export function configuredFuses(config: Configuration): [key: string, value: boolean][] {
  return Object.entries(fusesOf(config)).filter(
    (entry): entry is [string, boolean] => !NOT_FUSES.has(entry[0]) && typeof entry[1] === 'boolean',
  );
}

/**
 * Length of the fuse wire in the Electron lines packaged here (electron/electron
 * build/fuses/fuses.json5; a fuse is only ever appended):
 *   0 run_as_node (12), 1 cookie_encryption, 2 node_options, 3 node_cli_inspect (13),
 *   4 embedded_asar_integrity_validation, 5 only_load_app_from_asar (16),
 *   6 load_browser_process_specific_v8_snapshot (22.0.0, electron#35266),
 *   7 grant_file_protocol_extra_privileges (29.0.0, electron#40372, not backported),
 *   8 wasm_trap_handlers (electron#48983; present in 43+), unknown to @electron/fuses 1.8.
 */
export function fuseWireLength(electronVersion: string): number {
  const major = Number(electronVersion.split('.')[0]);
  if (major >= 43) return 9;
  if (major >= 29) return 8;
  if (major >= 22) return 7;
  throw new Error(`no fuse wire recorded for Electron ${electronVersion}: check fuses.json5 of that line`);
}

/** Electron's default fuse states ('1' on, '0' off), index 0..8. */
export const DEFAULT_FUSE_WIRE = '101100011';
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'; // @electron/fuses' marker before the wire
export const ON = '1'.charCodeAt(0);
export const OFF = '0'.charCodeAt(0);

/** A stand-in for electron.exe: just the fuse wire (version 1) of the given Electron line. */
export function fakeElectronExe(name: string, electronVersion: string): string {
  const length = fuseWireLength(electronVersion);
  const file = path.join(scratchDir(), `${name}.exe`);
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('MZ fake electron.exe '),
      Buffer.from(FUSE_SENTINEL),
      Buffer.from([1, length]),
      Buffer.from(DEFAULT_FUSE_WIRE.slice(0, length)),
      Buffer.from(' end'),
    ]),
  );
  return file;
}

/** electron-builder's own translation of `electronFuses` into an @electron/fuses config. */
export function generateFuseConfig(fuses: FuseOptionsV1): Promise<FuseConfig> {
  const packager = PlatformPackager.prototype as unknown as {
    generateFuseConfig(fuses: FuseOptionsV1): Promise<FuseConfig>;
  };
  return packager.generateFuseConfig(fuses);
}
