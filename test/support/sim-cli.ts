import { runCli } from '../../src-main/cli/run-cli.js';

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
