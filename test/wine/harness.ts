// Test harness: runs the Windows build of Node.js (and Wine's reg.exe) inside throw-away Wine
// prefixes, so that tests exercise a real Windows registry API, including the 32/64-bit views.
// See test/wine/README.md for how it works, timings and pitfalls.

export { toWinPath } from '../../scripts/lib/wine-env.mjs';
export * from './harness/file-version.js';
export * from './harness/node-runner.js';
export * from './harness/prefixes.js';
export * from './harness/registry.js';
export {
  REPO_ROOT,
  WIN_NODE,
  type Prefix,
  type PrefixKind,
  type RegView,
  type RunOptions,
  type RunResult,
} from './harness/wine-process.js';
