// The environment and path form every Wine call uses: the template builder (wine-templates.mjs)
// and the test harness (test/wine/) share this one definition.
import path from 'node:path';

// Only the Linux variables Wine itself needs: Wine copies the whole Unix environment into the
// Windows one, and e.g. NODE_OPTIONS or VITEST_* from the test runner must not reach node.exe.
const PASSED_THROUGH = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'TMPDIR'];

/** The environment for a Wine call on the prefix in `prefixDir`. */
export function wineEnv(prefixDir) {
  const env = {};
  for (const name of PASSED_THROUGH) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  // DISPLAY is deliberately absent: no window may open.
  return {
    ...env,
    WINEPREFIX: prefixDir,
    WINEDEBUG: '-all',
    // Empty overrides disable mscoree / mshtml: no Mono / Gecko install dialog on first boot.
    WINEDLLOVERRIDES: 'mscoree,mshtml=',
    // Node 20 refuses to start on Windows 7 (our default prefix) without it.
    NODE_SKIP_PLATFORM_CHECK: '1',
  };
}

/** Wine maps the Linux root to drive Z:. */
export function toWinPath(linuxPath) {
  return `Z:${path.resolve(linuxPath).replace(/\//g, '\\')}`;
}
