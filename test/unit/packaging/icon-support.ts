/** The Windows icon as electron-builder finds and checks it. */
import * as path from 'node:path';
import { PlatformPackager, type Configuration } from 'app-builder-lib';
import { ROOT } from './config-support.js';
import { scratchDir } from './scratch-support.js';

/** electron-builder's own icon lookup for Windows (PlatformPackager.getOrConvertIcon('ico'), which
 *  WinPackager.getIconPath calls): finds the configured file, checks it is an ICO of at least
 *  256 px, and falls back to Electron's default icon when nothing is configured. */
export async function iconOfBuild(
  c: Configuration,
  win: Configuration['win'] = c.win,
): Promise<string | null> {
  const methods = PlatformPackager.prototype as unknown as {
    getOrConvertIcon(this: unknown, format: 'ico'): Promise<string | null>;
    resolveIcon: unknown;
  };
  const fakePackager = {
    platformSpecificBuildOptions: win ?? {},
    config: { ...c, directories: { ...c.directories, output: path.relative(ROOT, scratchDir()) } },
    projectDir: ROOT,
    buildResourcesDir: path.join(ROOT, c.directories?.buildResources ?? 'build'),
    info: { framework: { name: 'electron', getDefaultIcon: () => 'ELECTRON-DEFAULT-ICON' } },
    expandMacro: (pattern: string) => pattern,
    resolveIcon: methods.resolveIcon,
  };
  return methods.getOrConvertIcon.call(fakePackager, 'ico');
}
