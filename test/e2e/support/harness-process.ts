import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface RunningHarness {
  url: string;
  /** The simulation folder (registry, journal, stick with its backups). */
  simDir: string;
  /** What the harness wrote to stderr so far (its log of simulated desktop actions). */
  output(): string;
  stop(): Promise<void>;
}

export async function waitForFile(file: string, timeoutMs: number, what: string): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (fs.existsSync(file)) {
      const text = fs.readFileSync(file, 'utf8');
      if (text.trim() !== '') return text;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not start within ${timeoutMs} ms`);
}

/** Starts out/harness.cjs (Linux Node.js) on a simulated Windows in its own temp folder. */
export async function startSimulatedHarness(
  profile: string,
  extraArgs: string[] = [],
  env: Record<string, string> = {},
  fresh = true,
): Promise<RunningHarness> {
  const simRoot = env.TLS12_WIZARD_SIM_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), `e2e-${profile}-`));
  const ready = path.join(simRoot, 'ready.json');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'out/harness.cjs',
      '--simulate',
      profile,
      ...(fresh ? ['--fresh'] : []),
      '--ready-file',
      ready,
      '--locale',
      'en-US',
      ...extraArgs,
    ],
    { env: { ...process.env, TLS12_WIZARD_SIM_DIR: simRoot, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  try {
    const { url } = JSON.parse(await waitForFile(ready, 15_000, 'the harness')) as { url: string };
    return {
      url,
      simDir: path.join(simRoot, profile),
      output: () => stderr,
      stop: () =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill();
        }),
    };
  } catch (error) {
    child.kill();
    throw new Error(`${(error as Error).message}\n${stderr}`, { cause: error });
  }
}
