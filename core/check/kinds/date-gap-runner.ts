import type { DateGapRule } from '../../rules/rule-types.js';
import type { AnalysedBlock, AnalysedDocument } from '../analysed-document.js';
import { daysBetween, findDates, type FoundDate } from '../dates/find-dates.js';
import type { Emit, RuleRunner } from '../finding-draft.js';
import { LiteralPrefilter, type PrefilterHandle } from '../prefilter/literal-prefilter.js';

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
  /** The labels as registered with the shared literal prefilter: they find the blocks a label may stand in. */
  readonly handles: readonly PrefilterHandle[];
}

/**
 * Why the prefilter: a long document has thousands of blocks and a label in a handful. The
 * shared scan (run once for all rules) already knows which blocks hold a label's literals
 * ("publicer", "sista ans"); a search of every block for them cost 3 ms of a 100,000-word check.
 */
function compileLabels(sources: readonly string[], prefilter: LiteralPrefilter): Labels {
  return { regexes: sources.map((s) => new RegExp(s, 'giu')), handles: sources.map((s) => prefilter.registerWithParts(s)) };
}

/** Blocks (ascending) that may hold one of the labels: those holding each label's literals; all blocks if a label has none. */
function candidateBlocks(document: AnalysedDocument, labels: Labels, prefilter: LiteralPrefilter): readonly AnalysedBlock[] {
  const indices = new Set<number>();
  for (const handle of labels.handles) {
    const blocks = prefilter.candidateBlocks(document, handle);
    if (blocks === 'all') return document.blocks;
    for (const block of blocks) indices.add(block);
  }
  return [...indices].sort((a, b) => a - b).map((index) => document.blocks[index] as AnalysedBlock);
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
export function compileDateGapRule(rule: DateGapRule, prefilter: LiteralPrefilter = new LiteralPrefilter()): RuleRunner {
  const from = compileLabels(rule.from, prefilter);
  const to = compileLabels(rule.to, prefilter);
  return {
    rules: [rule],
    run(document: AnalysedDocument, emit: Emit) {
      const earlier = findLabelledDate(document, from, prefilter);
      const later = findLabelledDate(document, to, prefilter);
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

function findLabelledDate(document: AnalysedDocument, labels: Labels, prefilter: LiteralPrefilter): LabelledDate | undefined {
  for (const block of candidateBlocks(document, labels, prefilter)) {
    const text = block.block.text;
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
