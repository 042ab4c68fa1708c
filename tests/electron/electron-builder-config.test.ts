import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * electron-builder cannot package here (no Electron download), so its configuration is checked
 * the way electron-builder itself checks it (its JSON schema, with Ajv) and against the files
 * `npm run build` produced: everything the packaged app loads at run time must be matched by
 * `files`, and every package it imports must be a production dependency.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (...parts: string[]) => join(root, ...parts);

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  fileAssociations: { ext: string; mimeType: string }[];
  linux: { target: string[]; category: string; icon: string };
  win: { target: string[]; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean; deleteAppDataOnUninstall: boolean };
  mac: { target: string[]; category: string; hardenedRuntime: boolean; icon: string; entitlements: string; entitlementsInherit: string };
  electronFuses: Record<string, boolean>;
  directories: { buildResources: string; output: string };
}

const config = parse(readFileSync(at('electron-builder.yml'), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(at('package.json'), 'utf8')) as { main: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };

/** electron-builder's file patterns: in order, the last pattern that matches decides ("!" excludes). */
function packaged(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    if (matchesGlob(file, negated ? pattern.slice(1) : pattern)) included = !negated;
  }
  return included;
}

describe('electron-builder.yml', () => {
  it("is valid by electron-builder's own schema", () => {
    const schema = JSON.parse(readFileSync(at('node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as object;
    // The options electron-builder uses, minus its type coercion, so a sloppy "true" string fails here.
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('describes the app as asked: id, name, asar with the native module unpacked and rebuilt, the targets', () => {
    expect(config.appId).toBe('se.vardekollen.app');
    expect(config.productName).toBe('Värdekollen');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, deleteAppDataOnUninstall: false });
    expect(config.mac).toMatchObject({ target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true });
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['pdf', 'docx']);
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true, grantFileProtocolExtraPrivileges: false });
  });

  it('names build resources that exist: a square PNG icon of at least 512 px and minimal entitlements', () => {
    for (const icon of new Set([config.linux.icon, config.win.icon, config.mac.icon])) {
      const png = readFileSync(at(icon));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(width).toBe(height);
      expect(width).toBeGreaterThanOrEqual(512);
    }
    for (const plist of new Set([config.mac.entitlements, config.mac.entitlementsInherit])) {
      const keys = [...readFileSync(at(plist), 'utf8').matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
      expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
    }
  });

  it('excludes build leftovers: type declarations, tsbuildinfo, the CLI', () => {
    expect(packaged('dist/tsbuildinfo/core.tsbuildinfo')).toBe(false);
    expect(packaged('dist/core/index.d.ts')).toBe(false);
    expect(packaged('dist/core/index.d.ts.map')).toBe(false);
    expect(packaged('dist/cli/main.js')).toBe(false);
    expect(packaged('tests/electron/electron-builder-config.test.ts')).toBe(false);
    expect(packaged('node_modules/electron/index.js')).toBe(false);
  });
});

describe('electron-builder.yml against the build (npm run build)', () => {
  let reached: string[];
  let packages: Set<string>;
  beforeAll(async () => {
    const main = packageJson.main;
    const worker = 'dist/core/import/isolation/import-worker.js';
    for (const file of [main, worker, 'dist/electron/preload/preload.cjs', 'dist/renderer/index.html']) {
      if (!existsSync(at(file))) throw new Error(`${file} is missing: run npm run build first`);
    }
    // What the main process loads at run time, followed through every import by esbuild; the
    // import worker is started by URL (new Worker), so it is an entry of its own.
    const result = await build({ entryPoints: [at(main), at(worker)], bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, outdir: at('.vk-unused'), metafile: true, logLevel: 'silent', absWorkingDir: root });
    reached = Object.keys(result.metafile.inputs);
    packages = new Set(
      Object.values(result.metafile.inputs)
        .flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path))
        .filter((path) => !path.startsWith('node:') && !builtinModules.includes(path))
        .map((path) => (path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]!)),
    );
  });

  it('packages the entry point package.json names, and it is the built main process', () => {
    expect(packageJson.main).toBe('dist/electron/main/main.js');
    expect(packaged('package.json')).toBe(true);
    expect(packaged(packageJson.main)).toBe(true);
    expect(readFileSync(at(packageJson.main), 'utf8')).toContain('requestSingleInstanceLock');
  });

  it('packages every file the main process and the import worker load', () => {
    expect(reached.length).toBeGreaterThan(50);
    for (const file of reached) expect(packaged(file), file).toBe(true);
    expect(reached).toContain('dist/server/security-headers.js');
  });

  it('packages the preload bundle, the renderer, its assets and the rule packs', () => {
    expect(packaged('dist/electron/preload/preload.cjs')).toBe(true);
    const html = readFileSync(at('dist/renderer/index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => `dist/renderer/${m[1]}`);
    expect(assets.length).toBeGreaterThan(0);
    for (const file of ['dist/renderer/index.html', ...assets]) {
      expect(existsSync(at(file)), file).toBe(true);
      expect(packaged(file), file).toBe(true);
    }
    expect(statSync(at('rules/vardegrund')).isDirectory()).toBe(true);
    expect(packaged('rules/vardegrund/pack.yaml')).toBe(true);
    expect(packaged('rules/schema/rule.schema.json')).toBe(true);
  });

  it('finds every package the app imports among the production dependencies (electron-builder packs only those)', () => {
    expect([...packages].sort()).not.toEqual([]);
    for (const name of packages) {
      if (name === 'electron') continue; // provided by the runtime
      expect(Object.keys(packageJson.dependencies), `${name} is imported at run time but is not a dependency`).toContain(name);
      expect(existsSync(at('node_modules', name, 'package.json')), name).toBe(true);
    }
  });

  it("has better-sqlite3's native module where asarUnpack finds it", () => {
    const native = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(existsSync(at(native))).toBe(true);
    expect(config.asarUnpack.some((pattern) => matchesGlob(native, pattern))).toBe(true);
  });
});
