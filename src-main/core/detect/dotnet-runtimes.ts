/**
 * The two .NET Framework runtimes (CLRs) whose registry keys the catalogue writes, and whether
 * one is installed, from the versions detectDotNet found. The effective-protocols model and the
 * plan use this one rule, so a stack is shown exactly where its values are required.
 */

/** CLR 2.0 (.NET 2.0 / 3.0 / 3.5: key v2.0.50727) or CLR 4 (.NET 4.x: key v4.0.30319). */
export type DotNetRuntime = 'clr2' | 'clr4';

export function runtimeInstalled(runtime: DotNetRuntime, dotNet: readonly string[]): boolean {
  return runtime === 'clr2'
    ? dotNet.some((v) => v === '2.0' || v === '3.0' || v === '3.5')
    : dotNet.some((v) => v.startsWith('4'));
}
