import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Värdekollen's package.json and rules/, found by walking up from this
 * file: works from the TypeScript sources, from dist/ and from an unpacked Electron app.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules', 'schema'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the Värdekollen package root (package.json next to rules/schema)');
    dir = parent;
  }
}

/** The built-in rule pack (den statliga värdegrunden). */
export function builtinRulesDirectory(): string {
  return join(packageRoot(), 'rules', 'vardegrund');
}

/** The published JSON Schemas for rule files. */
export function schemaDirectory(): string {
  return join(packageRoot(), 'rules', 'schema');
}

/** Värdekollen's version, from package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
