import type { ChecklistItem, DecisionRecord, ResolvedItem } from './checklist-types.js';
import { jaccard, normalisePassage, trigrams, wordShingles } from './passage-similarity.js';

/** Below this a finding in the new version is not taken to be the old one. */
export const MATCH_THRESHOLD = 0.55;

export interface CarryOverResult {
  readonly items: ChecklistItem[];
  /** Previous findings that no longer occur: they were fixed. */
  readonly resolved: ResolvedItem[];
}

/** What matching compares, computed once per item. */
interface Features {
  readonly item: ChecklistItem;
  readonly index: number;
  /** Rule, kind and principle: only items in the same bucket can match. */
  readonly bucket: string;
  readonly quote: string;
  /** Computed on first use: most items are matched by their passage alone. */
  trigrams?: Set<string>;
  shingles?: Set<string>;
}

/**
 * Carries a review over to the next version of a document. Each finding of the new version is
 * matched to the previous version's findings of the same rule and principle by how alike
 * their passages and the sentences around them are (tolerant to small edits: a changed word,
 * spacing, punctuation); the best pairs above the threshold are taken one to one.
 * - matched items are `remaining`: they keep the previous key and decision — except a
 *   finding decided `fixed` that is still there, which is open again, because it was not fixed
 *   (and keeps that decision as `reopened`, so the reviewer is told);
 * - unmatched items of the new version are `new`;
 * - unmatched findings of the previous version are `resolved` (fixed).
 * Standing questions match by their id and keep their answers.
 *
 * Most findings of a revised draft are unchanged, so pairs with the same passage are scored
 * first from a hash index; the all-pairs similarity only runs on what is left, per rule.
 */
export function carryOver(previous: readonly ChecklistItem[], current: readonly ChecklistItem[]): CarryOverResult {
  const before = previous.map(features);
  const after = current.map(features);
  const pairs: { score: number; prev: number; next: number }[] = [];

  // Same bucket and same passage: the common case, found through an index.
  const byQuote = new Map<string, Features[]>();
  for (const f of before) {
    const key = `${f.bucket}\u241f${f.quote}`;
    const list = byQuote.get(key);
    if (list) list.push(f);
    else byQuote.set(key, [f]);
  }
  const pairedNext = new Set<number>();
  const pairedPrev = new Set<number>();
  for (const f of after) {
    for (const candidate of byQuote.get(`${f.bucket}\u241f${f.quote}`) ?? []) {
      pairs.push({ score: scorePair(candidate, f), prev: candidate.index, next: f.index });
      pairedNext.add(f.index);
      pairedPrev.add(candidate.index);
    }
  }
  // Edited passages: all pairs among the rest, within each bucket.
  const restBefore = groupBy(before.filter((f) => !pairedPrev.has(f.index)), (f) => f.bucket);
  for (const f of after) {
    if (pairedNext.has(f.index)) continue;
    for (const candidate of restBefore.get(f.bucket) ?? []) {
      const score = scorePair(candidate, f);
      if (score >= MATCH_THRESHOLD) pairs.push({ score, prev: candidate.index, next: f.index });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.next - b.next || a.prev - b.prev);

  const matchOfNext = new Map<number, number>();
  const takenPrev = new Set<number>();
  for (const pair of pairs) {
    if (pair.score < MATCH_THRESHOLD || matchOfNext.has(pair.next) || takenPrev.has(pair.prev)) continue;
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
    const reopened = prev.kind === 'finding' && prev.decision?.decision === 'fixed' ? prev.decision : undefined;
    return {
      ...rest,
      key: unique(prev.key, usedKeys),
      carry: 'remaining' as const,
      previousKey: prev.key,
      ...(reopened ? { reopened } : {}),
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
  return scorePair(features(prev, 0), features(next, 0));
}

/**
 * Same passage: 0.6 plus up to 0.4 for how much of the surrounding sentence (or, for grouped
 * items, of the set of sentences) is still the same. Edited passage: half passage likeness
 * (character trigrams), half sentence likeness (word pairs).
 */
function scorePair(prev: Features, next: Features): number {
  if (prev.bucket !== next.bucket) return 0;
  if (prev.item.kind === 'question') return 1;
  const a = prev.item.occurrences[0];
  const b = next.item.occurrences[0];
  if (!a || !b) return !a && !b ? 1 : 0; // document-level findings: same rule and principle
  const context = jaccard(shinglesOf(prev), shinglesOf(next));
  if (prev.quote === next.quote) return 0.6 + 0.4 * Math.max(context, groupOverlap(prev.item, next.item));
  return 0.5 * jaccard(trigramsOf(prev), trigramsOf(next)) + 0.5 * context;
}

function shinglesOf(f: Features): Set<string> {
  const first = f.item.occurrences[0];
  f.shingles ??= wordShingles(first?.context ?? first?.quote ?? '');
  return f.shingles;
}

function trigramsOf(f: Features): Set<string> {
  f.trigrams ??= trigrams(f.item.occurrences[0]?.quote ?? '');
  return f.trigrams;
}

function features(item: ChecklistItem, index: number): Features {
  const first = item.occurrences[0];
  return {
    item,
    index,
    bucket: item.kind === 'question' ? `q\u241f${item.questionId ?? ''}` : `f\u241f${item.ruleId ?? ''}\u241f${item.principle}`,
    quote: item.kind === 'question' ? '' : normalisePassage(first?.quote ?? ''),
  };
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

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
