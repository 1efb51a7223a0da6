// Throw-away Wine prefixes: clones of a template built once per kind by scripts/ensure-wine.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { wineEnv } from '../../../scripts/lib/wine-env.mjs';
import {
  describeFailure,
  ENSURE_SCRIPT,
  PREFIXES_DIR,
  spawnWine,
  TEMPLATES_DIR,
  WIN_NODE,
  type Prefix,
  type PrefixKind,
} from './wine-process.js';

const checkedTemplates = new Set<PrefixKind>();

/**
 * Makes sure the template for `kind` exists and matches the installed Wine. The recipe lives
 * in scripts/ensure-wine.mjs only; running it costs ~80 ms when there is nothing to do.
 */
function ensureTemplate(kind: PrefixKind): string {
  const dir = path.join(TEMPLATES_DIR, kind);
  if (checkedTemplates.has(kind)) return dir;
  fs.mkdirSync(TEMPLATES_DIR, { recursive: true });
  const result = spawnWine(
    process.execPath,
    [ENSURE_SCRIPT, `--template=${kind}`],
    process.env,
    TEMPLATES_DIR,
  );
  if (result.status !== 0 || result.error) {
    throw new Error(
      describeFailure(`Wine template ${kind}: node scripts/ensure-wine.mjs --template=${kind}`, result),
    );
  }
  checkedTemplates.add(kind);
  return dir;
}

// Large PE binaries Wine only ever reads: these are hard-linked into clones. Everything else
// (the registry files above all) is copied, because Wine rewrites files in place: wineserver
// saves system.reg into the same inode, so a hard-linked registry would change the template.
const READ_ONLY_BINARY = /\.(dll|exe|sys|drv|ocx|cpl|acm|ax|tlb|nls|ds|msstyles|com)$/i;
// Set WINE_HARNESS_FULL_COPY=1 to copy every file (e.g. to rule out the hard links in a bug hunt).
const FULL_COPY = process.env['WINE_HARNESS_FULL_COPY'] === '1';

function clonePrefix(from: string, to: string): void {
  fs.mkdirSync(to);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      clonePrefix(source, target);
    } else if (entry.isSymbolicLink()) {
      // dosdevices/c: -> ../drive_c, z: -> /, the user's Desktop -> $HOME: copy the link itself.
      fs.symlinkSync(fs.readlinkSync(source), target);
    } else if (entry.isFile()) {
      if (!FULL_COPY && READ_ONLY_BINARY.test(entry.name)) {
        try {
          fs.linkSync(source, target);
          continue;
        } catch (error) {
          // Different file system or link limit: fall back to a copy.
          if (!isErrnoException(error) || !['EXDEV', 'EMLINK', 'EPERM'].includes(error.code ?? ''))
            throw error;
        }
      }
      fs.copyFileSync(source, target);
    }
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

let prefixCounter = 0;

/** A fresh prefix (tests mutate the registry): a clone of the template built once per kind. */
export function createPrefix(kind: PrefixKind): Prefix {
  if (!fs.existsSync(WIN_NODE)) {
    throw new Error(`Windows node.exe missing (${WIN_NODE}): run node scripts/ensure-wine.mjs`);
  }
  const template = ensureTemplate(kind);
  fs.mkdirSync(PREFIXES_DIR, { recursive: true });
  prefixCounter += 1;
  const dir = path.join(PREFIXES_DIR, `${kind}-${process.pid}-${prefixCounter}-${Date.now().toString(36)}`);
  try {
    clonePrefix(template, dir);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`cloning Wine template ${template} to ${dir} failed: ${String(error)}`, { cause: error });
  }
  // The stamp belongs to the template only.
  fs.rmSync(path.join(dir, '.harness-template.json'), { force: true });
  return { dir, kind, env: wineEnv(dir) };
}

/** Stops the prefix's wineserver (and every Windows process in it), then deletes the prefix. */
export function destroyPrefix(prefix: Prefix): void {
  if (!fs.existsSync(prefix.dir)) return;
  // Debian's Wine keeps the server socket in /tmp/<name in $WINEPREFIX/wineserver>/server-<dev>-<inode>.
  let serverDir: string | null = null;
  try {
    const base = fs.readFileSync(path.join(prefix.dir, 'wineserver'), 'utf8').trim();
    const stat = fs.statSync(prefix.dir);
    if (/^[\w.-]+$/.test(base)) {
      serverDir = path.join('/tmp', base, `server-${stat.dev.toString(16)}-${stat.ino.toString(16)}`);
    }
  } catch {
    // No such file: upstream Wine layout; nothing to tidy up.
  }
  // Not spawnWine: its output files would live in the directory removed next.
  spawnSync('wineserver', ['-k'], { env: prefix.env, stdio: 'ignore', timeout: 30_000 });
  // rmSync does not follow symlinks, so dosdevices/z: -> / is merely unlinked.
  fs.rmSync(prefix.dir, { recursive: true, force: true });
  if (serverDir) fs.rmSync(serverDir, { recursive: true, force: true });
}
