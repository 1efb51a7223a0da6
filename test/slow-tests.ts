/**
 * The tests `npm run test:quick` leaves out. `npm test` and `npm run test:unit` / `test:renderer`
 * run them all. Tagged here, by name, so that the fast loop stays under 60 s on the project's
 * 2-core machine:
 * - by convention: property tests are named `*.property.test.ts`, fuzz tests live in `fuzz/`;
 * - by measurement: files that took more than 5 s in a full unit run, and files of 2.5 s or more
 *   in the quick run (seconds as measured 2026-12-02 with vitest's JSON reporter, BENCHMARKS.md).
 * A few example-based files hold one short fast-check property (well under 1 s); they stay in.
 * test/unit/slow-tests.test.ts checks that every file named here exists.
 */
export const PROPERTY_AND_FUZZ: readonly string[] = ['test/**/*.property.test.ts', 'test/**/fuzz/**'];

export const SLOW_FILES: readonly string[] = [
  // 152 s: real CLI processes racing for the lock, many rounds.
  'test/unit/faults/race.test.ts',
  // 20 s: fast-check mutations of every backup document field name.
  'test/unit/hostile/name-mutations.test.ts',
  // 19 s: the GPO export evaluated against every profile and choice.
  'test/unit/export/gpo-equivalence.test.ts',
  // 16 s: a really killed CLI process after every write of an apply.
  'test/unit/faults/crash-and-destination.test.ts',
  // 12 s: a registry fault injected at every operation of apply and rollback.
  'test/unit/faults/fault-matrix.test.ts',
  // 10 s: every typed field of the backup document replaced by every hostile value.
  'test/unit/hostile/typed-documents.test.ts',
  // 7 s: builds out/ and runs the built CLI.
  'test/unit/cli.test.ts',
  // 3-4 s each in the quick run itself (test:quick's own measurement, a shared 2-core machine):
  // ESLint loaded with every plugin; fast-check with 3,000 strings; random edits and byte flips
  // of real files (fuzzing in all but name); 10,000-document fleet reports; release signing.
  'test/unit/lint-layers.test.ts',
  'test/unit/reg-twin.test.ts',
  'test/unit/readiness/gpp-registry-xml.test.ts',
  'test/unit/readiness/preg.test.ts',
  'test/unit/fleet/result-document.test.ts',
  'test/unit/deploy-recipes.test.ts',
  'test/unit/signing.test.ts',
];

/** Every glob test:quick excludes. */
export const QUICK_EXCLUDES: readonly string[] = [...PROPERTY_AND_FUZZ, ...SLOW_FILES];
