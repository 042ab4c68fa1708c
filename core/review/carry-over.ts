import type { ChecklistItem, DecisionRecord, ResolvedItem } from './checklist-types.js';
import { jaccard, normalisePassage, trigrams, wordShingles } from './passage-similarity.js';

/** Below this a finding in the new version is not taken to be the old one. */
export const MATCH_THRESHOLD = 0.55;

export interface CarryOverResult {
  readonly items: ChecklistItem[];
  /** Previous findings that no longer occur: they were fixed. */
  readonly resolved: ResolvedItem[];
}

/**
 * Carries a review over to the next version of a document. Each finding of the new version is
 * matched to the previous version's findings of the same rule and principle by how alike
 * their passages and the sentences around them are (tolerant to small edits: a changed word,
 * spacing, punctuation); the best pairs above the threshold are taken one to one.
 * - matched items are `remaining`: they keep the previous key and decision — except a
 *   finding decided `fixed` that is still there, which is open again, because it was not fixed;
 * - unmatched items of the new version are `new`;
 * - unmatched findings of the previous version are `resolved` (fixed).
 * Standing questions match by their id and keep their answers.
 */
export function carryOver(previous: readonly ChecklistItem[], current: readonly ChecklistItem[]): CarryOverResult {
  const pairs: { score: number; prev: number; next: number }[] = [];
  current.forEach((item, next) => {
    previous.forEach((candidate, prev) => {
      const score = similarity(candidate, item);
      if (score >= MATCH_THRESHOLD) pairs.push({ score, prev, next });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.next - b.next || a.prev - b.prev);

  const matchOfNext = new Map<number, number>();
  const takenPrev = new Set<number>();
  for (const pair of pairs) {
    if (matchOfNext.has(pair.next) || takenPrev.has(pair.prev)) continue;
    matchOfNext.set(pair.next, pair.prev);
    takenPrev.add(pair.prev);
  }

  const usedKeys = new Set<string>();
  const items = current.map((item, next) => {
    const prevIndex = matchOfNext.get(next);
    const prev = prevIndex === undefined ? undefined : previous[prevIndex];
    if (!prev) return { ...item, key: unique(item.key, usedKeys) };
    const decision = carriedDecision(prev);
    const { decision: _ignored, ...rest } = item;
    return {
      ...rest,
      key: unique(prev.key, usedKeys),
      carry: 'remaining' as const,
      previousKey: prev.key,
      decision,
    };
  });

  const resolved: ResolvedItem[] = previous.flatMap((item, index) =>
    takenPrev.has(index) || item.kind !== 'finding'
      ? []
      : [
          {
            previousKey: item.key,
            ...(item.ruleId !== undefined ? { ruleId: item.ruleId } : {}),
            principle: item.principle,
            title: item.title,
            quote: item.occurrences[0]?.quote ?? '',
            fingerprint: item.fingerprint,
            ...(item.decision ? { previousDecision: item.decision } : {}),
          },
        ],
  );
  return { items, resolved };
}

/** 0–1: how likely `next` is the same problem as `prev`; 0 when they cannot be. */
export function similarity(prev: ChecklistItem, next: ChecklistItem): number {
  if (prev.kind !== next.kind) return 0;
  if (prev.kind === 'question') return prev.questionId === next.questionId ? 1 : 0;
  if (prev.ruleId !== next.ruleId || prev.principle !== next.principle) return 0;
  const a = prev.occurrences[0];
  const b = next.occurrences[0];
  if (!a || !b) return !a && !b ? 1 : 0; // document-level findings: same rule and principle
  const sameQuote = normalisePassage(a.quote) === normalisePassage(b.quote);
  const context = jaccard(wordShingles(a.context ?? a.quote), wordShingles(b.context ?? b.quote));
  if (sameQuote) return 0.6 + 0.4 * Math.max(context, groupOverlap(prev, next));
  return 0.5 * jaccard(trigrams(a.quote), trigrams(b.quote)) + 0.5 * context;
}

/** For grouped items ("samt" thirty times), how many of the sentences are still there. */
function groupOverlap(prev: ChecklistItem, next: ChecklistItem): number {
  if (prev.occurrences.length < 2 && next.occurrences.length < 2) return 0;
  const before = new Set(prev.occurrences.map((o) => normalisePassage(o.context ?? o.quote)));
  const after = new Set(next.occurrences.map((o) => normalisePassage(o.context ?? o.quote)));
  return jaccard(before, after);
}

function carriedDecision(prev: ChecklistItem): DecisionRecord | undefined {
  const decision = prev.decision;
  if (!decision || decision.decision === 'open') return undefined;
  // A finding that is still there was not fixed: it needs a new decision.
  if (prev.kind === 'finding' && decision.decision === 'fixed') return undefined;
  return decision;
}

function unique(key: string, used: Set<string>): string {
  let candidate = key;
  for (let n = 2; used.has(candidate); n++) candidate = `${key}-${n}`;
  used.add(candidate);
  return candidate;
}
