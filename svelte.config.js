// Svelte 5 for the renderer: runes everywhere, TypeScript in components (stripped by Svelte
// itself, so no preprocessor is needed), CSS emitted to files so that the strict CSP holds.
// CommonJS because package.json has no "type" and this file must load without a warning.
module.exports = {
  compilerOptions: { runes: true },
};
