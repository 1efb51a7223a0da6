/**
 * The deployment recipes' logic in docs/deploy.md, run against every simulated profile: the
 * detection script's command and its list of "detected" codes, the startup script's "apply when
 * audit says 1", and the exit-code table against the CLI's own (audit-exit.ts). Wine runs the
 * same blocks as written (test/wine/deploy-docs.test.ts); this checks every profile, fast.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_EXIT_TABLE } from '../../src-main/core/readiness/audit-exit.js';
import { simCli } from '../support/sim-cli.js';
import { SUPPORTED_PROFILES, tempFolder } from '../support/sim.js';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'deploy.md'), 'utf8');

function blockText(id: string): string {
  const m = new RegExp(`<!-- test: \\w+ ${id} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(DOC);
  if (!m?.[1]) throw new Error(`no block ${id}`);
  return m[1];
}

const detection = blockText('intune-detect');
const argumentList = /-ArgumentList '([^']*)'/.exec(detection)?.[1] ?? '';
const detectedCodes = (/\$detected = @\(([^)]*)\)/.exec(detection)?.[1] ?? '')
  .split(',')
  .map((c) => Number(c.trim()));
/** The detection's audit arguments, without its --log (a Windows path that means nothing here). */
const auditArgs = argumentList
  .replace(/--log \S+/, '')
  .split(/\s+/)
  .filter((a) => a !== '' && a !== '--cli');

function auditJson(dir: string, profile: string): { code: number; planHasChanges: boolean } {
  const r = simCli(dir, [...auditArgs, '--json'], profile);
  const doc = JSON.parse(r.out) as { readiness: { planHasChanges: boolean } };
  return { code: r.code, planHasChanges: doc.readiness.planHasChanges };
}

describe('docs/deploy.md: the recipes against every profile', () => {
  it('the detection script runs audit and names its detected codes', () => {
    expect(auditArgs).toEqual(['audit']);
    expect(detectedCodes).toEqual([0, 3010, 4, 5, 6]);
    expect(blockText('tls12-startup.cmd')).toMatch(/if not %ERRORLEVEL% == 1 exit \/b %ERRORLEVEL%/);
  });

  it("the table of audit exit codes is the CLI's, in its order", () => {
    const rows = [...DOC.matchAll(/^\| (\d+) +\| .*\| (?:cannot tell|\*\*not detected|detected)/gm)].map(
      (m) => Number(m[1]),
    );
    expect(rows).toEqual(AUDIT_EXIT_TABLE.map((r) => r.exit));
  });

  it.each(SUPPORTED_PROFILES.map((p) => p.id))(
    '%s: detection follows the plan, and one apply makes it detected',
    (id) => {
      const dir = tempFolder();
      const before = auditJson(dir, id);
      // Detected exactly when the tool has nothing left to set.
      expect(detectedCodes.includes(before.code)).toBe(!before.planHasChanges);
      // The startup script applies only on exit 1; after that nothing reinstalls, on 7 and 8.1 too.
      if (before.code === 1) expect([0, 3010]).toContain(simCli(dir, ['apply', '--yes'], id).code);
      const after = auditJson(dir, id);
      expect(after.planHasChanges).toBe(false);
      expect(detectedCodes).toContain(after.code);
    },
  );
});
