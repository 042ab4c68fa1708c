import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as fakeElectron from '../helpers/fake-electron.js';
import { REMOTE_METHOD_NAMES } from '../../../core/service/remote/remote-method-names.js';

/**
 * The preload runs sandboxed: it can `require` only a few modules ('electron' among them) and
 * nothing from disk, so scripts/bundle-preload.mjs bundles it into one CommonJS file. Built
 * here with the same esbuild options, to check what goes into it and that it runs with
 * nothing but `electron` to require.
 */
let code: string;
let inputs: string[];
beforeAll(async () => {
  const result = await build({
    entryPoints: ['electron/preload/preload.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  code = result.outputFiles[0]!.text;
  inputs = Object.keys(result.metafile.inputs).sort();
});

describe('the preload bundle', () => {
  it('holds only the preload, the plain-data method list and the error catalogue', () => {
    for (const input of inputs) {
      expect(input, input).toMatch(/^(electron\/preload\/[a-z-]+\.ts|core\/service\/remote\/remote-method-names\.ts|core\/errors\/error-catalogue\.ts)$/);
    }
    expect(inputs).toContain('electron/preload/preload.ts');
    expect(inputs).toContain('core/service/remote/remote-method-names.ts');
  });

  it('requires electron and nothing else (no Node built-ins)', () => {
    const required = [...code.matchAll(/\brequire\(\s*(["'`])([^"'`]*)\1\s*\)/g)].map((m) => m[2]);
    expect(required).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/node:/);
    expect(code).not.toMatch(/\bprocess\.|__dirname|__filename|\bBuffer\b/);
  });

  it('is small', () => {
    expect(Buffer.byteLength(code)).toBeLessThan(24 * 1024);
  });

  it('runs with only electron to require, and exposes window.vardekollen', () => {
    fakeElectron.resetFakeElectron();
    const module = { exports: {} };
    runInNewContext(code, {
      module,
      exports: module.exports,
      console,
      require: (id: string) => {
        if (id === 'electron') return fakeElectron;
        throw new Error(`module not found: ${id}`);
      },
    });
    const api = fakeElectron.electronState.exposed.get('vardekollen') as Record<string, unknown>;
    for (const name of REMOTE_METHOD_NAMES) expect(typeof api[name], name).toBe('function');
  });
});
