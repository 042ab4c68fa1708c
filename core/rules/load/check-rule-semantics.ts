import { principleById } from '../../principles/principles.js';
import type { LocalizedText } from '../../errors/localized-text.js';
import type { Rule } from '../rule-types.js';
import { PLACEHOLDERS, placeholdersIn } from './rule-placeholders.js';

/** A semantic problem, pointing at the YAML path it concerns. */
export interface SemanticIssue {
  readonly path: (string | number)[];
  readonly message: string;
}

/** Shortest stem a balance list may end with "*". */
const MIN_STEM_LENGTH = 4;

/**
 * Longest regular expression accepted once its phrases are expanded (see phrases.ts, which
 * limits the expression as written to 2,000 characters): a guard against phrases nested
 * into something no engine should run.
 */
const MAX_REGEX_LENGTH = 8000;

/**
 * Checks what the schema cannot: the sub-value belongs to the principle, every regular
 * expression compiles, messages use only the placeholders their kind fills (the same in both
 * languages), every message id used exists, and examples are not repeated.
 */
export function checkRuleSemantics(rule: Rule): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const principle = principleById(rule.principle);
  if (!principle.subValues.some((s) => s.id === rule.subValue)) {
    issues.push({
      path: ['subValue'],
      message: `subValue "${rule.subValue}" is not a sub-value of ${rule.principle} (one of: ${principle.subValues.map((s) => s.id).join(', ')})`,
    });
  }
  for (const [id, message] of Object.entries(rule.messages)) {
    issues.push(...checkTemplate(message, rule.kind, ['messages', id]));
  }

  const usedMessageIds: { id: string; path: (string | number)[] }[] = [];
  const regexes: { source: string; path: (string | number)[] }[] = [];
  switch (rule.kind) {
    case 'term':
      rule.terms.forEach((term, i) => usedMessageIds.push({ id: term.message, path: ['terms', i, 'message'] }));
      break;
    case 'pattern':
      rule.patterns.forEach((p, i) => {
        regexes.push({ source: p.regex, path: ['patterns', i] });
        usedMessageIds.push({ id: p.message, path: ['patterns', i] });
      });
      rule.unless.forEach((c, i) => regexes.push({ source: c.regex, path: ['unless', i, 'regex'] }));
      rule.requires.forEach((c, i) => regexes.push({ source: c.regex, path: ['requires', i, 'regex'] }));
      break;
    case 'required':
      rule.anyOf.forEach((source, i) => regexes.push({ source, path: ['anyOf', i] }));
      break;
    case 'date-gap':
      rule.from.forEach((source, i) => regexes.push({ source, path: ['from', i] }));
      rule.to.forEach((source, i) => regexes.push({ source, path: ['to', i] }));
      break;
    case 'balance':
      for (const [name, entries] of Object.entries(rule.lists)) {
        entries.forEach((entry, i) => {
          if (entry.endsWith('*') && entry.length - 1 < MIN_STEM_LENGTH) {
            issues.push({ path: ['lists', name, i], message: `stem "${entry}" is too short: a stem needs at least ${MIN_STEM_LENGTH} letters before "*" so that it does not catch unrelated words` });
          }
        });
      }
      break;
    default:
      break;
  }
  rule.when.forEach((source, i) => regexes.push({ source, path: ['when', i] }));
  for (const { source, path } of regexes) {
    const problem = regexProblem(source);
    if (problem) issues.push({ path, message: problem });
  }
  rule.examples.flag.forEach((example, i) => {
    if (example.message !== undefined) usedMessageIds.push({ id: example.message, path: ['examples', 'flag', i, 'message'] });
  });
  for (const { id, path } of usedMessageIds) {
    if (!Object.hasOwn(rule.messages, id)) issues.push({ path, message: `unknown message id "${id}" (defined: ${Object.keys(rule.messages).join(', ')})` });
  }

  const seen = new Map<string, string>();
  for (const list of ['flag', 'pass'] as const) {
    rule.examples[list].forEach((example, i) => {
      const earlier = seen.get(example.text);
      if (earlier) issues.push({ path: ['examples', list, i], message: `duplicate example (also ${earlier})` });
      else seen.set(example.text, `examples.${list}[${i}]`);
    });
  }
  return issues;
}

function checkTemplate(template: LocalizedText, kind: Rule['kind'], path: (string | number)[]): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const allowed = PLACEHOLDERS[kind];
  const sv = placeholdersIn(template.sv);
  const en = placeholdersIn(template.en);
  for (const name of new Set([...sv, ...en])) {
    if (!allowed.includes(name)) {
      issues.push({ path, message: `placeholder {${name}} is not filled by kind ${kind} (available: ${allowed.map((a) => `{${a}}`).join(', ') || 'none'})` });
    }
  }
  const missingInEn = sv.filter((name) => !en.includes(name));
  const missingInSv = en.filter((name) => !sv.includes(name));
  if (missingInEn.length > 0 || missingInSv.length > 0) {
    issues.push({ path, message: `the Swedish and English messages use different placeholders (${[...missingInEn, ...missingInSv].join(', ')})` });
  }
  return issues;
}

/** Why a pattern is unusable, or undefined when it compiles with the flags the engine uses. */
export function regexProblem(source: string): string | undefined {
  if (source.length > MAX_REGEX_LENGTH) return `regular expression longer than ${MAX_REGEX_LENGTH} characters`;
  try {
    new RegExp(source, 'iu');
    return undefined;
  } catch (error) {
    return `invalid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
}
