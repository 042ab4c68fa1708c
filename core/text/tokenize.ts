import type { Token, TokenKind } from './token.js';
import { CHAR_DIGIT, CHAR_LETTER, CHAR_MARK, CHAR_SPACE, classAt, classOfUnit, widthAt } from './char-class.js';
import {
  dottedAbbreviation,
  isSpacedAbbreviation,
  MAX_UNDOTTED_LENGTH,
  isUndottedAbbreviation,
  MAX_ABBREVIATION_PART_LENGTH,
  MAX_ABBREVIATION_PARTS,
  multiPartAbbreviation,
  startsSpacedAbbreviation,
  type AbbreviationFinal,
} from './abbreviations.js';
import { checkOffset } from './check-offset.js';
import { TextToken } from './text-token.js';
import { internLower } from './intern-lower.js';

const DOT = 0x2e;
const HYPHEN = 0x2d;
const SPACE = 0x20;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const SECTION = 0xa7;

/** Characters that join digits into one number: `2017:900`, `17.9.2014`, `3,5`, `2016/17`, `16–18`. */
function isNumberJoiner(unit: number): boolean {
  return unit === DOT || unit === 0x2c || unit === 0x3a || unit === 0x2f || unit === HYPHEN || unit === 0x2013;
}

/** Characters grouped into one punctuation token when repeated: sentence-ending marks. */
function isTerminalMark(unit: number): boolean {
  return unit === DOT || unit === 0x21 || unit === 0x3f || unit === 0x2026;
}

function isWordChar(text: string, index: number): boolean {
  const cls = classAt(text, index);
  return cls === CHAR_LETTER || cls === CHAR_DIGIT || cls === CHAR_MARK;
}

/**
 * What the tokenizer remembers about an abbreviation token, for the sentence splitter.
 * Kept out of {@link Token} so that tokens stay plain data.
 */
export interface TokenizeResult {
  readonly tokens: Token[];
  /** For abbreviation tokens that end with a dot: whether that dot may end a sentence, by token index. */
  readonly abbreviationFinal: ReadonlyMap<number, AbbreviationFinal>;
  /** Indexes of tokens preceded by a blank line (two line breaks with only white space between), ascending. */
  readonly blankLineBefore: readonly number[];
}

/**
 * Splits `text` into tokens (see {@link TokenKind}); white space is skipped. Spans are offsets into
 * `text` plus `offset` (0-based, half-open, UTF-16 code units). Never throws on any string,
 * including lone surrogates; runs in one pass, linear in the length of the text.
 */
export function tokenize(text: string, offset = 0): Token[] {
  return tokenizeDetailed(text, offset).tokens;
}

/** {@link tokenize}, plus what the sentence splitter needs to know about abbreviations. */
export function tokenizeDetailed(text: string, offset = 0): TokenizeResult {
  checkOffset(offset);
  const tokens: Token[] = [];
  const abbreviationFinal = new Map<number, AbbreviationFinal>();
  const blankLineBefore: number[] = [];
  const length = text.length;
  const source = { text, offset };
  const push = (kind: TokenKind, start: number, end: number, letters: number): void => {
    tokens.push(new TextToken(kind, source, start + offset, end + offset, letters, internLower(text, start, end)));
  };

  let i = 0;
  let lineBreaks = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const cls = code < 0xd800 ? classOfUnit(code) : classAt(text, i);
    if (cls === CHAR_SPACE) {
      if (text.charCodeAt(i) === 0x0a) lineBreaks += 1;
      i += 1;
      continue;
    }
    if (lineBreaks >= 2 && tokens.length > 0) blankLineBefore.push(tokens.length);
    lineBreaks = 0;
    if (cls === CHAR_LETTER || cls === CHAR_DIGIT) {
      const scanned = scanWordOrNumber(text, i);
      if (scanned.kind === 'word') {
        const abbreviation = scanAbbreviation(text, i, scanned.end, scanned.simple);
        if (abbreviation) {
          if (abbreviation.final) abbreviationFinal.set(tokens.length, abbreviation.final);
          push('abbreviation', i, abbreviation.end, countLetters(text, i, abbreviation.end));
          i = abbreviation.end;
          continue;
        }
      }
      push(scanned.kind, i, scanned.end, scanned.letters);
      i = scanned.end;
      continue;
    }
    const unit = text.charCodeAt(i);
    if (isTerminalMark(unit)) {
      let end = i + 1;
      while (end < length && isTerminalMark(text.charCodeAt(end))) end += 1;
      push('punctuation', i, end, 0);
      i = end;
      continue;
    }
    if (unit === SECTION) {
      let end = i + 1;
      while (end < length && text.charCodeAt(end) === SECTION) end += 1;
      push('section', i, end, 0);
      i = end;
      continue;
    }
    // Marks with nothing to attach to, symbols, lone surrogates: one punctuation token per character.
    const end = i + widthAt(text, i);
    push('punctuation', i, end, 0);
    i = end;
  }
  return { tokens, abbreviationFinal, blankLineBefore };
}

function countLetters(text: string, start: number, end: number): number {
  let letters = 0;
  for (let i = start; i < end; i += 1) if (classAt(text, i) === CHAR_LETTER) letters += 1;
  return letters;
}

interface Scanned {
  readonly kind: 'word' | 'number';
  readonly end: number;
  /** A plain run of letters with no hyphen, apostrophe or digit: may start an abbreviation. */
  readonly simple: boolean;
  /** Letters in the token (for LIX). */
  readonly letters: number;
}

/**
 * Scans a word or a number starting at `start` (a letter or a digit).
 * A pure digit run with numeric joiners is a number; anything containing a letter is a word.
 * Inside words, a hyphen or apostrophe followed by a letter or digit joins ("IT-stöd", "e-post",
 * "2000-talet"); a hyphen followed by a space, comma, slash or the end is a suspended compound
 * part and stays with its word ("Utvecklings-" in "Utvecklings- och kvalitetsarbetet").
 */
function scanWordOrNumber(text: string, start: number): Scanned {
  const length = text.length;
  let i = start;
  let letters = 0;
  let simple = true;
  // Number part: digits with joiners between digits.
  if (classAt(text, i) === CHAR_DIGIT) {
    let joined = false;
    while (i < length) {
      if (classAt(text, i) === CHAR_DIGIT) {
        i += 1;
        continue;
      }
      const unit = text.charCodeAt(i);
      if (isNumberJoiner(unit) && i + 1 < length && classAt(text, i + 1) === CHAR_DIGIT) {
        joined = true;
        i += 2;
        continue;
      }
      break;
    }
    // "3D", "10st", "2000-talet", "3-årig": a number glued to letters is a word.
    const gluesLetter = i < length && classAt(text, i) === CHAR_LETTER;
    const gluesHyphenWord = !joined && text.charCodeAt(i) === HYPHEN && i + 1 < length && classAt(text, i + 1) === CHAR_LETTER;
    if (joined || !(gluesLetter || gluesHyphenWord)) return { kind: 'number', end: i, simple: false, letters: 0 };
    simple = false;
  }
  while (i < length) {
    // Fast path: a BMP character that is not a surrogate is one code unit wide.
    const code = text.charCodeAt(i);
    const cls = code < 0xd800 ? classOfUnit(code) : classAt(text, i);
    if (cls === CHAR_LETTER) {
      letters += 1;
      i += code < 0xd800 ? 1 : widthAt(text, i);
      continue;
    }
    if (cls === CHAR_MARK) {
      i += code < 0xd800 ? 1 : widthAt(text, i);
      continue;
    }
    if (cls === CHAR_DIGIT) {
      simple = false;
      i += 1;
      continue;
    }
    const unit = text.charCodeAt(i);
    if (unit === HYPHEN) {
      if (i + 1 < length && isWordChar(text, i + 1)) {
        simple = false;
        i += 1;
        continue;
      }
      if (letters > 0 && isSuspensionFollower(text, i + 1)) {
        return { kind: 'word', end: i + 1, simple: false, letters };
      }
      break;
    }
    if (unit === APOSTROPHE || unit === RIGHT_SINGLE_QUOTE) {
      if (i + 1 < length && classAt(text, i + 1) === CHAR_LETTER) {
        simple = false;
        i += 1;
        continue;
      }
      // Genitive of a name ending in s, x or z: "Lars'", "Max'".
      const prev = text.charCodeAt(i - 1) | 0x20;
      if (letters > 0 && (prev === 0x73 || prev === 0x78 || prev === 0x7a)) {
        return { kind: 'word', end: i + 1, simple: false, letters };
      }
      break;
    }
    break;
  }
  return { kind: letters > 0 ? 'word' : 'number', end: i, simple, letters };
}

/** After a trailing hyphen: end of text, space, comma or slash means a suspended compound part. */
function isSuspensionFollower(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const unit = text.charCodeAt(index);
  return unit === 0x2c || unit === 0x2f || classAt(text, index) === CHAR_SPACE;
}

interface ScannedAbbreviation {
  readonly end: number;
  /** Present when the token ends with a dot. */
  readonly final?: AbbreviationFinal;
}

/**
 * Decides whether the plain letter run `[start, wordEnd)` begins an abbreviation, and where it ends.
 * Tries, longest first: dotted multi-part forms ("t.ex.", "fr.o.m.", "t. ex."), spaced forms
 * ("t ex", "bl a"), one-part dotted forms ("kap."), single letters with a dot (initials, "s."),
 * and one-part forms without a dot ("dvs", "ca").
 */
function scanAbbreviation(text: string, start: number, wordEnd: number, simple: boolean): ScannedAbbreviation | undefined {
  if (!simple) return undefined;
  const wordLength = wordEnd - start;
  const next = text.charCodeAt(wordEnd);
  // Most words are followed by a space or a comma and are longer than any undotted abbreviation:
  // decide that without allocating a string.
  if (next !== DOT && !(next === SPACE && wordLength <= 2) && wordLength > MAX_UNDOTTED_LENGTH) return undefined;
  if (wordLength > 8) return undefined;
  const first = text.slice(start, wordEnd).toLowerCase();

  if (next === DOT) {
    const multi = scanDottedParts(text, wordEnd, first);
    if (multi) return multi;
    const final = dottedAbbreviation(first);
    if (final) return { end: wordEnd + 1, final };
    // A single letter with a dot: an initial ("A. Svensson") or "s." (sida), "f." (född).
    if (wordLength === 1 || (wordLength === 2 && widthAt(text, start) === 2)) {
      return { end: wordEnd + 1, final: 'never' };
    }
    return undefined;
  }
  if (next === SPACE && startsSpacedAbbreviation(first)) {
    const spaced = scanSpacedParts(text, wordEnd, first);
    if (spaced !== undefined) return { end: spaced };
  }
  if (isUndottedAbbreviation(first) && !(wordEnd < text.length && isWordChar(text, wordEnd))) {
    return { end: wordEnd };
  }
  return undefined;
}

/** Reads a run of at most `max` letters at `index`; returns its end, or -1 if there is none or it is longer. */
function letterRun(text: string, index: number, max: number): number {
  let i = index;
  while (i < text.length && i - index <= max && classAt(text, i) === CHAR_LETTER) i += 1;
  if (i === index || i - index > max) return -1;
  // The run must end here: a longer word is not an abbreviation part.
  if (i < text.length && isWordChar(text, i)) return -1;
  return i;
}

function scanDottedParts(text: string, wordEnd: number, first: string): ScannedAbbreviation | undefined {
  let key = first;
  let pos = wordEnd; // at a dot
  let best: ScannedAbbreviation | undefined;
  for (let parts = 1; parts < MAX_ABBREVIATION_PARTS; parts += 1) {
    if (text.charCodeAt(pos) !== DOT) break;
    let partStart = pos + 1;
    if (text.charCodeAt(partStart) === SPACE) partStart += 1; // "t. ex."
    const partEnd = letterRun(text, partStart, MAX_ABBREVIATION_PART_LENGTH);
    if (partEnd < 0) break;
    key = `${key}.${text.slice(partStart, partEnd).toLowerCase()}`;
    const final = multiPartAbbreviation(key);
    if (final) {
      best = text.charCodeAt(partEnd) === DOT ? { end: partEnd + 1, final } : { end: partEnd };
    }
    pos = partEnd;
  }
  return best;
}

function scanSpacedParts(text: string, wordEnd: number, first: string): number | undefined {
  let key = first;
  let pos = wordEnd; // at a space
  let best: number | undefined;
  for (let parts = 1; parts < MAX_ABBREVIATION_PARTS; parts += 1) {
    if (text.charCodeAt(pos) !== SPACE) break;
    const partEnd = letterRun(text, pos + 1, 3);
    if (partEnd < 0) break;
    key = `${key}.${text.slice(pos + 1, partEnd).toLowerCase()}`;
    if (isSpacedAbbreviation(key)) best = partEnd;
    pos = partEnd;
  }
  return best;
}
