/**
 * Authenticode signing of `npm run dist` / `npm run dist:legacy`, from environment variables only
 * (a certificate never goes into the repository or the configuration files):
 *
 * - A certificate file: WIN_CSC_LINK (a path to a .pfx / .p12, an https URL, or its base64) and
 *   WIN_CSC_KEY_PASSWORD. electron-builder reads these itself (also under the names CSC_LINK and
 *   CSC_KEY_PASSWORD) and signs with signtool on Windows or osslsigncode elsewhere.
 * - A certificate in the Windows certificate store, typically on a hardware token or HSM (where
 *   every publicly trusted code-signing key issued since June 2023 has to live):
 *   TLS12_SIGN_CERT_SHA1, its thumbprint. Passed to electron-builder as
 *   win.signtoolOptions.certificateSha1 through a small configuration file that `extends` the
 *   real one. Needs signtool, so a Windows build machine.
 *
 * Time stamps: both configurations name an RFC 3161 time-stamp server (win.signtoolOptions).
 * ELECTRON_BUILDER_OFFLINE=true would make electron-builder sign without a time stamp, so a signed
 * build refuses it. With no certificate the build is unsigned and says so in one line; with
 * `--signed` (a release) an unsigned build is refused and electron-builder's forceCodeSigning
 * makes any file it cannot sign fail the build.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type SigningMethod = 'certificate file' | 'certificate store';

export interface SigningPlan {
  method: SigningMethod | null;
  /** The one line the build prints about signing. */
  line: string;
  /** Why the build must not start (empty when it may). */
  problems: string[];
  /** What the configuration file handed to electron-builder adds to the real one, or null when
   *  the real configuration file is used as it is. */
  overrides: { forceCodeSigning?: true; win?: { signtoolOptions: { certificateSha1: string } } } | null;
}

const SHA1_THUMBPRINT = /^[0-9a-f]{40}$/i;

const nonEmpty = (value: string | undefined): string | null =>
  value === undefined || value.trim() === '' ? null : value.trim();

export function signingPlan(
  env: NodeJS.ProcessEnv,
  options: { requireSigned: boolean; platform: NodeJS.Platform },
): SigningPlan {
  const link = nonEmpty(env.WIN_CSC_LINK) ?? nonEmpty(env.CSC_LINK);
  const linkName = nonEmpty(env.WIN_CSC_LINK) !== null ? 'WIN_CSC_LINK' : 'CSC_LINK';
  const password = nonEmpty(env.WIN_CSC_KEY_PASSWORD) ?? nonEmpty(env.CSC_KEY_PASSWORD);
  const thumbprint = nonEmpty(env.TLS12_SIGN_CERT_SHA1)?.replace(/\s/g, '') ?? null;
  const problems: string[] = [];

  let method: SigningMethod | null = null;
  if (link !== null && thumbprint !== null) {
    problems.push(`both ${linkName} and TLS12_SIGN_CERT_SHA1 are set: set one of them`);
  } else if (link !== null) {
    method = 'certificate file';
    if (password === null) problems.push(`${linkName} is set but WIN_CSC_KEY_PASSWORD is not`);
  } else if (thumbprint !== null) {
    method = 'certificate store';
    if (!SHA1_THUMBPRINT.test(thumbprint)) {
      problems.push('TLS12_SIGN_CERT_SHA1 must be the certificate thumbprint: 40 hexadecimal digits');
    }
    if (options.platform !== 'win32') {
      problems.push('TLS12_SIGN_CERT_SHA1 (the Windows certificate store) needs a Windows build machine');
    }
  }
  if (method !== null && env.ELECTRON_BUILDER_OFFLINE === 'true') {
    problems.push(
      'ELECTRON_BUILDER_OFFLINE=true would sign without a time stamp: unset it for a signed build',
    );
  }
  if (method === null && options.requireSigned && problems.length === 0) {
    problems.push(
      '--signed: no code-signing certificate (set WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD, or TLS12_SIGN_CERT_SHA1)',
    );
  }

  const line =
    method === null
      ? 'Unsigned build: no code-signing certificate in the environment (WIN_CSC_LINK + ' +
        'WIN_CSC_KEY_PASSWORD, or TLS12_SIGN_CERT_SHA1); Windows SmartScreen and antivirus will ' +
        'treat the .exe as unknown. See RELEASING.md.'
      : method === 'certificate file'
        ? `Signed build: certificate file from ${linkName}, time-stamped (RFC 3161).`
        : `Signed build: certificate ${thumbprint ?? ''} from the Windows certificate store, time-stamped (RFC 3161).`;

  const overrides: SigningPlan['overrides'] = {
    ...(options.requireSigned ? { forceCodeSigning: true as const } : {}),
    ...(method === 'certificate store' && thumbprint !== null
      ? { win: { signtoolOptions: { certificateSha1: thumbprint.toUpperCase() } } }
      : {}),
  };
  return {
    method,
    line,
    problems,
    overrides: Object.keys(overrides).length === 0 ? null : overrides,
  };
}

/**
 * The configuration file for electron-builder: the real one (as given, relative to the project),
 * or, with overrides, a JSON file in `dir` (normally dist/) that `extends` it. electron-builder
 * merges the two with deepAssign; the overrides hold no arrays, so nothing of the real
 * configuration is unioned or lost.
 */
export function configurationFile(
  root: string,
  realConfig: string,
  plan: SigningPlan,
  name: string,
  dir = path.join(root, 'dist'),
): string {
  if (plan.overrides === null) return realConfig;
  const file = path.join(dir, `.electron-builder-${name}-signing.json`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify({ extends: path.join(root, realConfig), ...plan.overrides }, null, 2)}\n`,
  );
  return file;
}
