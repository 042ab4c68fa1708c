import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { VardekollenError } from '../../errors/index.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { schemaDirectory as defaultSchemaDirectory } from '../../util/package-paths.js';
import type { Rule, RulePackInfo, StandingQuestion, ValueWord } from '../rule-types.js';
import { principleById } from '../../principles/principles.js';
import { checkRuleSemantics } from './check-rule-semantics.js';
import { formatIssue, type RuleLoadIssue } from './load-issue.js';
import type { RawRule } from './raw-rule.js';
import { packCacheKey, readCachedPack, writeCachedPack, type LoadedPack, type PackFileText } from './pack-cache.js';
import { describeSchemaErrors, schemaTexts, schemaValidators, type SchemaValidators } from './schema-validator.js';
import { toRule } from './to-rule.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import { namesRule } from '../names-rule.js';
import { expandRulePhrases, resolvePhrases, type PhraseDefinition, type PhraseTable } from './phrases.js';

export interface LoadRulePacksOptions {
  /** Pack folders (with pack.yaml), or folders whose subfolders are packs. */
  readonly directories: readonly string[];
  /** Rule ids to turn off; "pack/folder/*" turns off a whole folder. */
  readonly disabled?: readonly string[];
  /** Rule ids to turn on even if their file says `enabled: false`. */
  readonly enabled?: readonly string[];
  readonly schemaDirectory?: string;
  /**
   * A folder where valid packs are kept once loaded (see pack-cache.ts), so that later runs
   * skip parsing and validating files that have not changed; none when undefined.
   */
  readonly cacheDirectory?: string;
}

/** The rules a check runs with, and what identifies them in a signed review. */
export interface RuleSet {
  /** Every loaded rule, enabled or not. */
  readonly rules: readonly Rule[];
  /** The rules that run. */
  readonly active: readonly Rule[];
  readonly valueWords: readonly ValueWord[];
  /** Standing questions of all packs. */
  readonly questions: readonly StandingQuestion[];
  readonly packs: readonly RulePackInfo[];
  /** Pack names and versions, e.g. "vardegrund@1.0.0+migrationsverket@0.1.0". */
  readonly version: string;
  /** SHA-256 of the canonical JSON of the active rules and value words (independent of where they were installed). */
  readonly hash: string;
}

const PACK_FILE = 'pack.yaml';
const VALUE_WORDS_FILE = 'value-words.yaml';
/** Top-level pack files that are data for other parts of the product, not rules. */
const QUESTIONS_FILE = 'standing-questions.yaml';
const PHRASES_FILE = 'phrases.yaml';
const PACK_DATA_FILES = new Set([PACK_FILE, VALUE_WORDS_FILE, QUESTIONS_FILE, PHRASES_FILE]);

/**
 * Loads and validates rule packs. Every file is checked against the published schema and
 * the semantic checks; all problems are collected and reported together with file and line
 * (RULES_INVALID), and nothing is loaded unless everything is valid — a half-loaded rule set
 * would silently check less than the user believes.
 */
export function loadRulePacks(options: LoadRulePacksOptions): RuleSet {
  const schemaDirectory = options.schemaDirectory ?? defaultSchemaDirectory();
  // Compiled only when some pack is not in the cache: compiling the schemas is slow.
  let validators: SchemaValidators | undefined;
  const context: PackContext = {
    validators: () => (validators ??= schemaValidators(schemaDirectory)),
    schemaDirectory,
    cacheDirectory: options.cacheDirectory,
  };
  const issues: RuleLoadIssue[] = [];
  const rules: Rule[] = [];
  const valueWords: ValueWord[] = [];
  const questions: StandingQuestion[] = [];
  const packs: RulePackInfo[] = [];

  for (const packDirectory of options.directories.flatMap(findPackDirectories)) {
    const loaded = loadPackCached(packDirectory, context, issues);
    if (!loaded) continue;
    if (packs.some((p) => p.name === loaded.info.name)) {
      issues.push({ file: join(packDirectory, PACK_FILE), line: 1, column: 1, message: `a pack named "${loaded.info.name}" is already loaded` });
      continue;
    }
    packs.push(loaded.info);
    rules.push(...loaded.rules);
    valueWords.push(...loaded.valueWords);
    questions.push(...loaded.questions);
  }

  const known = new Set(rules.map((r) => r.id));
  for (const id of [...(options.disabled ?? []), ...(options.enabled ?? [])]) {
    if (!matchesAny(id, known)) throw new VardekollenError('UNKNOWN_RULE', { id });
  }
  // A misspelt id would make a safety-net rule repeat what it was meant to leave to another.
  for (const rule of rules) {
    for (const id of rule.yieldsTo ?? []) {
      if (!matchesAny(id, known)) issues.push({ ...rule.source, column: 1, message: `yieldsTo: "${id}" names no loaded rule` });
    }
    // A density over rules that do not exist would silently never fire.
    if (rule.kind === 'metric' && rule.metric === 'finding-density') {
      if (!rule.of || rule.of.length === 0) issues.push({ ...rule.source, column: 1, message: 'metric finding-density needs "of": the rules whose findings it counts' });
      for (const id of rule.of ?? []) {
        if (!matchesAny(id, known)) issues.push({ ...rule.source, column: 1, message: `of: "${id}" names no loaded rule` });
      }
    }
  }
  if (issues.length > 0) {
    throw new VardekollenError('RULES_INVALID', { count: issues.length }, { details: issues.map(formatIssue) });
  }

  const active = rules.filter((rule) => isActive(rule, options));
  return {
    rules,
    active,
    valueWords,
    questions,
    packs,
    version: packs.map((p) => `${p.name}@${p.version}`).join('+'),
    hash: hashRuleSet(active, valueWords, questions),
  };
}

interface PackContext {
  readonly validators: () => SchemaValidators;
  readonly schemaDirectory: string;
  readonly cacheDirectory: string | undefined;
}

/** A pack's YAML files (absolute paths, in load order) and the texts of those that could be read. */
interface PackFiles {
  readonly files: readonly string[];
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * Loads a pack from the cache when its files, the schemas and the loader are those it was
 * cached with; otherwise from its files, caching it when it is valid. An invalid pack is
 * never cached, so its problems are reported, with lines, every time.
 */
function loadPackCached(directory: string, context: PackContext, issues: RuleLoadIssue[]): LoadedPack | undefined {
  const pack = readPackFiles(directory);
  const cacheDirectory = context.cacheDirectory;
  let key: string | undefined;
  // A file that could not be read is reported by loadPack; such a pack is not cached.
  if (cacheDirectory !== undefined && pack.texts.size === pack.files.length) {
    const files = [...pack.texts].map(([file, text]) => ({ relativePath: relative(directory, file).split(sep).join('/'), text }));
    key = cacheKeyOrNothing(files, context.schemaDirectory);
    const cached = key === undefined ? undefined : readCachedPack(cacheDirectory, key, directory);
    if (cached) return cached;
  }
  const before = issues.length;
  const loaded = loadPack(directory, pack, context.validators(), issues);
  if (loaded && key !== undefined && cacheDirectory !== undefined && issues.length === before) writeCachedPack(cacheDirectory, key, directory, loaded);
  return loaded;
}

/**
 * The pack's cache key, or undefined when it cannot be made (a schema file or the loader's own
 * files cannot be read): then the pack is loaded from its files, which reports any real
 * problem, and the cache is simply not used.
 */
function cacheKeyOrNothing(files: readonly PackFileText[], schemaDirectory: string): string | undefined {
  try {
    return packCacheKey(files, schemaTexts(schemaDirectory));
  } catch {
    return undefined;
  }
}

/** Every YAML file of a pack, listed and read once: the cache key and the parser both need them. */
function readPackFiles(directory: string): PackFiles {
  const files = listYamlFiles(directory);
  const texts = new Map<string, string>();
  for (const file of files) {
    try {
      texts.set(file, readFileSync(file, 'utf8'));
    } catch {
      // readYamlText reads it again when the pack is loaded, and reports why it cannot.
    }
  }
  return { files, texts };
}

function loadPack(directory: string, { files, texts }: PackFiles, validators: SchemaValidators, issues: RuleLoadIssue[]): LoadedPack | undefined {
  const readYaml = (file: string): YamlSource | undefined => readYamlText(file, texts.get(file), issues);
  const packSource = readYaml(join(directory, PACK_FILE));
  if (!packSource || !validate(packSource, validators.pack, issues)) return undefined;
  const pack = packSource.value as Omit<RulePackInfo, 'directory' | 'ruleCount'>;
  const phrases = loadPhrases(readYaml, join(directory, PHRASES_FILE), validators, issues);

  const rules: Rule[] = [];
  for (const file of files) {
    const relativePath = relative(directory, file).split(sep).join('/');
    if (!relativePath.includes('/')) {
      if (!PACK_DATA_FILES.has(relativePath)) {
        issues.push({ file, line: 1, column: 1, message: `unexpected file at the top of the pack; rules belong in subfolders (known files: ${[...PACK_DATA_FILES].join(', ')})` });
      }
      continue;
    }
    const source = readYaml(file);
    if (!source || !validate(source, validators.rule, issues)) continue;
    const id = `${pack.name}/${relativePath.replace(/\.ya?ml$/, '')}`;
    if (!/^[a-z0-9/-]+$/.test(id)) {
      issues.push({ file, line: 1, column: 1, message: `rule id "${id}" may only use a-z, 0-9, - and / (rename the file)` });
      continue;
    }
    const expanded = expandRulePhrases(source.value as RawRule, phrases.table, phrases.names);
    for (const issue of expanded.issues) issues.push({ file, ...source.positionOf(issue.path), message: issue.message });
    const rule = toRule(expanded.rule, id, pack.name, { file, line: 1 });
    for (const issue of checkRuleSemantics(rule)) {
      const pos = source.positionOf(issue.path);
      issues.push({ file, line: pos.line, column: pos.column, message: issue.message });
    }
    rules.push(rule);
  }

  const valueWords: ValueWord[] = [];
  const valueWordsFile = join(directory, VALUE_WORDS_FILE);
  if (existsSync(valueWordsFile)) {
    const source = readYaml(valueWordsFile);
    if (source && validate(source, validators.valueWords, issues)) {
      const list = source.value as { words: { word: string; principles: ValueWord['principles']; forms?: string[]; compounds?: ValueWord['compounds'] }[] };
      for (const entry of list.words) {
        valueWords.push({ word: entry.word, principles: entry.principles, forms: entry.forms ?? [], compounds: entry.compounds ?? 'any', pack: pack.name });
      }
    }
  }
  const questions = loadStandingQuestions(readYaml, join(directory, QUESTIONS_FILE), pack.name, validators, issues);
  return { info: { ...pack, directory, ruleCount: rules.length }, rules, valueWords, questions };
}

/** Parses a file already read (`text`), or reads it again to report why it cannot be read. */
function readYamlText(file: string, known: string | undefined, issues: RuleLoadIssue[]): YamlSource | undefined {
  let text: string;
  try {
    text = known ?? readFileSync(file, 'utf8');
  } catch (error) {
    issues.push({ file, line: 1, column: 1, message: `cannot read: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
  const source = parseYamlSource(file, text);
  for (const error of source.syntaxErrors) issues.push({ file, line: error.line, column: error.column, message: `YAML: ${error.message}` });
  return source.syntaxErrors.length > 0 ? undefined : source;
}

function validate(source: YamlSource, validator: SchemaValidators['rule'], issues: RuleLoadIssue[]): boolean {
  if (validator(source.value)) return true;
  for (const problem of describeSchemaErrors(validator.errors)) {
    const pos = source.positionOf(problem.path);
    issues.push({ file: source.file, line: pos.line, column: pos.column, message: problem.message });
  }
  return false;
}

/** A folder with pack.yaml is a pack; otherwise each direct subfolder with pack.yaml is. */
function findPackDirectories(directory: string): string[] {
  if (existsSync(join(directory, PACK_FILE))) return [directory];
  let children: string[] = [];
  try {
    children = readdirSync(directory)
      .map((name) => join(directory, name))
      .filter((path) => statSync(path).isDirectory() && existsSync(join(path, PACK_FILE)));
  } catch {
    children = [];
  }
  if (children.length === 0) throw new VardekollenError('RULES_NOT_FOUND', { path: directory });
  return children.sort();
}

function listYamlFiles(directory: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name)) files.push(path);
    }
  };
  walk(directory);
  return files;
}

function isActive(rule: Rule, options: LoadRulePacksOptions): boolean {
  if (matchesAny(rule.id, new Set(), options.disabled)) return false;
  if (matchesAny(rule.id, new Set(), options.enabled)) return true;
  return rule.enabled;
}

/** `pattern` is an id or "prefix/*"; matches when some known id (or `id` itself against the patterns) fits. */
function matchesAny(idOrPattern: string, known: ReadonlySet<string>, patterns?: readonly string[]): boolean {
  if (patterns) return patterns.some((p) => matchesId(idOrPattern, p));
  for (const id of known) if (matchesId(id, idOrPattern)) return true;
  return false;
}

function matchesId(id: string, pattern: string): boolean {
  return namesRule([pattern], id);
}

function hashRuleSet(active: readonly Rule[], valueWords: readonly ValueWord[], questions: readonly StandingQuestion[]): string {
  const portable = active.map(({ source: _source, ...rule }) => rule);
  return createHash('sha256').update(canonicalJson({ rules: portable, valueWords, questions })).digest('hex');
}


/** The pack's phrases (none without phrases.yaml); problems in the file are reported with their lines. */
function loadPhrases(
  readYaml: (file: string) => YamlSource | undefined,
  file: string,
  validators: SchemaValidators,
  issues: RuleLoadIssue[],
): { table: PhraseTable; names: ReadonlySet<string> } {
  if (!existsSync(file)) return { table: new Map(), names: new Set() };
  const source = readYaml(file);
  if (!source || !validate(source, validators.phrases, issues)) return { table: new Map(), names: new Set() };
  const definitions = (source.value as { phrases: Record<string, PhraseDefinition> }).phrases;
  const resolved = resolvePhrases(definitions);
  for (const issue of resolved.issues) issues.push({ file, ...source.positionOf(issue.path), message: issue.message });
  return { table: resolved.phrases, names: new Set(Object.keys(definitions)) };
}

type RawQuestion = Omit<StandingQuestion, 'id' | 'pack' | 'legal'> & { id: string; legal?: StandingQuestion['legal'] };

function loadStandingQuestions(
  readYaml: (file: string) => YamlSource | undefined,
  file: string,
  pack: string,
  validators: SchemaValidators,
  issues: RuleLoadIssue[],
): StandingQuestion[] {
  if (!existsSync(file)) return [];
  const source = readYaml(file);
  if (!source || !validate(source, validators.standingQuestions, issues)) return [];
  const raw = (source.value as { questions: RawQuestion[] }).questions;
  const seen = new Set<string>();
  return raw.flatMap((question, index) => {
    const pos = (): { line: number; column: number } => source.positionOf(['questions', index]);
    if (seen.has(question.id)) {
      issues.push({ file, ...pos(), message: `duplicate question id "${question.id}"` });
      return [];
    }
    seen.add(question.id);
    if (!principleById(question.principle).subValues.some((s) => s.id === question.subValue)) {
      issues.push({ file, ...pos(), message: `subValue "${question.subValue}" is not a sub-value of ${question.principle}` });
      return [];
    }
    return [{ ...question, id: `${pack}/${question.id}`, pack, legal: question.legal ?? [] }];
  });
}
