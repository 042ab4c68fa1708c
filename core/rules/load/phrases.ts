import type { RawRule } from './raw-rule.js';

/**
 * Named regular-expression phrases of a rule pack (phrases.yaml), used in rule expressions as
 * `{{name}}`.
 *
 * Why: Swedish says "must not" in many word orders. "Medarbetare får inte", "får medarbetare
 * inte" after a fronted adverbial, "att medarbetare inte får" in a subordinate clause, "äger
 * icke att" in old officialese, "det är inte tillåtet att". Every prohibition rule used to
 * spell its own subset of these, and blind tests kept finding the order a rule had left out.
 * A phrase is written once, and every rule that uses it gets each construction added to it.
 * `{{` cannot start anything in a valid expression (a lone `{` is a syntax error with the `u`
 * flag), so a reference can never be mistaken for part of an expression.
 */
export type PhraseDefinition = ({ readonly regex: string } | { readonly alternatives: readonly string[] }) & { readonly description?: string };

export type PhraseTable = ReadonlyMap<string, string>;

/** A problem with a phrase or a reference, at a path in its YAML file. */
export interface PhraseIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

/** Longest expression accepted as written; long ones are hard to review and easy to make slow. */
export const MAX_WRITTEN_LENGTH = 2000;

const REFERENCE = /\{\{([^{}]*)\}\}/g;

/**
 * Resolves a pack's phrases: references between phrases are expanded (a phrase may build on
 * others), each phrase becomes one non-capturing group, and a phrase that refers to an unknown
 * one, to itself through others, or does not compile is reported instead of kept.
 */
export function resolvePhrases(definitions: Readonly<Record<string, PhraseDefinition>>): { phrases: PhraseTable; issues: PhraseIssue[] } {
  const issues: PhraseIssue[] = [];
  const resolved = new Map<string, string | undefined>();
  const resolving = new Set<string>();

  const resolve = (name: string): string | undefined => {
    if (resolved.has(name)) return resolved.get(name);
    const definition = definitions[name];
    if (!definition) return undefined;
    if (resolving.has(name)) {
      issues.push({ path: ['phrases', name], message: `phrase "${name}" refers to itself (through ${[...resolving].join(' → ')})` });
      resolved.set(name, undefined);
      return undefined;
    }
    resolving.add(name);
    const source = 'regex' in definition ? definition.regex : definition.alternatives.join('|');
    const field = 'regex' in definition ? 'regex' : 'alternatives';
    const expanded = expandReferences(source, (reference) => {
      const inner = resolve(reference);
      if (inner === undefined && !resolved.has(reference)) {
        issues.push({ path: ['phrases', name, field], message: unknownMessage(reference, definitions) });
      }
      return inner;
    });
    resolving.delete(name);
    let group = expanded === undefined ? undefined : `(?:${expanded})`;
    if (group !== undefined) {
      try {
        new RegExp(group, 'iu');
      } catch (error) {
        issues.push({ path: ['phrases', name, field], message: `phrase "${name}" is not a valid expression: ${error instanceof Error ? error.message : String(error)}` });
        group = undefined;
      }
    }
    resolved.set(name, group);
    return group;
  };

  const phrases = new Map<string, string>();
  for (const name of Object.keys(definitions)) {
    const group = resolve(name);
    if (group !== undefined) phrases.set(name, group);
  }
  return { phrases, issues };
}

/**
 * The rule with every `{{name}}` in its expressions replaced by the phrase, and a located issue
 * for each reference to a phrase the pack does not define. A rule without references comes back
 * as it was.
 */
export function expandRulePhrases(rule: RawRule, phrases: PhraseTable, known: ReadonlySet<string> = new Set(phrases.keys())): { rule: RawRule; issues: PhraseIssue[] } {
  const issues: PhraseIssue[] = [];
  const expand = (source: string, path: (string | number)[]): string => {
    // Read by people as written, so limited as written: a phrase counts as its name.
    if (source.length > MAX_WRITTEN_LENGTH) issues.push({ path, message: `regular expression longer than ${MAX_WRITTEN_LENGTH} characters` });
    if (!source.includes('{{')) return source;
    const expanded = expandReferences(source, (name) => {
      const phrase = phrases.get(name);
      if (phrase === undefined) issues.push({ path, message: known.has(name) ? `phrase "${name}" is invalid (see phrases.yaml)` : unknownMessage(name, Object.fromEntries([...known].map((k) => [k, true]))) });
      return phrase;
    });
    return expanded ?? source;
  };
  const expandList = (list: readonly string[] | undefined, field: string): string[] | undefined => list?.map((source, i) => expand(source, [field, i]));
  const expandConditions = (list: RawRule['unless'], field: string): RawRule['unless'] => list?.map((c, i) => ({ ...c, regex: expand(c.regex, [field, i, 'regex']) }));

  const expanded: RawRule = {
    ...rule,
    ...(rule.patterns && {
      patterns: rule.patterns.map((p, i) => (typeof p === 'string' ? expand(p, ['patterns', i]) : { ...p, regex: expand(p.regex, ['patterns', i, 'regex']) })),
    }),
    ...(rule.unless && { unless: expandConditions(rule.unless, 'unless') }),
    ...(rule.requires && { requires: expandConditions(rule.requires, 'requires') }),
    ...(rule.anyOf && { anyOf: expandList(rule.anyOf, 'anyOf') }),
    ...(rule.when && { when: expandList(rule.when, 'when') }),
    ...(rule.from && { from: expandList(rule.from, 'from') }),
    ...(rule.to && { to: expandList(rule.to, 'to') }),
  };
  return { rule: expanded, issues };
}

/** `source` with each `{{name}}` replaced by `lookup(name)`; undefined when any lookup fails. */
function expandReferences(source: string, lookup: (name: string) => string | undefined): string | undefined {
  let failed = false;
  const expanded = source.replace(REFERENCE, (_, name: string) => {
    const phrase = lookup(name.trim());
    if (phrase === undefined) failed = true;
    return phrase ?? '';
  });
  return failed ? undefined : expanded;
}

function unknownMessage(name: string, known: Readonly<Record<string, unknown>>): string {
  const names = Object.keys(known).sort();
  return `unknown phrase "{{${name}}}": ${names.length > 0 ? `phrases.yaml defines ${names.join(', ')}` : 'no phrases are defined (phrases.yaml is missing or invalid)'}`;
}
