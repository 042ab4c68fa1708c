// Bundles the Electron preload into one CommonJS file: a sandboxed preload cannot load other
// modules, and cannot be an ES module. esbuild comes with Vite's toolchain (via tsx).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entry = 'electron/preload/preload.ts';
if (existsSync(entry)) {
  await build({
    entryPoints: [entry],
    outfile: 'dist/electron/preload/preload.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
  });
}
