/**
 * How alike two passages are, for matching findings across versions of a document. Both
 * measures work on normalised text, so spacing, case and punctuation edits do not count.
 */

/** Lower case, NFC, single spaces, no punctuation at the ends: the form passages are compared in. */
export function normalisePassage(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

/** The passage's words (letters and digits), normalised. */
export function words(text: string): string[] {
  return normalisePassage(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Jaccard similarity of two sets: |A ∩ B| / |A ∪ B|, 1 for two empty sets. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Overlapping word pairs (bigrams): sensitive to word order, tolerant to a changed word or two. */
export function wordShingles(text: string): Set<string> {
  const list = words(text);
  if (list.length <= 1) return new Set(list);
  const shingles = new Set<string>();
  for (let i = 0; i + 1 < list.length; i++) shingles.add(`${list[i]} ${list[i + 1]}`);
  return shingles;
}

/** Character trigrams of the normalised passage: tolerant to spelling fixes inside a word. */
export function trigrams(text: string): Set<string> {
  const normal = ` ${normalisePassage(text)} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= normal.length; i++) grams.add(normal.slice(i, i + 3));
  return grams;
}
