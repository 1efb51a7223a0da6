import { version } from '../../package.json';
import { runTool } from './commands/dispatch.js';

/** The command-line tool: out/cli.cjs. Runs on Node.js 16+ (Electron 22's) on Windows. */
function main(): void {
  let code: number;
  try {
    code = runTool(process.argv.slice(2), {
      out: (t) => process.stdout.write(`${t}\n`),
      err: (t) => process.stderr.write(`${t}\n`),
      env: process.env,
      platform: process.platform,
      version,
    });
  } catch (error) {
    process.stderr.write(
      `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    code = 1603;
  }
  process.exitCode = code;
}

main();
