import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The renderer is built once into dist/renderer and served from there by both shells (Electron
 * loads it from disk, the loopback server serves it). Relative asset paths make it work from
 * file:// and from any port.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or eval, so the strict Content-Security-Policy holds.
    modulePreload: { polyfill: false },
  },
});
