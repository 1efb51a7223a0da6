import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The wizard's window: plain files loaded from the package, no dev server in production.
 * Chromium 108 is the oldest engine it runs on (Electron 22, the legacy build for Windows 7 / 8.1).
 */
export default defineConfig({
  root: 'src-renderer',
  base: './',
  // The root is src-renderer: name the config beside this file explicitly.
  plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) })],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome108',
    sourcemap: false,
    // One small bundle: nothing to preload, and no polyfill code for it.
    modulePreload: false,
    reportCompressedSize: true,
  },
});
