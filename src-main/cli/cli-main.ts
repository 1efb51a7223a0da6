import { version } from '../../package.json';
import { english } from '../../src-shared/messages/messages.js';
import { mapError } from '../use-cases/error-mapper.js';
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
    // The one error mapper: a sentence for the user; the stack only when asked for.
    const mapped = mapError(error);
    if (process.env.TLS12_WIZARD_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.stderr.write(`${english(mapped.msg)}\n`);
    code = mapped.exitCode;
  }
  process.exitCode = code;
}

main();
