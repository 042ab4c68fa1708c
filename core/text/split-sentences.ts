import type { Token } from './token.js';
import type { Sentence } from './sentence.js';
import { isLowerAt, isUpperAt } from './char-class.js';
import { tokenizeDetailed, type TokenizeResult } from './tokenize.js';
import { checkOffset } from './check-offset.js';

/**
 * Sentence splitting for Swedish policy and job-ad text.
 *
 * The rules, in order (a "gap" is the white space between two tokens):
 * 1. A blank line ("\n\n", or two line breaks with only spaces between) always ends a sentence,
 *    and the end of the text does too: sentences never span blocks. In raw text, a line that
 *    starts with a list marker ("2. ", "3) ", "- ", "• ") starts a new sentence too. A heading, a list item or a
 *    table cell without a full stop is therefore one sentence ("Mål: Att …" is one sentence).
 * 2. Only `.`, `!`, `?`, `…` (and runs of them) and abbreviations ending in a dot can end a
 *    sentence; a colon or semicolon never does. Closing quotes and brackets directly after the
 *    mark stay in the sentence (`… i morgon.” Sedan` ends after `”`).
 * 3. The mark must be followed by white space: `example.se`, `2.5`, `17.9.2014` never split.
 * 4. The next word decides (opening quotes, brackets and dashes before it are skipped):
 *    - after `!` or `?`: a new sentence unless the next word starts with a lower-case letter
 *      ("Varför? sa hon" stays one);
 *    - after an ellipsis: a new sentence only before a capital letter ("[…] och" continues);
 *    - after `.`: a new sentence unless the next word starts with a lower-case letter or the next
 *      token is `,` `;` `:` `)`. A dot after an unknown abbreviation ("jur. kand.") is thus not
 *      an end, and a number, a § or a capital letter after a dot starts a new sentence;
 *    - after an abbreviation: never for abbreviations that need a complement ("t.ex.", "kap.",
 *      "prop.", "kl.", "bl.a." …: "t.ex. Skatteverket" and "1 kap. 9 §" are one sentence), and
 *      before a capital letter for those that can close a sentence ("m.m.", "osv.", "m.fl.", "st.":
 *      "… m.m. Nästa mening" is two). See abbreviations.ts.
 * 5. A dot right after a lone enumerator that opens the sentence ("1. Utbildningar",
 *    "a. Mål") is not an end.
 * 6. A capital letter with a dot is an initial ("Anna B. Svensson") unless it follows a
 *    lower-case word and a capitalised word follows it ("Se bilaga A. Där finns …" is two).
 */
export function splitSentences(text: string, offset = 0): Sentence[] {
  checkOffset(offset);
  const result = tokenizeDetailed(text, offset);
  return sentenceRanges(result).map(([first, last]) => toSentence(text, offset, result.tokens, first, last));
}

/** Builds a sentence from tokens `[first, last)`. */
export function toSentence(text: string, offset: number, tokens: readonly Token[], first: number, last: number): Sentence {
  const start = (tokens[first] as Token).span.start;
  const end = (tokens[last - 1] as Token).span.end;
  return { span: { start, end }, text: text.slice(start - offset, end - offset) };
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»', '›']);
const OPENERS = new Set(['"', '“', '”', '„', '«', '»', '(', '[', "'", '‘', '’', '–', '—', '-', '•', '*', '‹', '›']);
const CONTINUATIONS = new Set([',', ';', ':', ')', ']', '}']);

/**
 * Splits a tokenized text into sentences, as token index ranges `[first, last)`, ordered and
 * non-overlapping, covering every token. Linear in the number of tokens.
 */
export function sentenceRanges(result: TokenizeResult): Array<[number, number]> {
  const { tokens, abbreviationFinal, blankLineBefore, lineBreakBefore } = result;
  const ranges: Array<[number, number]> = [];
  const n = tokens.length;
  let sentenceStart = 0;
  let nextBlank = 0;
  let nextLine = 0;
  for (let k = 0; k < n; k += 1) {
    const token = tokens[k] as Token;
    while (nextBlank < blankLineBefore.length && (blankLineBefore[nextBlank] as number) < k) nextBlank += 1;
    while (nextLine < lineBreakBefore.length && (lineBreakBefore[nextLine] as number) < k) nextLine += 1;
    const blank = blankLineBefore[nextBlank] === k;
    const listLine = lineBreakBefore[nextLine] === k && isListMarker(tokens, k);
    if ((blank || listLine) && k > sentenceStart) {
      ranges.push([sentenceStart, k]);
      sentenceStart = k;
    }
    const kind = markKind(token, k, abbreviationFinal);
    if (kind === undefined) continue;
    let last = k;
    while (last + 1 < n && CLOSERS.has((tokens[last + 1] as Token).lower) && adjacent(tokens[last] as Token, tokens[last + 1] as Token)) {
      last += 1;
    }
    if (last + 1 >= n) break;
    if (adjacent(tokens[last] as Token, tokens[last + 1] as Token)) continue;
    if (endsSentence(kind, tokens, k, last + 1, sentenceStart)) {
      ranges.push([sentenceStart, last + 1]);
      sentenceStart = last + 1;
    }
    k = last;
  }
  if (sentenceStart < n) ranges.push([sentenceStart, n]);
  return ranges;
}

type MarkKind = 'dot' | 'question' | 'ellipsis' | 'abbreviation-may' | 'abbreviation-never' | 'initial';

function markKind(token: Token, index: number, abbreviationFinal: ReadonlyMap<number, string>): MarkKind | undefined {
  if (token.kind === 'abbreviation') {
    const final = abbreviationFinal.get(index);
    if (final === 'may') return 'abbreviation-may';
    if (final === 'never') return 'abbreviation-never';
    if (final === 'initial') return 'initial';
    return undefined;
  }
  if (token.kind !== 'punctuation') return undefined;
  // `lower` rather than `text`: for punctuation they are equal, and `lower` is stored, not sliced.
  const t = token.lower;
  if (t.includes('!') || t.includes('?')) return 'question';
  if (t === '.') return 'dot';
  if (t.includes('…') || t.startsWith('..')) return 'ellipsis';
  return undefined;
}

function endsSentence(kind: MarkKind, tokens: readonly Token[], markIndex: number, nextIndex: number, sentenceStart: number): boolean {
  if (kind === 'abbreviation-never') return false;
  // A mark with nothing before it in the sentence ("!!! Viktigt") does not make an empty sentence.
  if (kind !== 'abbreviation-may' && kind !== 'initial' && markIndex === sentenceStart) return false;
  const next = firstContent(tokens, nextIndex);
  const nextText = next?.text ?? '';
  const wordLike = next !== undefined && (next.kind === 'word' || next.kind === 'abbreviation');
  const upper = wordLike && isUpperAt(nextText, 0);
  const lower = wordLike && isLowerAt(nextText, 0);
  switch (kind) {
    case 'abbreviation-may':
      return upper;
    case 'initial': {
      const before = tokens[markIndex - 1];
      return upper && markIndex > sentenceStart && before !== undefined && before.kind === 'word' && isLowerAt(before.text, 0);
    }
    case 'ellipsis':
      return upper;
    case 'question':
      return !lower;
    case 'dot':
      if (lower || (next !== undefined && CONTINUATIONS.has(next.lower))) return false;
      return !isLoneEnumerator(tokens, sentenceStart, markIndex);
  }
}

/** The first token from `index` that is not an opening quote, bracket, dash or bullet (at most 3 skipped). */
function firstContent(tokens: readonly Token[], index: number): Token | undefined {
  for (let i = index; i < tokens.length && i < index + 4; i += 1) {
    const token = tokens[i] as Token;
    if (!(token.kind === 'punctuation' && OPENERS.has(token.lower))) return token;
  }
  return undefined;
}

/** "1." or "a." alone at the start of a sentence: a list enumerator. */
function isLoneEnumerator(tokens: readonly Token[], sentenceStart: number, markIndex: number): boolean {
  if (markIndex - sentenceStart !== 1) return false;
  const only = tokens[sentenceStart] as Token;
  return only.kind === 'number' || (only.kind === 'word' && only.text.length === 1);
}

const BULLETS = new Set(['-', '–', '•', '*', '▪', '◦']);

/** A list marker opening a line: "2." or "2)" (at most three digits), or a bullet. */
function isListMarker(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (token.kind === 'punctuation') return BULLETS.has(token.lower);
  if (token.kind !== 'number' || token.text.length > 3) return false;
  const next = tokens[index + 1];
  return next !== undefined && (next.lower === '.' || next.lower === ')') && adjacent(token, next);
}

function adjacent(a: Token, b: Token): boolean {
  return a.span.end === b.span.start;
}
