// Minimal types for js-yaml 4 (a dependency of electron-builder; @types/js-yaml is not installed).
declare module 'js-yaml' {
  export interface LoadOptions {
    filename?: string;
    json?: boolean;
  }
  export function load(str: string, opts?: LoadOptions): unknown;
}
