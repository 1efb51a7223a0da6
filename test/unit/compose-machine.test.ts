// One composition root for the CLI, the harness and Electron main: same layout, same errors.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ComposeError, composeMachine } from '../../src-main/composition/compose-machine.js';
import { tempFolder } from '../support/sim.js';

describe('composeMachine', () => {
  it('lays a simulated machine out the same way for every entry point: registry, journal, stick, backups', () => {
    const env = { TLS12_WIZARD_SIM_DIR: tempFolder('compose') };
    const c = composeMachine({ simulate: 'win10', env, platform: 'linux' });
    const folder = path.join(env.TLS12_WIZARD_SIM_DIR, 'win10');
    expect(c.stickFolder).toBe(path.join(folder, 'stick'));
    expect(c.backupFolder).toBe(path.join(folder, 'stick', 'TLS12-Backups'));
    expect(fs.statSync(c.backupFolder).isDirectory()).toBe(true);
    expect(c.journal.folder).toBe(folder);
    expect(fs.existsSync(path.join(folder, 'registry.json'))).toBe(true);
    expect(c.simulation).toEqual({ profile: 'win10', label: expect.stringMatching(/Windows 10/) });
    expect(c.machine.isElevated()).toBe(true);
    expect(
      composeMachine({ simulate: 'win10', notElevated: true, env, platform: 'linux' }).machine.isElevated(),
    ).toBe(false);
  });

  it('refuses an unknown profile and a computer that is not Windows, naming the profiles', () => {
    expect(() => composeMachine({ simulate: 'win12', env: {}, platform: 'linux' })).toThrow(ComposeError);
    expect(() => composeMachine({ simulate: 'win12', env: {}, platform: 'linux' })).toThrow(
      /Profiles: win7-sp1, /,
    );
    expect(() => composeMachine({ simulate: null, env: {}, platform: 'linux' })).toThrow(/not Windows/);
  });

  it('wraps the registry only when a test hook asks for faults', () => {
    const env = { TLS12_WIZARD_SIM_DIR: tempFolder('compose') };
    expect(composeMachine({ simulate: 'win10', env, platform: 'linux' }).machine.registry.adapterName).toBe(
      'in-memory',
    );
    const faulty = composeMachine({
      simulate: 'win10',
      env: { ...env, TLS12_WIZARD_TEST_FAULT: 'write:1:5' },
      platform: 'linux',
    });
    expect(faulty.machine.registry).not.toBe(faulty.simulated?.registry);
  });
});

describe('the built entry points behave the same', () => {
  const run = (file: string, args: string[]) =>
    spawnSync(process.execPath, [file, ...args], {
      encoding: 'utf8',
      env: { ...process.env, TLS12_WIZARD_SIM_DIR: tempFolder('entry') },
      timeout: 20_000,
    });

  it('an unknown profile is an error with exit 2 in the CLI and in the harness alike', () => {
    for (const file of ['out/cli.cjs', 'out/harness.cjs']) {
      const r = run(file, file.includes('cli') ? ['audit', '--simulate', 'win12'] : ['--simulate', 'win12']);
      expect(r.status, file).toBe(2);
      expect(r.stderr, file).toMatch(/Unknown simulation profile "win12"\. Profiles: win7-sp1/);
    }
  });
});
