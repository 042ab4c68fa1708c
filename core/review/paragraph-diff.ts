import type { Block } from '../model/document.js';
import type { ParagraphChange } from './checklist-types.js';
import { jaccard, normalisePassage, words } from './passage-similarity.js';

/** A removed and an added paragraph this alike are one changed paragraph. */
const CHANGED_THRESHOLD = 0.3;

/**
 * What changed between two versions, paragraph by paragraph: a Myers diff over the blocks'
 * normalised texts (so a re-flowed PDF line or a changed space is not a change), then each run
 * of removed and added blocks is paired up into "changed" paragraphs: one out and one in at the
 * same place always, otherwise where they share enough words.
 * Unchanged paragraphs are not listed.
 */
export function diffParagraphs(before: readonly Block[], after: readonly Block[]): ParagraphChange[] {
  const a = before.map((b) => normalisePassage(b.text));
  const b = after.map((x) => normalisePassage(x.text));
  const script = myers(a, b);
  const changes: ParagraphChange[] = [];
  let removed: Block[] = [];
  let added: Block[] = [];
  const flush = (): void => {
    changes.push(...pairUp(removed, added));
    removed = [];
    added = [];
  };
  for (const step of script) {
    if (step.kind === 'equal') flush();
    else if (step.kind === 'delete') removed.push(before[step.index] as Block);
    else added.push(after[step.index] as Block);
  }
  flush();
  return changes;
}

function pairUp(removed: readonly Block[], added: readonly Block[]): ParagraphChange[] {
  // One paragraph out and one in at the same place is a rewrite of that paragraph, however
  // much of it changed.
  const [onlyRemoved] = removed;
  const [onlyAdded] = added;
  if (removed.length === 1 && added.length === 1 && onlyRemoved && onlyAdded) {
    return [{ kind: 'changed', before: describe(onlyRemoved), after: describe(onlyAdded) }];
  }
  const result: ParagraphChange[] = [];
  const usedAdded = new Set<number>();
  const shingles = added.map((block) => new Set(words(block.text)));
  let nextAdded = 0;
  for (const old of removed) {
    const oldShingles = new Set(words(old.text));
    // Look for a partner among the added blocks in order, so pairs never cross.
    let partner = -1;
    for (let j = nextAdded; j < added.length; j++) {
      if (jaccard(oldShingles, shingles[j] as Set<string>) >= CHANGED_THRESHOLD) {
        partner = j;
        break;
      }
    }
    if (partner < 0) {
      result.push({ kind: 'removed', before: describe(old) });
      continue;
    }
    for (let j = nextAdded; j < partner; j++) {
      result.push({ kind: 'added', after: describe(added[j] as Block) });
      usedAdded.add(j);
    }
    result.push({ kind: 'changed', before: describe(old), after: describe(added[partner] as Block) });
    usedAdded.add(partner);
    nextAdded = partner + 1;
  }
  added.forEach((block, j) => {
    if (!usedAdded.has(j)) result.push({ kind: 'added', after: describe(block) });
  });
  return result;
}

function describe(block: Block): NonNullable<ParagraphChange['before']> {
  return { blockId: block.id, text: block.text, origin: block.origin };
}

type Step = { readonly kind: 'equal' | 'delete' | 'insert'; readonly index: number };

/** Edit distance beyond which the middle of two documents is treated as entirely replaced. */
const MAX_EDIT_DISTANCE = 4000;

/**
 * Myers' O((N+M)·D) shortest edit script (Myers 1986), returning steps in order; `index` is
 * into `a` for equal and delete steps and into `b` for inserts. Common leading and trailing
 * paragraphs are matched first (drafts mostly keep them), and only the diagonal band each
 * round can reach is kept, so memory is O(D²) for D edits rather than O((N+M)·D).
 */
export function myers(a: readonly string[], b: readonly string[]): Step[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const steps: Step[] = [];
  for (let i = 0; i < start; i++) steps.push({ kind: 'equal', index: i });
  steps.push(...middle(a.slice(start, endA), b.slice(start, endB)).map((s) => ({ kind: s.kind, index: s.index + start })));
  for (let i = endA; i < a.length; i++) steps.push({ kind: 'equal', index: i });
  return steps;
}

function middle(a: readonly string[], b: readonly string[]): Step[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    return [...a.map((_, index) => ({ kind: 'delete' as const, index })), ...b.map((_, index) => ({ kind: 'insert' as const, index }))];
  }
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  // v[k] for k in [-d, d] is stored at index k + d of the round's band.
  const trace: Int32Array[] = [];
  let v = new Int32Array(3);
  let last = -1;
  for (let d = 0; d <= max; d++) {
    const next = new Int32Array(2 * d + 3);
    const get = (k: number): number => (k >= -(d - 1) && k <= d - 1 ? (v[k + d - 1] ?? 0) : -1);
    for (let k = -d; k <= d; k += 2) {
      let x = d === 0 ? 0 : k === -d || (k !== d && get(k - 1) < get(k + 1)) ? get(k + 1) : get(k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[k + d] = x;
      if (x >= n && y >= m) {
        last = d;
        break;
      }
    }
    trace.push(next);
    v = next;
    if (last >= 0) break;
  }
  if (last < 0) {
    // Too different to diff affordably: everything in the middle is replaced.
    return [...a.map((_, index) => ({ kind: 'delete' as const, index })), ...b.map((_, index) => ({ kind: 'insert' as const, index }))];
  }
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = last; d > 0; d--) {
    const prev = trace[d - 1] as Int32Array;
    const get = (k: number): number => (k >= -(d - 1) && k <= d - 1 ? (prev[k + d - 1] ?? 0) : -1);
    const k = x - y;
    const prevK = k === -d || (k !== d && get(k - 1) < get(k + 1)) ? k + 1 : k - 1;
    const prevX = get(prevK);
    const prevY = prevX - prevK;
    while (x > prevX + (prevK === k + 1 ? 0 : 1) && y > prevY + (prevK === k + 1 ? 1 : 0)) {
      x--;
      y--;
      steps.push({ kind: 'equal', index: x });
    }
    if (prevK === k + 1) steps.push({ kind: 'insert', index: y - 1 });
    else steps.push({ kind: 'delete', index: x - 1 });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    steps.push({ kind: 'equal', index: x });
  }
  return steps.reverse();
}
