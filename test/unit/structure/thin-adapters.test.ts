/**
 * The command line and the wizard service are adapters: arguments in, rendering out. Taking the
 * lock, planning, applying, rolling back and repairing are use cases (src-main/use-cases/); this
 * test reads each adapter's imports and calls and fails when one of them does that work itself.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ADAPTERS = ['src-main/cli/run-cli.ts', 'src-main/wizard/wizard-service.ts'];

/** The functions and classes that do the work; only the use cases may call them. */
const WORK = new Set([
  'OperationLock',
  'holdForChange',
  'buildPlan',
  'applyPlan',
  'planRollback',
  'rollbackTo',
  'repairInterrupted',
  'runTransaction',
  'writeBackup',
  'assessReadiness',
  'assessMachine',
]);

/** The modules that hold that work. */
const WORK_MODULES = [
  /\/core\/plan\/build-plan\.js$/,
  /\/core\/operations\/(apply|rollback)\.js$/,
  /\/core\/state\/transaction\.js$/,
  /\/core\/backup\/backup-files\.js$/,
  /\/core\/readiness\/(readiness|assess-machine)\.js$/,
];

/** What the adapter source imports (module, names) and the identifiers it calls or constructs. */
export function workIn(source: string): string[] {
  const file = ts.createSourceFile('adapter.ts', source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const from = node.moduleSpecifier.text;
      if (WORK_MODULES.some((m) => m.test(from))) found.push(`import from ${from}`);
      const names = node.importClause?.namedBindings;
      if (names && ts.isNamedImports(names)) {
        for (const n of names.elements) if (WORK.has(n.name.text)) found.push(`import ${n.name.text}`);
      }
    }
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression)) {
      if (WORK.has(node.expression.text)) found.push(`call ${node.expression.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the adapters hold no lock, plan or apply logic of their own', () => {
  it.each(ADAPTERS)('%s', (adapter) => {
    const source = fs.readFileSync(path.resolve(adapter), 'utf8');
    expect(workIn(source)).toEqual([]);
  });

  it('fails on a planted lock, plan or apply', () => {
    const planted = [
      "import { buildPlan } from '../core/plan/build-plan.js';",
      "import { OperationLock } from '../core/state/operation-lock.js';",
      'const lock = new OperationLock(file);',
      'applyPlan(plan, options, ctx);',
    ].join('\n');
    expect(workIn(planted)).toEqual([
      'import from ../core/plan/build-plan.js',
      'import buildPlan',
      'import OperationLock',
      'call OperationLock',
      'call applyPlan',
    ]);
  });
});
