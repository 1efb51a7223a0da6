// Matching a policy record's key and value names to catalogue entries and policy locations.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src-main/core/catalogue/catalogue.js';
import { targetsOf } from '../../../src-main/core/readiness/evidence/evidence-targets.js';

const NETFX4 = 'SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319';
const TLS12 = 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';

describe('targetsOf', () => {
  it('finds every catalogue entry by its own key and name, in its view', () => {
    for (const entry of CATALOGUE) {
      const view = entry.views === 'wow64' ? '64' : 'shared';
      expect(targetsOf(entry.hive, entry.key, { kind: 'values', names: [entry.name] })).toContainEqual({
        kind: 'catalogue',
        id: entry.id,
        view,
      });
    }
  });

  it('ignores case, doubled and outer backslashes; maps Wow6432Node to the 32-bit view', () => {
    expect(
      targetsOf('HKLM', `\\${NETFX4.toUpperCase()}\\`, { kind: 'values', names: ['schusestrongcrypto'] }),
    ).toEqual([{ kind: 'catalogue', id: 'dotnet.v4.0.30319.SchUseStrongCrypto', view: '64' }]);
    const wow = 'software\\WOW6432NODE\\Microsoft\\\\.NETFramework\\v4.0.30319';
    expect(targetsOf('HKLM', wow, { kind: 'values', names: ['SchUseStrongCrypto'] })).toEqual([
      { kind: 'catalogue', id: 'dotnet.v4.0.30319.SchUseStrongCrypto', view: '32' },
    ]);
  });

  it('a deleted key touches every entry below it; all values only those of the key itself', () => {
    expect(
      targetsOf('HKLM', 'SOFTWARE\\Microsoft\\.NETFramework', { kind: 'subtree' }).map((t) => t.id),
    ).toEqual([
      'dotnet.v4.0.30319.SystemDefaultTlsVersions',
      'dotnet.v4.0.30319.SchUseStrongCrypto',
      'dotnet.v2.0.50727.SystemDefaultTlsVersions',
      'dotnet.v2.0.50727.SchUseStrongCrypto',
    ]);
    expect(targetsOf('HKLM', 'SOFTWARE\\Microsoft\\.NETFramework', { kind: 'all-values' })).toEqual([]);
    expect(targetsOf('HKLM', TLS12, { kind: 'all-values' }).map((t) => t.id)).toEqual([
      'schannel.tls12.client.Enabled',
      'schannel.tls12.client.DisabledByDefault',
    ]);
  });

  it('does not match another hive, an unknown hive, a sibling key or a prefix of a name', () => {
    expect(targetsOf('HKCU', NETFX4, { kind: 'values', names: ['SchUseStrongCrypto'] })).toEqual([]);
    expect(targetsOf('other', NETFX4, { kind: 'subtree' })).toEqual([]);
    expect(targetsOf('HKLM', `${NETFX4}x`, { kind: 'values', names: ['SchUseStrongCrypto'] })).toEqual([]);
    expect(targetsOf('HKLM', NETFX4, { kind: 'values', names: ['SchUseStrong'] })).toEqual([]);
    expect(targetsOf('HKLM', 'SOFTWARE\\Microsoft\\.NETFrameworkX', { kind: 'subtree' })).toEqual([]);
  });
});
