/** English: the readiness verdict ("Is this PC ready for Microsoft 365?"), its reasons and next steps. */
import { GROUP_NAME, type Group } from '../../groups.js';
import type { ReadinessStackId, Verdict } from '../../readiness-types.js';
import type { None, Say } from '../say.js';
import { day, when } from './words.js';

const VERDICT: Record<Verdict, string> = {
  ready: 'Ready for Microsoft 365.',
  'ready-after-restart': 'Ready for Microsoft 365 after a restart.',
  'changes-needed': 'Not ready for Microsoft 365 yet: this tool can make it ready.',
  'at-risk': 'At risk: the core Microsoft 365 services should work, but some may not.',
  unknown: 'Cannot tell whether this PC is ready for Microsoft 365: some facts could not be read.',
  blocked: 'Not ready for Microsoft 365: something this tool cannot change stands in the way.',
};

export const STACK_NAME: Record<ReadinessStackId, string> = {
  winhttp: 'Outlook and OneDrive (WinHTTP)',
  dotnet4: '.NET 4.x programs',
  dotnet35: '.NET 3.5 programs',
  schannel: "Programs that use Windows' default (SChannel)",
  wininet: 'Internet Options (WinINet)',
  office: 'Office',
};

const stacks = (x: Say, list: readonly ReadinessStackId[]) => x.list(list.map((s) => STACK_NAME[s]));

export const enReadiness = {
  'ready.verdict': (p: { verdict: Verdict }) => VERDICT[p.verdict],
  'ready.verdictWord': (p: { verdict: Verdict }) =>
    ({
      ready: 'READY',
      'ready-after-restart': 'READY AFTER RESTART',
      'changes-needed': 'CHANGES NEEDED',
      'at-risk': 'AT RISK',
      unknown: 'UNKNOWN',
      blocked: 'BLOCKED',
    })[p.verdict],
  'ready.stackName': (p: { stack: ReadinessStackId }) => STACK_NAME[p.stack],
  'ready.noOffice': (_: None) => 'No Office found.',
  'ready.next': (p: { step: { code: string; params: object } }, x: Say) => `Next: ${x.say(p.step)}`,
  'ready.assumes': (p: { updates: string[] }, x: Say) =>
    `once ${x.list(p.updates)} ${p.updates.length > 1 ? 'are' : 'is'} installed`,
  // Reasons: what was found.
  'ready.windowsRefused': (p: { reason: { code: string; params: object } }, x: Say) =>
    `This Windows is not supported: ${x.say(p.reason)}`,
  'ready.kbMissing': (p: { msu: string | null }) =>
    `Outlook and OneDrive (WinHTTP) cannot use TLS 1.2: update KB 3140245 is not installed${p.msu ? ` (${p.msu})` : ''}. WinHTTP's DefaultSecureProtocols takes effect only once the update is in.`,
  'ready.kbProbable': (p: { minimum: string }) =>
    `KB 3140245 is probably installed: winhttp.dll and webio.dll are at ${p.minimum} or later, a threshold not yet confirmed against the update's file list.`,
  'ready.windowsEnded': (
    p: { os: { code: string; params: object }; ended: string; frozenAt: string | null },
    x: Say,
  ) =>
    `${x.say(p.os)} has been out of support since ${day(p.ended)}` +
    (p.frozenAt
      ? `; Microsoft 365 Apps is frozen at Version ${p.frozenAt} here and gets no security updates.`
      : '.'),
  'ready.needsChange': (p: { stacks: ReadinessStackId[]; count: number }, x: Say) =>
    `${stacks(x, p.stacks)} do not offer TLS 1.2 yet; ${x.count(p.count, { one: '# value', other: '# values' })} of this tool's plan fix that.`,
  'ready.noTls12': (p: { stacks: ReadinessStackId[] }, x: Say) =>
    `${stacks(x, p.stacks)} offer no TLS 1.2, even after this tool's plan.`,
  'ready.restartPending': (p: { operation: 'apply' | 'rollback'; finishedAt: string }) =>
    `The ${p.operation === 'apply' ? 'change' : 'rollback'} of ${when(p.finishedAt)} takes effect at the next restart: Windows has not restarted since.`,
  'ready.restartUnknownBoot': (p: { operation: 'apply' | 'rollback'; finishedAt: string }) =>
    `The ${p.operation === 'apply' ? 'change' : 'rollback'} of ${when(p.finishedAt)} needs a restart, and when Windows last started cannot be told.`,
  'ready.servicingRestart': (p: { where: string[] }, x: Say) =>
    `Windows is waiting for a restart to finish installing updates (${x.list(p.where)}).`,
  'ready.updateInstalled': (_: None) =>
    'The update installed from the stick takes effect at the next restart.',
  'ready.cipherNone': (p: { source: 'policy' | 'local' | 'default'; where: string }) =>
    `No TLS 1.2 cipher suite in common with Microsoft 365 (${p.source === 'policy' ? 'the cipher suite order policy' : p.source === 'local' ? "this PC's cipher suite list" : "this Windows' default list"}, ${p.where}, after the SChannel settings).`,
  'ready.cipherAfdOnly': (p: { since: string }) =>
    `Only Microsoft 365's older cipher suites are in common: services behind Azure Front Door (its default policy wants ECDHE with AES-GCM) refuse this Windows' own stacks since ${day(p.since)}, when Front Door stopped offering the DHE fallback.`,
  'ready.cipherUnknown': (p: { where: string[] }, x: Say) =>
    `Whether a cipher suite in common with Microsoft 365 is switched on cannot be told: ${x.list(p.where)} hold values whose effect is not documented.`,
  'ready.cipherUnread': (_: None) => 'The TLS 1.2 cipher suite list could not be read.',
  'ready.officeCannotConnect': (p: { product: string; version: string | null }) =>
    `${p.product}${p.version ? ` (${p.version})` : ''} cannot sign in to Microsoft 365: it has no modern authentication, and Exchange Online no longer accepts basic authentication.`,
  'ready.officeOutOfSupport': (p: { product: string; ended: string }) =>
    `${p.product} has been out of support for Microsoft 365 connections since ${day(p.ended)}: it may still connect, but Microsoft does not promise it.`,
  'ready.officeModernAuthMissing': (p: { users: string[]; values: string[] }, x: Say) =>
    `Office 2013 signs in to Microsoft 365 only with modern authentication, which is not switched on for ${x.list(p.users)} (${x.list(p.values)}).`,
  'ready.officeModernAuthUnknown': (p: { why: 'no-user' | 'unreadable'; users: string[] }, x: Say) =>
    p.why === 'no-user'
      ? "Office 2013's modern authentication is set per user, and nobody is signed in: it cannot be checked now."
      : `Office 2013's modern authentication could not be read for ${x.list(p.users)}.`,
  'ready.officeUnknownProduct': (p: { where: string }) =>
    `An Office was found whose product this tool does not recognise (${p.where}): whether it can connect cannot be told.`,
  'ready.officeUnread': (_: None) => 'Which Office is installed could not be read.',
  'ready.policyReverts': (p: { gpo: string | null; value: string; sets: string }) =>
    `Group Policy${p.gpo ? ` ("${p.gpo}")` : ''} sets ${p.value} to ${p.sets}, without TLS 1.2: a change by this tool is undone at the next policy refresh (about 90 minutes).`,
  'ready.policyUnreadable': (p: { gpo: string }) =>
    `The Group Policy object "${p.gpo}" applies Preferences registry items to this PC, and what they set could not be read.`,
  'ready.dotnet35Hotfix': (p: { kb: string }) =>
    `.NET 3.5 programs get TLS 1.2 from SystemDefaultTlsVersions only with update ${p.kb} (or a later .NET rollup), which the registry does not show.`,
  'ready.interrupted': (p: { operation: string; startedAt: string }) =>
    `An interrupted ${p.operation} (started ${when(p.startedAt)}) was found: the registry may be half changed.`,
  'ready.unreadable': (p: { where: string[] }, x: Say) => `These could not be read: ${x.list(p.where)}.`,
  // Next steps.
  'next.installKb': (p: { msu: string | null; search: string }) =>
    `Install ${p.msu ?? 'KB 3140245'} (from the stick, or from the Microsoft Update Catalog: search "${p.search}"), restart, then run this check again.`,
  'next.confirmKb': (p: { msu: string | null }) =>
    `In Installed updates, look for KB 3140245 or a monthly rollup from after March 2016; if neither is there, install ${p.msu ?? 'KB 3140245'}.`,
  'next.seeRefusal': (p: { reason: { code: string; params: object } }, x: Say) => x.say(p.reason),
  'next.upgradeWindows': (p: { target: string }) => `Plan this PC's move to ${p.target}.`,
  'next.apply': (p: { count: number }, x: Say) =>
    x.surface === 'cli'
      ? `Run "apply --yes" to set the ${x.count(p.count, { one: 'value', other: '# values' })}, then restart.`
      : `Make the change (${x.count(p.count, { one: '# value', other: '# values' })}), then restart.`,
  'next.chooseGroup': (p: { group: Group }, x: Say) =>
    x.surface === 'cli'
      ? `Run "apply --yes --only ${p.group}" to set the ${GROUP_NAME[p.group]} values too.`
      : `Tick ${GROUP_NAME[p.group]} in the choice step and make the change.`,
  'next.installDotnet48': (_: None) =>
    'Install .NET Framework 4.8 (ndp48-x86-x64-allos-enu.exe): .NET 4.0 itself has no TLS 1.2.',
  'next.restart': (p: { fastStartup: boolean | null }) =>
    `Restart the computer (Start > Power > Restart${p.fastStartup === true ? '; Shut down does not count with Fast Startup on' : ''}).`,
  'next.cipherRestore': (p: { where: string[] }, x: Say) =>
    `Switch the ECDHE / AES-GCM suites back on: remove or correct ${x.list(p.where)} (the SSL Cipher Suite Order policy or a hardening tool set them).`,
  'next.cipherSetKnown': (p: { where: string[] }, x: Say) =>
    `Set each of ${x.list(p.where)} to 0xFFFFFFFF (on) or 0 (off), or remove it.`,
  'next.upgradeForAfd': (p: { target: string }) =>
    `Move this PC to ${p.target}: only Windows 10 and later have the ECDHE AES-GCM suites, and no update adds them.`,
  'next.officeCheckVersion': (_: None) =>
    'In Office, File > Account > About shows the product and version: a supported one is Microsoft 365 Apps or Office LTSC 2024.',
  'next.officeUpgrade': (p: { to: string }) => `Upgrade Office to ${p.to}.`,
  'next.setModernAuth': (p: { values: string[] }, x: Say) =>
    `For each user, set ${x.list(p.values)} to 1 (a Group Policy Preferences item does it for all), or upgrade Office.`,
  'next.checkAsUser': (_: None) =>
    "Run this check again while the Office user is signed in, as administrator in that user's session.",
  'next.policyOwner': (p: { gpo: string | null; value: string }) =>
    `Ask the owner of ${p.gpo ? `the GPO "${p.gpo}"` : 'the local Group Policy (gpedit.msc)'} to change or remove its setting of ${p.value}.`,
  'next.policyRead': (p: { gpo: string }) =>
    `Run "gpupdate /force" and this check again, or ask the owner of the GPO "${p.gpo}" what it sets.`,
  'next.dotnet35Hotfix': (p: { kb: string }) =>
    `Check Installed updates for ${p.kb} or a later .NET Framework 3.5 rollup; install ${p.kb} (Microsoft Update Catalog: "${p.kb}") if neither is there.`,
  'next.repair': (_: None, x: Say) =>
    x.surface === 'cli'
      ? 'Run "apply" or "rollback" as administrator: each repairs it first.'
      : 'Repair it first.',
  'next.readAgain': (_: None) => 'Run the check again as administrator.',
};
