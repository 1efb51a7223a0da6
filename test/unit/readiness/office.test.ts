import { describe, expect, it } from 'vitest';
import {
  CLICK_TO_RUN_LOCATIONS,
  CLICK_TO_RUN_RELEASE_IDS,
  MSI_OFFICE_VERSIONS,
} from '../../../src-main/core/catalogue/office-registry.js';
import { OFFICE_SUPPORT, supportOf } from '../../../src-main/core/catalogue/office-support.js';
import { readOffice } from '../../../src-main/core/readiness/evidence/office-evidence.js';
import { c2r, machine, msi, NATIVE, sz, SYSTEM_HIVES, UNINSTALL, WOW } from './office-fixtures.js';

describe('the Office support table', () => {
  it('has a row for every product a release id or an MSI version names, with ISO dates', () => {
    for (const m of [...CLICK_TO_RUN_RELEASE_IDS, ...MSI_OFFICE_VERSIONS])
      expect(supportOf(m.product)).toBeDefined();
    for (const l of CLICK_TO_RUN_LOCATIONS)
      if (l.product !== null) expect(supportOf(l.product)).toBeDefined();
    for (const row of OFFICE_SUPPORT) {
      if (row.supportEnds !== null) expect(row.supportEnds).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(OFFICE_SUPPORT.filter((r) => r.needsModernAuthValues).map((r) => r.product)).toEqual([
      'office-2013',
    ]);
  });
});

describe('readOffice', () => {
  it('finds Microsoft 365 Apps x86 in the 32-bit view once, not again as an MSI Office 16.0', () => {
    const reg = machine({
      ...c2r(WOW, 'O365ProPlusRetail,VisioProRetail', 'x86'),
      // An MSI-looking 16.0 entry next to Click-to-Run is not a second Office.
      ...msi(
        WOW,
        '{90160000-0011-0000-0000-0000000FF1CE}',
        'Microsoft Office Professional Plus 2016',
        '16.0.4266.1001',
        '16.0',
      ),
      [`${WOW}\\${UNINSTALL}\\{90160000-008C-0000-0000-0000000FF1CE}`]: {
        DisplayName: sz('Office 16 Click-to-Run Extensibility Component'),
        DisplayVersion: sz('16.0.17928.20156'),
      },
    });
    expect(readOffice(reg, true)).toEqual({
      installs: [
        {
          kind: 'click-to-run',
          product: 'microsoft-365-apps',
          version: '16.0.17928.20156',
          platform: 'x86',
          view: '32',
          where: ['HKLM\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration (32-bit view)'],
        },
      ],
      modernAuth: null,
    });
  });

  it('reads ClientVersionToReport when VersionToReport is missing, and names LTSC 2021 and 2019', () => {
    const reg = machine({
      [`${NATIVE}\\Office\\ClickToRun\\Configuration`]: {
        ClientVersionToReport: sz('16.0.14332.20763'),
        Platform: sz('x64'),
        ProductReleaseIds: sz('ProPlus2021Volume'),
      },
    });
    const [install] = readOffice(reg, true).installs;
    expect(install).toMatchObject({
      product: 'office-2021',
      version: '16.0.14332.20763',
      platform: 'x64',
      view: '64',
    });
    expect(supportOf('office-2021')?.supportEnds).toBe('2026-10-13');
    const reg2019 = machine(c2r(NATIVE, 'ProPlus2019Volume', 'x64'));
    expect(readOffice(reg2019, true).installs.map((i) => i.product)).toEqual(['office-2019']);
  });

  it('reports a release id it does not know as product unknown', () => {
    const reg = machine(c2r(NATIVE, 'SomeFuture2030Volume', 'x64'));
    expect(readOffice(reg, true).installs.map((i) => i.product)).toEqual(['unknown']);
  });

  it('has one view on 32-bit Windows', () => {
    const [install] = readOffice(machine(c2r(NATIVE, 'O365BusinessRetail', 'x86'), false), false).installs;
    expect(install).toMatchObject({ product: 'microsoft-365-apps', view: '32', platform: 'x86' });
  });

  it('names an Office 2013 Click-to-Run (Office\\15.0\\ClickToRun) as Office 2013, whatever its ids', () => {
    const reg = machine({
      [`${NATIVE}\\Office\\15.0\\ClickToRun\\Configuration`]: {
        Platform: sz('x64'),
        ProductReleaseIds: sz('O365ProPlusRetail'),
      },
      ...SYSTEM_HIVES,
    });
    const evidence = readOffice(reg, true);
    expect(evidence.installs).toMatchObject([
      { kind: 'click-to-run', product: 'office-2013', version: null },
    ]);
    expect(evidence.modernAuth?.noInteractiveUser).toBe(true);
  });

  it('finds MSI Office 2010 x86 by its Uninstall entry, not its proofing tools', () => {
    const reg = machine({
      ...msi(
        WOW,
        '{90140000-0011-0000-0000-0000000FF1CE}',
        'Microsoft Office Professional Plus 2010',
        '14.0.7015.1000',
        '14.0',
      ),
      [`${WOW}\\${UNINSTALL}\\{90140000-001F-0409-0000-0000000FF1CE}`]: {
        DisplayName: sz('Microsoft Office Proofing (English) 2010'),
        DisplayVersion: sz('14.0.7015.1000'),
      },
    });
    expect(readOffice(reg, true)).toEqual({
      installs: [
        {
          kind: 'msi',
          product: 'office-2010-or-older',
          version: '14.0.7015.1000',
          platform: 'x86',
          view: '32',
          where: [
            'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{90140000-0011-0000-0000-0000000FF1CE} (32-bit view)',
            'HKLM\\SOFTWARE\\Microsoft\\Office\\14.0\\Common\\InstallRoot (32-bit view)',
          ],
        },
      ],
      modernAuth: null,
    });
    expect(supportOf('office-2010-or-older')?.connection).toBe('cannot-connect');
  });

  it('counts an MSI Office 16.0 when there is no Click-to-Run', () => {
    const reg = machine(
      msi(
        NATIVE,
        '{90160000-0011-0000-1000-0000000FF1CE}',
        'Microsoft Office Professional Plus 2016',
        '16.0.4266.1001',
        '16.0',
      ),
    );
    expect(readOffice(reg, true).installs).toMatchObject([
      { kind: 'msi', product: 'office-2016', platform: 'x64' },
    ]);
  });

  it('counts an MSI Office 16.0 beside an Office 2013 Click-to-Run, which shares only 15.0', () => {
    const reg = machine({
      ...msi(
        NATIVE,
        '{90160000-0011-0000-1000-0000000FF1CE}',
        'Microsoft Office Professional Plus 2016',
        '16.0.4266.1001',
        '16.0',
      ),
      [`${NATIVE}\\Office\\15.0\\ClickToRun\\Configuration`]: { Platform: sz('x64') },
    });
    expect(readOffice(reg, true).installs.map((i) => [i.kind, i.product])).toEqual([
      ['click-to-run', 'office-2013'],
      ['msi', 'office-2016'],
    ]);
  });

  it('finds no Office on a PC without one', () => {
    expect(readOffice(machine({ [`${NATIVE}\\Windows`]: {} }), true)).toEqual({
      installs: [],
      modernAuth: null,
    });
  });
});
