// Does the portable .exe pass the command line and the exit code through to the app? Read from
// electron-builder's own launcher source (app-builder-lib/templates/nsis/portable.nsi, the NSIS
// script every portable build compiles), so that an electron-builder upgrade that changes the
// answer fails here. README "Headless mode" and docs/deploy.md rely on what this pins.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppInfo, type Configuration } from 'app-builder-lib';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const TEMPLATES = path.join(
  path.dirname(createRequire(path.join(ROOT, 'package.json')).resolve('app-builder-lib/package.json')),
  'templates',
  'nsis',
);
const portable = readFileSync(path.join(TEMPLATES, 'portable.nsi'), 'utf8');
const common = readFileSync(path.join(TEMPLATES, 'common.nsh'), 'utf8');
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as object;

/** The launcher's statements, comments dropped. */
const lines = portable
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith(';'));

describe("electron-builder's portable launcher (portable.nsi)", () => {
  it('runs silently (no splash configured) and waits for the app', () => {
    expect(lines).toContain('SetSilent silent');
    expect(lines.filter((l) => l.startsWith('ExecWait '))).toHaveLength(1);
  });

  it('passes every argument it was given to the app, unchanged', () => {
    // StdUtils.GetAllParameters: the raw command line after the launcher's own name (quotes kept).
    expect(lines).toContain('${StdUtils.GetAllParameters} $R0 0');
    expect(lines).toContain('ExecWait "$INSTDIR\\${APP_EXECUTABLE_FILENAME} $R0" $0');
  });

  it("returns the app's exit code as its own (3010 and 1603 included: a full 32-bit code)", () => {
    const wait = lines.indexOf('ExecWait "$INSTDIR\\${APP_EXECUTABLE_FILENAME} $R0" $0');
    expect(lines[wait + 1]).toBe('SetErrorLevel $0');
    expect(lines.slice(wait + 2).some((l) => /^(SetErrorLevel|Abort|Quit)\b/.test(l))).toBe(false);
  });

  it('starts the app by an UNQUOTED path: our executable name therefore has no space', () => {
    expect(common).toMatch(/!define APP_EXECUTABLE_FILENAME "\$\{PRODUCT_FILENAME\}\.exe"/);
    for (const file of ['electron-builder.yml', 'electron-builder.legacy.yml']) {
      const config = parseYaml(readFileSync(path.join(ROOT, file), 'utf8')) as Configuration;
      const info = { metadata: PACKAGE, config, devMetadata: null, framework: { name: 'electron' } };
      const app = new AppInfo(
        info as unknown as ConstructorParameters<typeof AppInfo>[0],
        null,
        config.win ?? null,
      );
      // PRODUCT_FILENAME is appInfo.productFilename (NsisTarget.js defines).
      expect(app.productFilename, file).toBe('TLS12-Wizard');
      expect(app.productFilename).not.toMatch(/\s/);
    }
  });

  it('unpacks to %TEMP% on every start and deletes it afterwards (why deployment uses the folder build)', () => {
    expect(lines).toContain('RMDir /r $INSTDIR');
    expect(lines.filter((l) => l === 'RMDir /r $INSTDIR')).toHaveLength(2);
  });
});
