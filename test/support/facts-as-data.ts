/**
 * The facts-as-data checker: a Windows family id or a build number written as a literal where
 * code decides something (an `if`, a `switch` case, an `.includes(...)`, a ternary's condition,
 * a comparison) instead of being read from the data folder (src-main/core/catalogue/). Used by
 * test/unit/structure/facts-as-data.test.ts on every source file of src-main, src-shared and
 * src-renderer.
 */
import ts from 'typescript';
import { KNOWN_BUILDS } from '../../src-main/core/catalogue/windows-builds.js';
import { OS_FAMILIES } from '../../src-shared/detection-types.js';

/** Where facts may be written as literals: the data set, relative to the repository. */
export const FACT_DATA_ALLOWLIST: readonly string[] = [
  // The catalogue: families, builds, defaults per stack, which value feeds which stack.
  'src-main/core/catalogue/',
  // The list of family ids itself (shared with the renderer, which cannot import src-main).
  'src-shared/detection-types.ts',
];

/** Builds of Windows as numbers: the table's, and any 4-5 digit number in their range. */
const BUILD_RANGE = { min: 7600, max: 30000 } as const;
const FAMILY_IDS: ReadonlySet<string> = new Set(OS_FAMILIES);
const KNOWN: ReadonlySet<number> = new Set(KNOWN_BUILDS);

export type FactContext = 'if' | 'case' | 'includes' | 'ternary' | 'comparison';

export interface FactLiteral {
  file: string;
  line: number;
  text: string;
  context: FactContext;
}

const COMPARISONS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
]);

/** A family id ('win7') or a build number (7601, and '7601' as a string: WQL compares text). */
export function isFactLiteral(node: ts.Node): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return FAMILY_IDS.has(node.text) || (/^\d{4,5}$/.test(node.text) && isBuild(Number(node.text)));
  }
  // Decimal only: hex literals are masks (0x2000 is TLS 1.3's bit, not a build).
  if (ts.isNumericLiteral(node)) return /^\d+$/.test(node.getText()) && isBuild(Number(node.text));
  return false;
}

function isBuild(n: number): boolean {
  return KNOWN.has(n) || (n >= BUILD_RANGE.min && n <= BUILD_RANGE.max);
}

/** Every fact literal inside `root` (root included), not descending into nested functions. */
function literalsIn(root: ts.Node | undefined, context: FactContext, out: [ts.Node, FactContext][]): void {
  if (root === undefined) return;
  const visit = (node: ts.Node): void => {
    if (isFactLiteral(node)) out.push([node, context]);
    if (ts.isFunctionLike(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(root);
}

/** The fact literals of one source text, with the line (1-based) and the decision they are in. */
export function findFactLiterals(fileName: string, text: string, lineOffset = 0): FactLiteral[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const hits: [ts.Node, FactContext][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIfStatement(node)) literalsIn(node.expression, 'if', hits);
    else if (ts.isCaseClause(node)) literalsIn(node.expression, 'case', hits);
    else if (ts.isConditionalExpression(node)) literalsIn(node.condition, 'ternary', hits);
    else if (ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind)) {
      literalsIn(node.left, 'comparison', hits);
      literalsIn(node.right, 'comparison', hits);
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'includes'
    ) {
      // Both `families.includes('win7')` and `['win7', 'win8'].includes(family)`.
      for (const arg of node.arguments) literalsIn(arg, 'includes', hits);
      if (ts.isArrayLiteralExpression(node.expression.expression)) {
        literalsIn(node.expression.expression, 'includes', hits);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // A literal inside two decisions (a comparison in an `if`) is reported once, by its innermost.
  const seen = new Map<number, FactLiteral>();
  for (const [node, context] of hits) {
    const start = node.getStart(source);
    const line = source.getLineAndCharacterOfPosition(start).line + 1 + lineOffset;
    seen.set(start, { file: fileName, line, text: node.getText(source), context });
  }
  return [...seen.values()].sort((a, b) => a.line - b.line);
}

/**
 * A .svelte file: its `<script>` blocks as TypeScript, and the expressions of its `{#if ...}`,
 * `{:else if ...}` and `{#each ...}`-free markup decisions parsed as `if (...) {}`.
 */
export function findFactLiteralsInSvelte(fileName: string, text: string): FactLiteral[] {
  const out: FactLiteral[] = [];
  const lineOf = (index: number): number => text.slice(0, index).split('\n').length - 1;
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const body = m[1] ?? '';
    const bodyStart = (m.index ?? 0) + m[0].indexOf(body);
    out.push(...findFactLiterals(fileName, body, lineOf(bodyStart)));
  }
  for (const m of text.matchAll(/\{(?:#if|:else if)\s+([^}]*)\}/g)) {
    out.push(...findFactLiterals(fileName, `if (${m[1] ?? ''}) {}`, lineOf(m.index ?? 0)));
  }
  return out;
}

/** The checker for one file by its name: .svelte or TypeScript. */
export function checkFactLiterals(fileName: string, text: string): FactLiteral[] {
  return fileName.endsWith('.svelte')
    ? findFactLiteralsInSvelte(fileName, text)
    : findFactLiterals(fileName, text);
}

export function isAllowedDataFile(relativePath: string): boolean {
  const path = relativePath.replaceAll('\\', '/');
  return FACT_DATA_ALLOWLIST.some((allowed) =>
    allowed.endsWith('/') ? path.startsWith(allowed) : path === allowed,
  );
}
