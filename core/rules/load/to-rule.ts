import type { LocalizedText } from '../../errors/localized-text.js';
import { PRINCIPLE_IDS } from '../../principles/principles.js';
import { DOCUMENT_TYPES, type Rule, type RuleBase, type RuleExample } from '../rule-types.js';
import type { RawExample, RawRule } from './raw-rule.js';

/** Words LIX and other document metrics need before they mean anything. */
const DEFAULT_MIN_WORDS = { document: 50, section: 50, sentence: 0 } as const;

/**
 * Applies defaults to a schema-valid rule file. The schema guarantees the fields each kind
 * requires, so the fallbacks below for kind-specific fields are never used for valid input.
 */
export function toRule(raw: RawRule, id: string, pack: string, source: { file: string; line: number }): Rule {
  const base: RuleBase = {
    id,
    pack,
    kind: raw.kind,
    principle: raw.principle,
    subValue: raw.subValue,
    appliesTo: raw.appliesTo ?? DOCUMENT_TYPES,
    when: raw.when ?? [],
    // Only when given, so that the rule set's hash of rules without it stays what it was.
    ...(raw.yieldsTo ? { yieldsTo: raw.yieldsTo } : {}),
    severity: raw.severity,
    enabled: raw.enabled ?? true,
    title: raw.title,
    messages: raw.messages,
    rationale: raw.rationale,
    suggestion: raw.suggestion,
    legal: raw.legal.map(({ note, ...reference }) => ({ ...reference, ...(note !== undefined ? { note: localized(note) } : {}) })),
    examples: { flag: raw.examples.flag.map(toExample), pass: raw.examples.pass.map(toExample) },
    source,
  };
  switch (raw.kind) {
    case 'term':
      return {
        ...base,
        kind: 'term',
        caseSensitive: raw.caseSensitive ?? false,
        terms: (raw.terms ?? []).map((t) => ({
          forms: t.forms,
          ...(t.replacement !== undefined ? { replacement: localized(t.replacement) } : {}),
          compounds: t.compounds ?? 'none',
          message: t.message ?? 'default',
        })),
      };
    case 'pattern':
      return {
        ...base,
        kind: 'pattern',
        patterns: (raw.patterns ?? []).map((p) => (typeof p === 'string' ? { regex: p, message: 'default' } : { regex: p.regex, message: p.message ?? 'default' })),
        scope: raw.scope === 'block' ? 'block' : 'sentence',
        unless: (raw.unless ?? []).map((c) => ({ regex: c.regex, within: c.within ?? 'sentence' })),
        requires: (raw.requires ?? []).map((c) => ({ regex: c.regex, within: c.within ?? 'sentence' })),
      };
    case 'required':
      return { ...base, kind: 'required', anyOf: raw.anyOf ?? [] };
    case 'date-gap':
      return { ...base, kind: 'date-gap', from: raw.from ?? [], to: raw.to ?? [], minDays: raw.minDays ?? 1 };
    case 'metric': {
      const scope = raw.scope === 'section' || raw.scope === 'document' ? raw.scope : raw.scope === 'sentence' ? 'sentence' : defaultMetricScope(raw.metric);
      return {
        ...base,
        kind: 'metric',
        metric: raw.metric ?? 'lix',
        scope,
        above: raw.above ?? 0,
        ...(raw.upTo !== undefined ? { upTo: raw.upTo } : {}),
        minWords: raw.minWords ?? DEFAULT_MIN_WORDS[scope],
        ...(raw.of ? { of: raw.of } : {}),
      };
    }
    case 'coverage':
      return { ...base, kind: 'coverage', principles: raw.principles ?? PRINCIPLE_IDS, minHits: raw.minHits ?? 1 };
    case 'balance':
      return { ...base, kind: 'balance', lists: raw.lists ?? {}, ratio: raw.ratio ?? 2 };
  }
}

function defaultMetricScope(metric: RawRule['metric']): 'sentence' | 'document' {
  return metric === 'lix' || metric === 'passive-share' ? 'document' : 'sentence';
}

function toExample(example: RawExample): RuleExample {
  return typeof example === 'string' ? { text: example } : example;
}

function localized(value: string | LocalizedText): LocalizedText {
  return typeof value === 'string' ? { sv: value, en: value } : value;
}
