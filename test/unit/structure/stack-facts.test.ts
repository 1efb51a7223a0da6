// The data the effective model and the GPO targeting read: each stack's values are catalogue
// rows, each build in the table maps back to its family.
import { describe, expect, it } from 'vitest';
import { dotnet35UpdateFor } from '../../../src-main/core/catalogue/dotnet-facts.js';
import { STACK_INPUTS } from '../../../src-main/core/catalogue/stack-facts.js';
import { WINDOWS_BUILDS } from '../../../src-main/core/catalogue/windows-builds.js';
import { FAMILY_FACTS, OS_FAMILIES } from '../../../src-main/core/catalogue/windows-families.js';
import { familyOf } from '../../../src-main/core/detect/detect-os.js';

describe('stack facts', () => {
  it('names one catalogue row per stack and role', () => {
    expect(STACK_INPUTS.map((i) => [i.stack, i.role, i.entry.id])).toEqual([
      ['winhttp', 'mask', 'winhttp.DefaultSecureProtocols'],
      ['dotnet4', 'system-default', 'dotnet.v4.0.30319.SystemDefaultTlsVersions'],
      ['dotnet4', 'strong-crypto', 'dotnet.v4.0.30319.SchUseStrongCrypto'],
      ['dotnet35', 'system-default', 'dotnet.v2.0.50727.SystemDefaultTlsVersions'],
      ['wininet', 'mask', 'wininet.SecureProtocols'],
    ]);
  });

  it('the .NET 3.5 update follows the release where the family lists them (Windows 10)', () => {
    expect(dotnet35UpdateFor('win10', 10240)).toBe('KB3156387');
    expect(dotnet35UpdateFor('win10', 10586)).toBe('KB3156421');
    expect(dotnet35UpdateFor('win10', 19045)).toBeNull();
    expect(dotnet35UpdateFor('win7', 7601)).toBe('KB3154518');
    const perBuild = OS_FAMILIES.filter((f) => FAMILY_FACTS[f].dotnet35UpdateByBuild.length > 0);
    expect(perBuild).toEqual(['win10']);
  });
});

describe('windows builds', () => {
  it.each(OS_FAMILIES)('%s: its first and fresh builds are detected as itself', (family) => {
    const { version, firstBuild, freshBuild } = WINDOWS_BUILDS[family];
    const server = FAMILY_FACTS[family].server;
    for (const build of [firstBuild, freshBuild]) {
      expect(familyOf(version, build, server, 1).family).toBe(family);
    }
  });
});
