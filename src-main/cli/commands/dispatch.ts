/**
 * The command-line tool's commands: the machine commands of run-cli.ts (detect, audit, apply,
 * rollback), and the fleet commands that run on an administrator's workstation (export gpo,
 * fleet), each in its own file. --json-out / --log work for all of them.
 */
import { runWithOutputFiles } from '../output-files.js';
import { runCli, type CliIo } from '../run-cli.js';
import { EXPORT_GPO_USAGE, runExportGpo } from './export-gpo.js';
import { FLEET_USAGE, runFleet } from './fleet.js';

const OUTPUT_USAGE = `Any command: --json-out FILE writes its JSON result, --log FILE its text (for deployment tools).
Fleet commands (on an administrator's workstation):
${EXPORT_GPO_USAGE}
${FLEET_USAGE}`;

function dispatch(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'export':
      return runExportGpo(rest, io);
    case 'fleet':
      return runFleet(rest, io);
    default: {
      const code = runCli(argv, io);
      if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
        io.out(OUTPUT_USAGE);
      }
      return code;
    }
  }
}

/** Runs one command line of out/cli.cjs and returns its exit code. */
export function runTool(argv: string[], io: CliIo): number {
  return runWithOutputFiles(argv, io, dispatch);
}
