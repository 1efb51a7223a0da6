// Runs the built CLI as an ordinary user. Tests here run as root, and root ignores permission
// bits: a folder with mode 0o555 is still writable for root, so a "read-only folder" test run as
// root tests nothing. As root this switches to `nobody` with setpriv (util-linux); as any other
// user it runs the CLI directly, since permission bits already apply. Without setpriv the test
// fails with a message saying so: it is never skipped, so it cannot pass without testing.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ORDINARY_USER = { user: 'nobody', group: 'nogroup' } as const;

const isRoot = (): boolean => process.getuid?.() === 0;

/** The command prefix that drops root, or [] when the tests already run as an ordinary user. */
function dropRoot(): string[] {
  if (!isRoot()) return [];
  const probe = spawnSync('setpriv', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'This test must run the CLI as an ordinary user, and the tests run as root: install setpriv ' +
        `(util-linux) so it can switch to ${ORDINARY_USER.user}. (${probe.error?.message ?? probe.stderr})`,
    );
  }
  return ['setpriv', '--reuid', ORDINARY_USER.user, '--regid', ORDINARY_USER.group, '--clear-groups'];
}

/** Gives a folder to the ordinary user (as root), with `mode`; its parents must let that user in. */
export function giveToUser(folder: string, mode: number): void {
  if (isRoot()) {
    const id = spawnSync('id', ['-u', ORDINARY_USER.user], { encoding: 'utf8' });
    const gid = spawnSync('getent', ['group', ORDINARY_USER.group], { encoding: 'utf8' });
    const uid = Number(id.stdout.trim());
    const g = Number(gid.stdout.split(':')[2]);
    if (!Number.isInteger(uid) || !Number.isInteger(g)) {
      throw new Error(`No user ${ORDINARY_USER.user} / group ${ORDINARY_USER.group} to run the CLI as.`);
    }
    fs.chownSync(folder, uid, g);
  }
  fs.chmodSync(folder, mode);
}

/** Runs node with `args` as the ordinary user. */
function nodeAsUser(args: string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  const cmd = [...dropRoot(), process.execPath, ...args];
  return spawnSync(cmd[0] as string, cmd.slice(1), {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
  });
}

/** node out/cli.cjs ARGS, as an ordinary user, in this worktree. */
export function cliAsUser(args: string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return nodeAsUser([path.resolve('out/cli.cjs'), ...args], env);
}

/**
 * Fails clearly when the ordinary user cannot run the CLI at all (node or out/cli.cjs, or a
 * folder above them, not readable for others): otherwise a refusal would be for the wrong reason.
 */
export function assertUserCanRunCli(): void {
  const cli = path.resolve('out/cli.cjs');
  const r = nodeAsUser(
    ['-e', 'require("fs").accessSync(process.argv[1], require("fs").constants.R_OK)', cli],
    {},
  );
  if (r.error || r.status !== 0) {
    throw new Error(
      `${ORDINARY_USER.user} cannot run ${process.execPath} or read ${cli} (or a folder above them): ` +
        `make them readable for others. ${r.error?.message ?? r.stderr}`,
    );
  }
}
