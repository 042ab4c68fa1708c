import type { TermEntry, TermRule, CompoundPosition } from '../../rules/rule-types.js';
import { createTermMatcher, type CompoundPosition as MatcherCompound, type TermDefinition } from '../../text/term-matcher.js';
import type { AnalysedDocument } from '../analysed-document.js';
import type { Emit, RuleRunner } from '../finding-draft.js';

interface EntryRef {
  readonly rule: TermRule;
  readonly entry: TermEntry;
  /** The exact forms, for case-sensitive rules. */
  readonly forms: ReadonlySet<string>;
}

/** The matcher's name for "anywhere in a compound" is `both`. */
export function toMatcherCompound(position: CompoundPosition): MatcherCompound {
  return position === 'any' ? 'both' : position;
}

/**
 * All term rules run as one: every form of every entry goes into one term matcher, so the
 * document's tokens are walked once whatever the number of rules. Forms are matched exactly as
 * written (the rule lists its inflections); `compounds` lets a one-word form match inside
 * compound words.
 */
export function compileTermRules(rules: readonly TermRule[]): RuleRunner {
  const refs: EntryRef[] = [];
  const definitions: TermDefinition[] = [];
  for (const rule of rules) {
    for (const entry of rule.terms) {
      const id = String(refs.length);
      refs.push({ rule, entry, forms: new Set(entry.forms) });
      for (const form of entry.forms) {
        definitions.push({ term: form, id, endings: [''], compounds: form.includes(' ') ? 'none' : toMatcherCompound(entry.compounds) });
      }
    }
  }
  const matcher = createTermMatcher(definitions, { minCompoundTermLength: 3 });

  return {
    rules,
    run(document: AnalysedDocument, emit: Emit) {
      for (const block of document.blocks) {
        for (const sentence of block.sentences) {
          const hits = matcher.findInSentence(sentence);
          if (hits.length === 0) continue;
          const lastEndByRule = new Map<string, number>();
          for (const hit of hits) {
            const ref = refs[Number(hit.id)];
            if (!ref || !ref.rule.appliesTo.includes(document.type)) continue;
            if (ref.rule.caseSensitive && !ref.forms.has(hit.matchText)) continue;
            // Without compounds a form must be the whole word: "icke" is not flagged in
            // "icke-diskriminering", where the matcher sees the hyphenated part as a word.
            if (ref.entry.compounds === 'none' && hit.position !== 'phrase' && hit.matchSpan.start !== hit.span.start) continue;
            if (ref.entry.compounds === 'none' && hit.position !== 'phrase' && hit.matchSpan.end !== hit.span.end) continue;
            // Two forms of one rule found on the same words ("äga rum" and "rum") are one hit.
            if (hit.span.start < (lastEndByRule.get(ref.rule.id) ?? -1)) continue;
            lastEndByRule.set(ref.rule.id, hit.span.end);
            emit({
              rule: ref.rule,
              messageId: ref.entry.message,
              span: hit.span,
              block,
              sentence,
              data: { match: hit.text, replacement: ref.entry.replacement ?? '' },
              replacement: ref.entry.replacement,
            });
          }
        }
      }
    },
  };
}
