// The layers of the README's "Layout" are lint rules: a forbidden import fails `npm run lint`.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    [
      'the renderer, a type from src-main',
      'src-renderer/lib/x.ts',
      "import type { Plan as x } from '../../src-main/core/plan/plan-types.js';",
    ],
    ['the renderer, Node.js', 'src-renderer/lib/x.ts', "import * as x from 'node:fs';"],
    [
      'src-shared, src-main',
      'src-shared/x.ts',
      "import { CATALOGUE as x } from '../src-main/core/catalogue/catalogue.js';",
    ],
    ['src-shared, Node.js', 'src-shared/x.ts', "import * as x from 'node:path';"],
    [
      'the core, the IPC layer',
      'src-main/core/plan/x.ts',
      "import { REQUEST_SCHEMAS as x } from '../../ipc/contract.js';",
    ],
    [
      'the core, the wizard service',
      'src-main/core/x.ts',
      "import { WizardService as x } from '../wizard/wizard-service.js';",
    ],
    ['the core, Electron', 'src-main/core/x.ts', "import { app as x } from 'electron';"],
    ['the core, the use cases', 'src-main/core/x.ts', "import { audit as x } from '../use-cases/audit.js';"],
    ['the use cases, the CLI', 'src-main/use-cases/x.ts', "import { runCli as x } from '../cli/run-cli.js';"],
    [
      'the use cases, the wizard service',
      'src-main/use-cases/x.ts',
      "import { WizardService as x } from '../wizard/wizard-service.js';",
    ],
    [
      'the wizard service, the IPC layer',
      'src-main/wizard/x.ts',
      "import { REQUEST_SCHEMAS as x } from '../ipc/contract.js';",
    ],
    [
      'the CLI, the wizard service',
      'src-main/cli/x.ts',
      "import { WizardService as x } from '../wizard/wizard-service.js';",
    ],
    [
      'the composition root, the IPC layer',
      'src-main/composition/x.ts',
      "import { handlersFor as x } from '../ipc/dispatch.js';",
    ],
    [
      'Electron main, the harness',
      'src-main/main/x.ts',
      "import { startHarness as x } from '../harness/harness-server.js';",
    ],
    [
      'the preload, the core',
      'src-main/preload/x.ts',
      "import { detect as x } from '../core/detect/detect.js';",
    ],
  ])('refuses %s', async (_, file, code) => {
    const errors = await importErrors(file, code);
    expect(errors.length, `${file}: ${code}`).toBeGreaterThan(0);
  });

  it.each([
    [
      'the renderer, src-shared',
      'src-renderer/lib/x.ts',
      "import { GROUPS as x } from '../../src-shared/groups.js';",
    ],
    [
      'the core, src-shared',
      'src-main/core/plan/x.ts',
      "import { GROUPS as x } from '../../../src-shared/groups.js';",
    ],
    [
      'the IPC layer, the wizard service',
      'src-main/ipc/x.ts',
      "import type { WizardService as x } from '../wizard/wizard-service.js';",
    ],
    [
      'the harness, the composition root',
      'src-main/harness/x.ts',
      "import { composeMachine as x } from '../composition/compose-machine.js';",
    ],
  ])('allows %s', async (_, file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
