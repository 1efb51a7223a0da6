import { runCli, type CliIo } from '../../src-main/cli/run-cli.js';

/** The CLI in-process on a simulated machine kept in simDir (win7-sp1 unless named); output and errors as one text. */
export function simCli(
  simDir: string,
  argv: string[],
  profile = 'win7-sp1',
  env: NodeJS.ProcessEnv = {},
): { code: number; out: string } {
  const lines: string[] = [];
  const code = runCli([...argv, '--simulate', profile], {
    out: (t) => lines.push(t),
    err: (t) => lines.push(t),
    env: { ...env, TLS12_WIZARD_SIM_DIR: simDir },
    platform: 'linux',
    version: 't',
  });
  return { code, out: lines.join('\n') };
}

/** A CliIo that keeps what the CLI prints, for calling one of its commands in-process. */
export function capturedIo(env: NodeJS.ProcessEnv = {}): { cli: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env,
    platform: 'linux',
    version: '0.1.0',
  };
  return { cli, out, err };
}
