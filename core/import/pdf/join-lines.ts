/**
 * Joining the lines of a PDF paragraph, undoing end-of-line hyphenation where that is what
 * the hyphen was for.
 */

/** Hyphen, soft hyphen and the Unicode hyphen: all mean "word continues" at a line end. */
const LINE_END_HYPHENS = new Set(['-', '\u00AD', '\u2010']);

/**
 * Words that follow a hyphen which stands for a shared last part ("Utvecklings- och
 * lönesamtal", "för- eller nackdelar"): the hyphen and the space after it are kept.
 */
const CONJUNCTIONS = new Set(['och', 'eller', 'samt', 'resp', 'resp.', 'respektive', 'liksom', 'alternativt', 'and', 'or', '&', 'el.', 'o.']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWERCASE_LETTER = /\p{Ll}/u;

/**
 * Joins the lines of one paragraph into one string. Lines are joined with a space, except
 * where a line ends with a hyphen right after a letter or digit:
 * - the next word starts with a lowercase letter and is a conjunction ("och", "eller", ...):
 *   the hyphen stays and so does the space ("Utvecklings- och");
 * - the part before the hyphen has no lowercase letters ("IT-", "EU-", "2014-") or is a single
 *   letter ("e-"): the hyphen stays, without a space ("IT-system", "e-post");
 * - otherwise before a lowercase letter the word was split by hyphenation: the hyphen goes
 *   ("an-" + "ställning" → "anställning");
 * - before a capital or a digit the hyphen belongs to the word and stays ("Öst-Europa").
 * A soft hyphen or U+2010 at a line end is treated exactly like "-", and written as "-" where
 * it stays.
 */
export function joinLines(lines: readonly string[]): string {
  const first = lines[0];
  if (first === undefined) return '';
  if (lines.length === 1) return first.trim();
  const parts: string[] = [];
  let previous = first.trim();
  for (let i = 1; i < lines.length; i++) {
    const next = (lines[i] ?? '').trim();
    if (next === '') continue;
    if (previous === '') {
      previous = next;
      continue;
    }
    const [left, separator] = joint(previous, next);
    parts.push(left, separator);
    previous = next;
  }
  parts.push(previous);
  return parts.join('');
}

/** What to keep of the left line and what to put between it and the next one. */
function joint(left: string, right: string): [string, string] {
  const last = left[left.length - 1] ?? '';
  if (!LINE_END_HYPHENS.has(last)) return [left, ' '];
  const before = left[left.length - 2] ?? '';
  // "text -" with a space before is a dash, not a hyphen.
  if (!LETTER_OR_DIGIT.test(before)) return [left, ' '];

  const stem = left.slice(0, -1);
  const nextWord = right.split(/\s/, 1)[0] ?? '';
  const initial = nextWord[0] ?? '';
  if (LOWERCASE_LETTER.test(initial)) {
    if (CONJUNCTIONS.has(nextWord.toLowerCase().replace(/,$/, ''))) return [`${stem}-`, ' '];
    const fragment = trailingWord(stem);
    if (fragment.length <= 1 || !LOWERCASE_LETTER.test(fragment)) return [`${stem}-`, ''];
    return [stem, ''];
  }
  if (LETTER_OR_DIGIT.test(initial)) return [`${stem}-`, ''];
  return [`${stem}-`, ' '];
}

/** The letters and digits at the end of `text`: the part of a word before a line-end hyphen. */
function trailingWord(text: string): string {
  let start = text.length;
  while (start > 0 && LETTER_OR_DIGIT.test(text[start - 1] ?? '')) start--;
  return text.slice(start);
}
