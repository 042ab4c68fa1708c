import type { Sentence } from './sentence.js';
import { isLowerAt, isUpperAt } from './char-class.js';
import { tokenizeInto } from './tokenize.js';
import { checkOffset } from './check-offset.js';
import { currentVocabulary } from './vocabulary.js';
import {
  FLAG_BLANK_LINE_BEFORE,
  FLAG_FINAL_INITIAL,
  FLAG_FINAL_MAY,
  FLAG_FINAL_NEVER,
  FLAG_LINE_BREAK_BEFORE,
  KIND_ABBREVIATION,
  KIND_NUMBER,
  KIND_PUNCTUATION,
  KIND_WORD,
  TokenTable,
} from './token-table.js';

/**
 * Sentence splitting for Swedish policy and job-ad text.
 *
 * The rules, in order (a "gap" is the white space between two tokens):
 * 1. A blank line ("\n\n", or two line breaks with only spaces between) always ends a sentence,
 *    and the end of the text does too: sentences never span blocks. In raw text, a line that
 *    starts with a list marker ("2. ", "3) ", "- ", "• ") starts a new sentence too, and so does a
 *    field line ("Beslutad av: Generaldirektören", "Version: 2.0": a capitalised label of at
 *    most four words and a colon), so that a metadata block is not read as one long sentence. A heading, a list item or a
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
  const table = new TokenTable(currentVocabulary(), text.length >> 2);
  tokenizeInto(table, text, offset);
  const ranges: number[] = [];
  const count = sentenceRanges(table, 0, table.length, text, offset, ranges);
  const sentences: Sentence[] = [];
  for (let r = 0; r < count; r += 2) {
    const start = table.starts[ranges[r] as number] as number;
    const end = table.ends[(ranges[r + 1] as number) - 1] as number;
    sentences.push({ span: { start, end }, text: text.slice(start - offset, end - offset) });
  }
  return sentences;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '}', '»', '›']);
const OPENERS = new Set(['"', '“', '”', '„', '«', '»', '(', '[', "'", '‘', '’', '–', '—', '-', '•', '*', '‹', '›']);
const CONTINUATIONS = new Set([',', ';', ':', ')', ']', '}']);

/**
 * Splits the rows `[from, to)` of a table, the tokens of `text` (whose offsets include
 * `offset`), into sentences: writes each sentence's first row and end row (exclusive) into
 * `ranges` from index 0, ordered and non-overlapping, covering every row, and returns how many
 * numbers it wrote (entries after those are stale: the array may be reused). Linear in the
 * number of tokens.
 */
export function sentenceRanges(table: TokenTable, from: number, to: number, text: string, offset: number, ranges: number[]): number {
  let count = 0;
  const view: SplitView = { table, from, to, text, offset };
  const { kinds, flags } = table;
  let sentenceStart = from;
  for (let k = from; k < to; k += 1) {
    const tokenFlags = flags[k] as number;
    const blank = (tokenFlags & FLAG_BLANK_LINE_BEFORE) !== 0;
    const listLine = (tokenFlags & FLAG_LINE_BREAK_BEFORE) !== 0 && (isListMarker(view, k) || isFieldLine(view, k));
    if ((blank || listLine) && k > sentenceStart) {
      ranges[count++] = sentenceStart;
      ranges[count++] = k;
      sentenceStart = k;
    }
    const kind = markKind(table, k, kinds[k] as number, tokenFlags);
    if (kind === undefined) continue;
    let last = k;
    while (last + 1 < to && CLOSERS.has(table.lower(last + 1)) && adjacent(table, last, last + 1)) last += 1;
    if (last + 1 >= to) break;
    if (adjacent(table, last, last + 1)) continue;
    if (endsSentence(kind, view, k, last + 1, sentenceStart)) {
      ranges[count++] = sentenceStart;
      ranges[count++] = last + 1;
      sentenceStart = last + 1;
    }
    k = last;
  }
  if (sentenceStart < to) {
    ranges[count++] = sentenceStart;
    ranges[count++] = to;
  }
  return count;
}

/** The rows of one text being split, and that text. */
interface SplitView {
  readonly table: TokenTable;
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly offset: number;
}

type MarkKind = 'dot' | 'question' | 'ellipsis' | 'abbreviation-may' | 'abbreviation-never' | 'initial';

function markKind(table: TokenTable, index: number, kind: number, tokenFlags: number): MarkKind | undefined {
  if (kind === KIND_ABBREVIATION) {
    if (tokenFlags & FLAG_FINAL_MAY) return 'abbreviation-may';
    if (tokenFlags & FLAG_FINAL_NEVER) return 'abbreviation-never';
    if (tokenFlags & FLAG_FINAL_INITIAL) return 'initial';
    return undefined;
  }
  if (kind !== KIND_PUNCTUATION) return undefined;
  // For punctuation the lower-case form is the text.
  const t = table.lower(index);
  if (t.includes('!') || t.includes('?')) return 'question';
  if (t === '.') return 'dot';
  if (t.includes('…') || t.startsWith('..')) return 'ellipsis';
  return undefined;
}

function endsSentence(kind: MarkKind, view: SplitView, markIndex: number, nextIndex: number, sentenceStart: number): boolean {
  if (kind === 'abbreviation-never') return false;
  // A mark with nothing before it in the sentence ("!!! Viktigt") does not make an empty sentence.
  if (kind !== 'abbreviation-may' && kind !== 'initial' && markIndex === sentenceStart) return false;
  const { table, text, offset } = view;
  const next = firstContent(view, nextIndex);
  const nextKind = next < 0 ? -1 : (table.kinds[next] as number);
  const wordLike = nextKind === KIND_WORD || nextKind === KIND_ABBREVIATION;
  // The first character of the next token, read in the text itself.
  const nextAt = next < 0 ? 0 : (table.starts[next] as number) - offset;
  const upper = wordLike && isUpperAt(text, nextAt);
  const lower = wordLike && isLowerAt(text, nextAt);
  switch (kind) {
    case 'abbreviation-may':
      return upper;
    case 'initial': {
      const before = markIndex - 1;
      return (
        upper &&
        markIndex > sentenceStart &&
        before >= view.from &&
        table.kinds[before] === KIND_WORD &&
        isLowerAt(text, (table.starts[before] as number) - offset)
      );
    }
    case 'ellipsis':
      return upper;
    case 'question':
      return !lower;
    case 'dot':
      if (lower || (next >= 0 && CONTINUATIONS.has(table.lower(next)))) return false;
      return !isLoneEnumerator(table, sentenceStart, markIndex);
  }
}

/** The first row from `index` that is not an opening quote, bracket, dash or bullet (at most 3 skipped); -1 if none. */
function firstContent(view: SplitView, index: number): number {
  const { table } = view;
  for (let i = index; i < view.to && i < index + 4; i += 1) {
    if (!(table.kinds[i] === KIND_PUNCTUATION && OPENERS.has(table.lower(i)))) return i;
  }
  return -1;
}

/** "1." or "a." alone at the start of a sentence: a list enumerator. */
function isLoneEnumerator(table: TokenTable, sentenceStart: number, markIndex: number): boolean {
  if (markIndex - sentenceStart !== 1) return false;
  const kind = table.kinds[sentenceStart];
  return kind === KIND_NUMBER || (kind === KIND_WORD && (table.ends[sentenceStart] as number) - (table.starts[sentenceStart] as number) === 1);
}

const BULLETS = new Set(['-', '–', '•', '*', '▪', '◦']);

/**
 * A field line: the line opens with a capitalised word, and a colon follows within the first
 * four words on the same line ("Gäller från: 2024-06-01", "Dokumentägare: HR-chefen"). Prose
 * wrapped onto a new line rarely starts that way, and when it does ("Exempel: …") a new
 * sentence is what a reader sees too.
 */
function isFieldLine(view: SplitView, index: number): boolean {
  const { table, text, offset } = view;
  if (table.kinds[index] !== KIND_WORD || !isUpperAt(text, (table.starts[index] as number) - offset)) return false;
  for (let k = index + 1; k < view.to && k <= index + 4; k += 1) {
    if ((table.flags[k] as number) & FLAG_LINE_BREAK_BEFORE) return false;
    const kind = table.kinds[k];
    if (kind === KIND_PUNCTUATION) return table.lower(k) === ':';
    if (kind !== KIND_WORD && kind !== KIND_ABBREVIATION) return false;
  }
  return false;
}

/** A list marker opening a line: "2." or "2)" (at most three digits), or a bullet. */
function isListMarker(view: SplitView, index: number): boolean {
  const { table } = view;
  const kind = table.kinds[index];
  if (kind === KIND_PUNCTUATION) return BULLETS.has(table.lower(index));
  if (kind !== KIND_NUMBER || (table.ends[index] as number) - (table.starts[index] as number) > 3) return false;
  const next = index + 1;
  if (next >= view.to) return false;
  const nextLower = table.lower(next);
  return (nextLower === '.' || nextLower === ')') && adjacent(table, index, next);
}

function adjacent(table: TokenTable, a: number, b: number): boolean {
  return table.ends[a] === table.starts[b];
}
