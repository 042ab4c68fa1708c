import type { DateGapRule } from '../../rules/rule-types.js';
import type { AnalysedBlock, AnalysedDocument } from '../analysed-document.js';
import { daysBetween, findDates, type FoundDate } from '../dates/find-dates.js';
import type { Emit, RuleRunner } from '../finding-draft.js';
import { requiredLiterals } from '../prefilter/required-literals.js';

/** How far after its label a date may stand ("Sista ansökningsdag: 2025-03-15"). */
const DATE_WINDOW = 80;

/**
 * What may stand between a label and its date: punctuation and at most three short words
 * ("Sista ansökningsdag är den 15 mars", "Publicerad: 2025-02-20"). A date further on in the
 * sentence belongs to something else ("publicerad på Platsbanken … sista ansökningsdag …").
 */
const LABEL_TO_DATE = /^[\s:;,.–—-]*(?:(?:är|var|blir|den|senast|till|och|med|datum)[\s:;,.–—-]*){0,3}$/iu;

/** A rule's `from` or `to` labels. */
interface Labels {
  readonly regexes: readonly RegExp[];
  /**
   * Matches in every block that holds a label: one of the literals every match of some label
   * contains ("publicer", "sista ans"). Undefined when a label has no such literal.
   */
  readonly mayHold: RegExp | undefined;
}

/**
 * Why the literal test: a long document has thousands of blocks and a label in a handful, and
 * one search for a few literals per block costs a fraction of running every label's regular
 * expression on every block.
 */
function compileLabels(sources: readonly string[]): Labels {
  const regexes = sources.map((s) => new RegExp(s, 'giu'));
  const literals: string[] = [];
  for (const source of sources) {
    const required = requiredLiterals(source);
    if (!required) return { regexes, mayHold: undefined };
    literals.push(...required);
  }
  // The literals are case-folded; `iu` compares them as the labels' own `iu` does.
  return { regexes, mayHold: new RegExp(literals.map(escapeRegExp).join('|'), 'iu') };
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface LabelledDate {
  readonly date: FoundDate;
  readonly label: string;
  readonly block: AnalysedBlock;
}

/**
 * Date gaps: when both an earlier labelled date (publicerad) and a later one (sista
 * ansökningsdag) are given, they must be at least `minDays` apart. JO treats three weeks as
 * the normal application period. When either date is missing the rule says nothing; the
 * required-element rules report missing dates.
 */
export function compileDateGapRule(rule: DateGapRule): RuleRunner {
  const from = compileLabels(rule.from);
  const to = compileLabels(rule.to);
  return {
    rules: [rule],
    run(document: AnalysedDocument, emit: Emit) {
      const earlier = findLabelledDate(document, from);
      const later = findLabelledDate(document, to);
      if (!earlier || !later) return;
      const fallbackYear = new Date().getUTCFullYear();
      const days = daysBetween(earlier.date, later.date, fallbackYear);
      if (days < 0 || days >= rule.minDays) return;
      emit({
        rule,
        span: later.date.span,
        block: later.block,
        data: { days, minDays: rule.minDays, from: earlier.date.text, to: later.date.text },
      });
    },
  };
}

function findLabelledDate(document: AnalysedDocument, labels: Labels): LabelledDate | undefined {
  for (const block of document.blocks) {
    const text = block.block.text;
    if (labels.mayHold && !labels.mayHold.test(text)) continue;
    for (const label of labels.regexes) {
      label.lastIndex = 0;
      for (const match of text.matchAll(label)) {
        const after = (match.index ?? 0) + match[0].length;
        // Labels in a table often sit in one cell and the date in the next block.
        const window = text.slice(after, after + DATE_WINDOW);
        const inBlock = findDates(window, block.block.span.start + after)[0];
        if (inBlock && LABEL_TO_DATE.test(text.slice(after, inBlock.span.start - block.block.span.start))) {
          return { date: inBlock, label: match[0], block };
        }
        const next = document.blocks[block.index + 1];
        if (next && text.length - after < 3) {
          const nextDate = findDates(next.block.text.slice(0, DATE_WINDOW), next.block.span.start)[0];
          if (nextDate) return { date: nextDate, label: match[0], block: next };
        }
      }
    }
  }
  return undefined;
}
