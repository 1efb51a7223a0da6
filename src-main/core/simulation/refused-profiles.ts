import { nt6, profile, sz, win7nt, WIN7_RTM_DLLS, type MachineProfile } from './profile-builder.js';

/** Windows the tool refuses, each with what to do instead. */
export const REFUSED_PROFILES: readonly MachineProfile[] = [
  profile({
    id: 'server2008-sp2',
    label: 'Windows Server 2008 SP2 (refused: needs KB 4019276 and KB 4467770)',
    computerName: 'SIM-SRV2008',
    nt: nt6('6.0', 6002, 'Windows Server (R) 2008 Standard', 'ServerStandard', {
      CSDVersion: sz('Service Pack 2'),
    }),
    productType: 'ServerNT',
    arch: 'AMD64',
    dotNetRelease: null,
    dotNet35: false,
    ie: '7.0.6002.18005',
  }),
  profile({
    id: 'vista',
    label: 'Windows Vista SP2 (refused)',
    computerName: 'SIM-VISTA',
    nt: nt6('6.0', 6002, 'Windows Vista (TM) Business', 'Business', { CSDVersion: sz('Service Pack 2') }),
    productType: 'WinNT',
    arch: 'x86',
    dotNetRelease: null,
    dotNet35: false,
    ie: '7.0.6002.18005',
  }),
  profile({
    id: 'xp',
    label: 'Windows XP SP3 (refused)',
    computerName: 'SIM-XP',
    nt: nt6('5.1', 2600, 'Microsoft Windows XP', '', { CSDVersion: sz('Service Pack 3') }),
    productType: 'WinNT',
    arch: 'x86',
    dotNetRelease: null,
    dotNet35: false,
    ie: '8.0.6001.18702',
  }),
  profile({
    id: 'server2008r2-itanium',
    label: 'Windows Server 2008 R2 SP1 for Itanium (refused)',
    computerName: 'SIM-IA64',
    nt: win7nt('Windows Server 2008 R2 Enterprise', 'ServerEnterpriseIA64'),
    productType: 'ServerNT',
    arch: 'IA64',
    dotNetRelease: null,
    dotNet35: false,
    ie: '8.0.7601.17514',
    dllVersions: WIN7_RTM_DLLS,
  }),
];
