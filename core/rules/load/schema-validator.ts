import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';

// Loaded on first use, not with this module: a rule pack found in the cache (see pack-cache.ts)
// is not validated again, and loading ajv cost every vardekollen run some 40 ms.
const requireModule = createRequire(import.meta.url);

/** The published schemas (rules/schema/*.json), compiled once per schema folder. */
export interface SchemaValidators {
  readonly rule: ValidateFunction;
  readonly pack: ValidateFunction;
  readonly valueWords: ValidateFunction;
  readonly standingQuestions: ValidateFunction;
  readonly phrases: ValidateFunction;
}

const cache = new Map<string, SchemaValidators>();

/** The schema files, by what they validate. */
const SCHEMA_FILES = ['rule.schema.json', 'pack.schema.json', 'value-words.schema.json', 'standing-questions.schema.json', 'phrases.schema.json'] as const;

/** The text of every schema file, in a fixed order (what validation depends on). */
export function schemaTexts(schemaDirectory: string): string[] {
  return SCHEMA_FILES.map((name) => readFileSync(join(schemaDirectory, name), 'utf8'));
}

export function schemaValidators(schemaDirectory: string): SchemaValidators {
  const cached = cache.get(schemaDirectory);
  if (cached) return cached;
  const { Ajv } = requireModule('ajv') as typeof AjvModule;
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, strictRequired: false });
  // URIs in rules are checked loosely: an absolute URI with a scheme.
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  const load = (name: string): object => JSON.parse(readFileSync(join(schemaDirectory, name), 'utf8')) as object;
  for (const name of SCHEMA_FILES) ajv.addSchema(load(name));
  const get = (id: string): ValidateFunction => {
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`schema ${id} missing in ${schemaDirectory}`);
    return validate;
  };
  const validators = {
    rule: get('https://vardekollen.se/schema/rule.schema.json'),
    pack: get('https://vardekollen.se/schema/pack.schema.json'),
    valueWords: get('https://vardekollen.se/schema/value-words.schema.json'),
    standingQuestions: get('https://vardekollen.se/schema/standing-questions.schema.json'),
    phrases: get('https://vardekollen.se/schema/phrases.schema.json'),
  };
  cache.set(schemaDirectory, validators);
  return validators;
}

/** Turns ajv's errors into located, readable messages, dropping the noise `oneOf`/`if` produce. */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): { path: (string | number)[]; message: string }[] {
  if (!errors) return [];
  const meaningful = errors.filter((e) => !['oneOf', 'if', 'anyOf'].includes(e.keyword));
  const chosen = meaningful.length > 0 ? meaningful : errors;
  const seen = new Set<string>();
  const described: { path: (string | number)[]; message: string }[] = [];
  for (const error of chosen) {
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const where = error.instancePath || '(top level)';
    let message = `${where} ${error.message ?? 'is invalid'}`;
    if (error.keyword === 'additionalProperties') message = `${where}: unknown field "${String(error.params['additionalProperty'])}"`;
    if (error.keyword === 'enum') message = `${where} must be one of ${(error.params['allowedValues'] as unknown[]).map(String).join(', ')}`;
    if (error.keyword === 'required') message = `${where}: missing field "${String(error.params['missingProperty'])}"`;
    if (seen.has(message)) continue;
    seen.add(message);
    described.push({ path, message });
  }
  return described;
}
