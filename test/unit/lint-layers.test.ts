// The layers of the README's "Layout" are lint rules: a forbidden import fails `npm run lint`.
// They are allowlists (eslint.config.mjs, LAYERS): a folder not listed may import nothing outside
// itself, so these snippets, linted through ESLint's Node API, include folders that do not exist.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'layers/allowlist' || m.ruleId?.endsWith('no-restricted-imports'))
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
    [
      'a new folder of src-main, the core',
      'src-main/reports/x.ts',
      "import { detect as x } from '../core/detect/detect.js';",
    ],
    [
      'a new folder of src-main, src-shared',
      'src-main/reports/x.ts',
      "import { GROUPS as x } from '../../src-shared/groups.js';",
    ],
    ['a new folder of src-main, Node.js', 'src-main/reports/deep/x.ts', "import * as x from 'node:fs';"],
    ['a new folder of src-main, an npm package', 'src-main/reports/x.ts', "import * as x from 'valibot';"],
    [
      'a new folder of src-main, another new folder',
      'src-main/reports/x.ts',
      "import { y as x } from '../exports/y.js';",
    ],
    [
      'a new top-level folder, the core',
      'src-tools/x.ts',
      "import { detect as x } from '../src-main/core/detect/detect.js';",
    ],
    ['the core, an npm package it does not list', 'src-main/core/plan/x.ts', "import x from 'ajv';"],
    [
      'the core, the CLI by a dynamic import',
      'src-main/core/x.ts',
      "const x = await import('../cli/run-cli.js');",
    ],
    ['the core, Electron by require', 'src-main/core/x.ts', "const x = require('electron');"],
    [
      'the use cases, re-exporting the wizard service',
      'src-main/use-cases/x.ts',
      "export { WizardService } from '../wizard/wizard-service.js';\nconst x = 1;",
    ],
    [
      'the serving layer, the core',
      'src-main/serving/x.ts',
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
    ['a new folder of src-main, itself', 'src-main/reports/a/x.ts', "import { y as x } from '../b/y.js';"],
    ['the core, native-reg', 'src-main/core/registry/x.ts', "import * as x from 'native-reg';"],
    ['the CLI, package.json', 'src-main/cli/x.ts', "import x from '../../package.json';"],
  ])('allows %s', async (_, file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
