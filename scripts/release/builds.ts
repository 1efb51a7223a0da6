/** The two Windows builds and their electron-builder configurations. */
export const BUILDS = {
  current: { config: 'electron-builder.yml', label: 'Windows 10 / 11 (x64, arm64)' },
  legacy: {
    config: 'electron-builder.legacy.yml',
    label: 'Windows 7 / 8.x and 32-bit Windows 10 (ia32, x64)',
  },
} as const;

export type BuildName = keyof typeof BUILDS;

export function isBuildName(value: string | undefined): value is BuildName {
  return value === 'current' || value === 'legacy';
}
