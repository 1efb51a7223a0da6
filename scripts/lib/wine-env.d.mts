/** The environment for a Wine call on the prefix in `prefixDir`. */
export function wineEnv(prefixDir: string): Record<string, string>;
/** Wine maps the Linux root to drive Z:. */
export function toWinPath(linuxPath: string): string;
