import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule, RulePackInfo, StandingQuestion, ValueWord } from '../rule-types.js';

/** What loading one valid pack gives. */
export interface LoadedPack {
  readonly info: RulePackInfo;
  readonly rules: readonly Rule[];
  readonly valueWords: readonly ValueWord[];
  readonly questions: readonly StandingQuestion[];
}

/** One file of a pack as read from disk: its path inside the pack and its text. */
export interface PackFileText {
  readonly relativePath: string;
  readonly text: string;
}

/** Changes when the cached form changes, so that older cache files are not read. */
const CACHE_FORMAT = 2;

/**
 * The cache key of a pack: a hash of every file of the pack (path and text), of the schemas
 * they are validated against, and of the loader's own code. Equal keys mean loading would give
 * the same result, so a cached pack can stand in for parsing and validating it again: parsing
 * the YAML and compiling the schemas took about 600 ms of every CLI run for the built-in pack.
 */
export function packCacheKey(files: readonly PackFileText[], schemaTexts: readonly string[]): string {
  const hash = createHash('sha256').update(`vardekollen-rule-pack-cache/${CACHE_FORMAT}\0${loaderIdentity()}\0`);
  for (const text of schemaTexts) hash.update(`schema\0${text.length}\0${text}`);
  for (const file of files) hash.update(`file\0${file.relativePath}\0${file.text.length}\0${file.text}`);
  return hash.digest('hex');
}

/**
 * A valid pack loaded earlier with this key, or undefined (none, unreadable or damaged: the
 * caller then loads the pack from its files). Paths are stored relative to the pack folder and
 * given back under `packDirectory`, so a moved pack keeps its cache.
 */
export function readCachedPack(cacheDirectory: string, key: string, packDirectory: string): LoadedPack | undefined {
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(cacheFile(cacheDirectory, key), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isStoredPack(stored) || stored.key !== key) return undefined;
  const { pack } = stored;
  try {
    return {
      info: { ...pack.info, directory: packDirectory },
      rules: pack.rules.map((rule) => ({ ...rule, source: { ...rule.source, file: resolve(packDirectory, rule.source.file) } })),
      valueWords: pack.valueWords,
      questions: pack.questions,
    };
  } catch {
    // A file with the right key but not what this code wrote (edited by hand): load the pack.
    return undefined;
  }
}

/**
 * Stores a valid pack under its key. Written to a temporary file and renamed, so that a reader
 * never sees half a file; a cache that cannot be written (read-only home, full disk) is simply
 * not used.
 */
export function writeCachedPack(cacheDirectory: string, key: string, packDirectory: string, pack: LoadedPack): void {
  const portable: LoadedPack = {
    info: { ...pack.info, directory: '' },
    rules: pack.rules.map((rule) => ({ ...rule, source: { ...rule.source, file: relative(packDirectory, rule.source.file) } })),
    valueWords: pack.valueWords,
    questions: pack.questions,
  };
  const file = cacheFile(cacheDirectory, key);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDirectory, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, JSON.stringify({ key, pack: portable }), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}

function cacheFile(cacheDirectory: string, key: string): string {
  return join(cacheDirectory, `pack-${key}.json`);
}

function isStoredPack(value: unknown): value is { key: string; pack: LoadedPack } {
  if (typeof value !== 'object' || value === null) return false;
  const { key, pack } = value as { key?: unknown; pack?: Partial<Record<keyof LoadedPack, unknown>> };
  return typeof key === 'string' && typeof pack === 'object' && pack !== null && typeof pack.info === 'object' && [pack.rules, pack.valueWords, pack.questions].every(Array.isArray);
}

let identity: string | undefined;

/**
 * A hash of the code that turns pack files into rules: this folder, the rule types and the
 * principles, the versions of the YAML parser and the schema validator, and V8's. A cache written by
 * another version of the loader is then never read, whether the code runs from dist/ or from
 * the TypeScript sources.
 */
function loaderIdentity(): string {
  if (identity !== undefined) return identity;
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const directory of [here, dirname(here), join(dirname(dirname(here)), 'principles')]) {
    for (const name of readdirSync(directory).sort()) {
      if (!/\.[cm]?[jt]s$/.test(name)) continue;
      hash.update(`${name}\0`).update(readFileSync(join(directory, name)));
    }
  }
  for (const dependency of ['yaml', 'ajv']) hash.update(`${dependency}@${dependencyVersion(dependency)}\0`);
  // The semantic checks compile every expression: a newer V8 may accept or refuse other syntax.
  hash.update(`v8@${process.versions.v8}\0`);
  identity = hash.digest('hex');
  return identity;
}

function dependencyVersion(name: string): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      return (JSON.parse(readFileSync(join(directory, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
    } catch {
      const parent = dirname(directory);
      if (parent === directory) return '?';
      directory = parent;
    }
  }
}
