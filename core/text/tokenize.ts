import type { Token, TokenKind } from './token.js';
import type { TokenSource } from './text-token.js';
import * as chars from './char-class.js';
import {
  beginsMultiPartAbbreviation,
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
import { TextToken as TextTokenClass } from './text-token.js';
import { currentVocabulary, HASH_PRIME, HASH_SEED, type Vocabulary } from './vocabulary.js';
import { WordMemo } from './word-memo.js';
import {
  FLAG_BLANK_LINE_BEFORE,
  FLAG_FINAL_INITIAL,
  FLAG_FINAL_MAY,
  FLAG_FINAL_NEVER,
  FLAG_LINE_BREAK_BEFORE,
  KIND_ABBREVIATION,
  KIND_NUMBER,
  KIND_PUNCTUATION,
  KIND_SECTION,
  KIND_WORD,
  TOKEN_KINDS,
  TokenTable,
} from './token-table.js';

// Local bindings of what the per-character loops use. Loaders that turn imports into property
// reads (vitest's module runner, CommonJS output) would otherwise pay a getter call for every
// character; under vitest that made tokenizing about twice as slow.
const CHAR_DIGIT = chars.CHAR_DIGIT;
const CHAR_LETTER = chars.CHAR_LETTER;
const CHAR_MARK = chars.CHAR_MARK;
const CHAR_OTHER = chars.CHAR_OTHER;
const CHAR_SPACE = chars.CHAR_SPACE;
const classAt = chars.classAt;
const classOfUnit = chars.classOfUnit;
const widthAt = chars.widthAt;
const TextToken = TextTokenClass;

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
 * What the tokenizer remembers for the sentence splitter, kept out of {@link Token} so that a
 * token says only what it is.
 */
export interface TokenizeResult {
  readonly tokens: Token[];
  /** For abbreviation tokens that end with a dot: whether that dot may end a sentence, by token index. */
  readonly abbreviationFinal: ReadonlyMap<number, AbbreviationFinal>;
  /** Indexes of tokens preceded by a blank line (two line breaks with only white space between), ascending. */
  readonly blankLineBefore: readonly number[];
  /** Indexes of tokens preceded by exactly one line break, ascending (raw text with list lines). */
  readonly lineBreakBefore: readonly number[];
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
  const table = new TokenTable(currentVocabulary(), text.length >> 2);
  tokenizeInto(table, text, offset);
  const source = { text, offset };
  const tokens: Token[] = [];
  const abbreviationFinal = new Map<number, AbbreviationFinal>();
  const blankLineBefore: number[] = [];
  const lineBreakBefore: number[] = [];
  for (let i = 0; i < table.length; i += 1) {
    const flags = table.flags[i] as number;
    if (flags & FLAG_BLANK_LINE_BEFORE) blankLineBefore.push(i);
    if (flags & FLAG_LINE_BREAK_BEFORE) lineBreakBefore.push(i);
    const final = flags & FLAG_FINAL_MAY ? 'may' : flags & FLAG_FINAL_NEVER ? 'never' : flags & FLAG_FINAL_INITIAL ? 'initial' : undefined;
    if (final) abbreviationFinal.set(i, final);
    tokens.push(tokenAt(table, i, source));
  }
  return { tokens, abbreviationFinal, blankLineBefore, lineBreakBefore };
}

/** The {@link Token} object of row `index` of a table whose tokens come from `source`. */
export function tokenAt(table: TokenTable, index: number, source: TokenSource): Token {
  return new TextToken(
    TOKEN_KINDS[table.kinds[index] as number] as TokenKind,
    source,
    table.starts[index] as number,
    table.ends[index] as number,
    table.letters[index] as number,
    table.lower(index),
  );
}

const FINAL_FLAGS: Readonly<Record<AbbreviationFinal, number>> = { may: FLAG_FINAL_MAY, never: FLAG_FINAL_NEVER, initial: FLAG_FINAL_INITIAL };

/**
 * Tokenizes `text` into rows appended to `table` (see {@link tokenize}), recording line breaks
 * before tokens and how abbreviations' final dots may end sentences in the rows' flags.
 * `offset` is added to the offsets; it is not checked here.
 */
export function tokenizeInto(table: TokenTable, text: string, offset: number): void {
  const length = text.length;
  const firstRow = table.length;
  vocabulary = table.vocabulary;

  let i = 0;
  let lineBreaks = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const cls = code < 0xd800 ? classOfUnit(code) : classAt(text, i);
    if (cls === CHAR_SPACE) {
      if (code === 0x0a) lineBreaks += 1;
      i += 1;
      continue;
    }
    let flags = 0;
    if (lineBreaks > 0 && table.length > firstRow) flags = lineBreaks >= 2 ? FLAG_BLANK_LINE_BEFORE : FLAG_LINE_BREAK_BEFORE;
    lineBreaks = 0;
    let kind: number;
    let end: number;
    let letters = 0;
    let id = -1;
    if (cls === CHAR_LETTER || cls === CHAR_DIGIT) {
      // Most tokens are a plain run of letters ended by a space or punctuation: read those here,
      // hashing as we go, and leave everything else (digits, hyphens, apostrophes, marks,
      // surrogates) to scanWordOrNumber, which reads the token again from its start.
      let plainEnd = -1;
      let plainHash = HASH_SEED;
      if (cls === CHAR_LETTER && code < 0xd800) {
        let j = i;
        let unit = code;
        let unitClass: number = cls;
        do {
          plainHash = Math.imul(plainHash ^ unit, HASH_PRIME);
          j += 1;
          if (j === length) break;
          unit = text.charCodeAt(j);
          unitClass = unit < 0xd800 ? classOfUnit(unit) : CHAR_MARK;
        } while (unitClass === CHAR_LETTER);
        if (j === length || endsPlainWord(unit, unitClass)) plainEnd = j;
      }
      let simple: boolean;
      if (plainEnd >= 0) {
        end = plainEnd;
        kind = KIND_WORD;
        letters = plainEnd - i;
        id = vocabulary.idOfHashed(text, i, end, plainHash);
        simple = true;
      } else {
        end = scanWordOrNumber(text, i);
        kind = scanIsWord ? KIND_WORD : KIND_NUMBER;
        letters = scanLetters;
        id = scanHashed ? vocabulary.idOfHashed(text, i, end, scanHash) : vocabulary.idOf(text, i, end);
        simple = scanIsWord && scanSimple;
      }
      if (simple && mayStartAbbreviation(text, i, end, id)) {
        const abbreviationEnd = scanAbbreviation(text, i, end, id);
        if (abbreviationEnd > 0) {
          if (scanFinal) flags |= FINAL_FLAGS[scanFinal];
          kind = KIND_ABBREVIATION;
          if (abbreviationEnd !== end) id = -1;
          end = abbreviationEnd;
          letters = countLetters(text, i, end);
        }
      }
    } else if (isTerminalMark(code)) {
      end = i + 1;
      while (end < length && isTerminalMark(text.charCodeAt(end))) end += 1;
      kind = KIND_PUNCTUATION;
    } else if (code === SECTION) {
      end = i + 1;
      while (end < length && text.charCodeAt(end) === SECTION) end += 1;
      kind = KIND_SECTION;
    } else {
      // Marks with nothing to attach to, symbols, lone surrogates: one punctuation token per character.
      end = i + widthAt(text, i);
      kind = KIND_PUNCTUATION;
    }
    table.push(kind, flags, i + offset, end + offset, letters, id >= 0 ? id : vocabulary.idOf(text, i, end));
    i = end;
  }
}

function countLetters(text: string, start: number, end: number): number {
  let letters = 0;
  for (let i = start; i < end; i += 1) if (classAt(text, i) === CHAR_LETTER) letters += 1;
  return letters;
}

/*
 * Results of the last scan, in module variables rather than a returned object: the scanners run
 * once per token of a long document, and a result object per token was measurable garbage.
 * Both scanners are synchronous and are read right after the call.
 */
/** The last scanned token contains a letter (a word) rather than only digits (a number). */
let scanIsWord = false;
/** The last scanned word is a plain run of letters (no hyphen, apostrophe or digit): may start an abbreviation. */
let scanSimple = false;
/** Letters in the last scanned token (for LIX). */
let scanLetters = 0;
/**
 * The vocabulary hash of the last scanned token, folded in while scanning so that its
 * characters are read once; valid when `scanHashed` (tokens starting with digits or holding
 * surrogate pairs are hashed by the vocabulary instead).
 */
let scanHash = 0;
let scanHashed = false;
/** Whether the last abbreviation's final dot may end a sentence; undefined without a final dot. */
let scanFinal: AbbreviationFinal | undefined;
/** The vocabulary of the table being filled (set at the start of each call). */
let vocabulary: Vocabulary = currentVocabulary();

/** `text.slice(start, end).toLowerCase()`, shared with every other token of the same form. */
function internLower(text: string, start: number, end: number): string {
  return vocabulary.lowers[vocabulary.idOf(text, start, end)] as string;
}

/**
 * Scans a word or a number starting at `start` (a letter or a digit) and returns its end.
 * A pure digit run with numeric joiners is a number; anything containing a letter is a word.
 * Inside words, a hyphen or apostrophe followed by a letter or digit joins ("IT-stöd", "e-post",
 * "2000-talet"); a hyphen followed by a space, comma, slash or the end is a suspended compound
 * part and stays with its word ("Utvecklings-" in "Utvecklings- och kvalitetsarbetet").
 */
function scanWordOrNumber(text: string, start: number): number {
  const length = text.length;
  let i = start;
  let letters = 0;
  let simple = true;
  let hash = HASH_SEED;
  let hashed = true;
  scanIsWord = false;
  scanSimple = false;
  scanLetters = 0;
  scanHashed = false;
  // Number part: digits with joiners between digits.
  if (classAt(text, i) === CHAR_DIGIT) {
    hashed = false;
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
    if (joined || !(gluesLetter || gluesHyphenWord)) return i;
    simple = false;
  }
  while (i < length) {
    // Fast path: a BMP character that is not a surrogate is one code unit wide.
    const code = text.charCodeAt(i);
    const cls = code < 0xd800 ? classOfUnit(code) : classAt(text, i);
    if (cls === CHAR_LETTER || cls === CHAR_MARK) {
      if (cls === CHAR_LETTER) letters += 1;
      if (code < 0xd800) {
        hash = Math.imul(hash ^ code, HASH_PRIME);
        i += 1;
      } else {
        hashed = false;
        i += widthAt(text, i);
      }
      continue;
    }
    if (cls === CHAR_DIGIT) {
      simple = false;
      hash = Math.imul(hash ^ code, HASH_PRIME);
      i += 1;
      continue;
    }
    if (code === HYPHEN) {
      if (i + 1 < length && isWordChar(text, i + 1)) {
        simple = false;
        hash = Math.imul(hash ^ code, HASH_PRIME);
        i += 1;
        continue;
      }
      if (letters > 0 && isSuspensionFollower(text, i + 1)) {
        hash = Math.imul(hash ^ code, HASH_PRIME);
        i += 1;
        simple = false;
      }
      break;
    }
    if (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) {
      if (i + 1 < length && classAt(text, i + 1) === CHAR_LETTER) {
        simple = false;
        hash = Math.imul(hash ^ code, HASH_PRIME);
        i += 1;
        continue;
      }
      // Genitive of a name ending in s, x or z: "Lars'", "Max'".
      const prev = text.charCodeAt(i - 1) | 0x20;
      if (letters > 0 && (prev === 0x73 || prev === 0x78 || prev === 0x7a)) {
        hash = Math.imul(hash ^ code, HASH_PRIME);
        i += 1;
        simple = false;
      }
      break;
    }
    break;
  }
  scanIsWord = letters > 0;
  scanSimple = simple;
  scanLetters = letters;
  scanHash = hash;
  scanHashed = hashed;
  return i;
}

/**
 * Whether a letter run stopped by `unit` (of class `unitClass`) is a whole plain word: nothing
 * that scanWordOrNumber would join to it or read as part of it. Code units from U+D800 up
 * (surrogates, fullwidth letters) come here as marks, so the general scanner reads them.
 */
function endsPlainWord(unit: number, unitClass: number): boolean {
  return (unitClass === CHAR_SPACE || unitClass === CHAR_OTHER) && unit !== HYPHEN && unit !== APOSTROPHE && unit !== RIGHT_SINGLE_QUOTE;
}

/** After a trailing hyphen: end of text, space, comma or slash means a suspended compound part. */
function isSuspensionFollower(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const unit = text.charCodeAt(index);
  return unit === 0x2c || unit === 0x2f || classAt(text, index) === CHAR_SPACE;
}

/**
 * Decides whether the plain letter run `[start, wordEnd)` (lower-cased: `first`) begins an abbreviation, and returns
 * where the abbreviation ends (or -1); sets `scanFinal`. Tries, longest first: dotted multi-part
 * forms ("t.ex.", "fr.o.m.", "t. ex."), spaced forms ("t ex", "bl a"), one-part dotted forms
 * ("kap."), single letters with a dot (initials, "s."), and one-part forms without a dot ("dvs", "ca").
 */
function scanAbbreviation(text: string, start: number, wordEnd: number, id: number): number {
  scanFinal = undefined;
  const wordLength = wordEnd - start;
  const next = text.charCodeAt(wordEnd);
  // Most words are followed by a space or a comma and are longer than any undotted abbreviation:
  // decide that without looking anything up.
  if (next !== DOT && !(next === SPACE && wordLength <= 2) && wordLength > MAX_UNDOTTED_LENGTH) return -1;
  if (wordLength > 8) return -1;
  const first = vocabulary.lowers[id] as string;

  if (next === DOT) {
    const multi = scanDottedParts(text, wordEnd, first);
    if (multi > 0) return multi;
    const final = dottedAbbreviation(first);
    if (final) {
      scanFinal = final;
      return wordEnd + 1;
    }
    // A single letter with a dot: an initial ("Anna B. Svensson") or "s." (sida), "f." (född).
    // Not "i", "å", "ö": those are words ("en ö.").
    if ((wordLength === 1 && first !== 'i' && first !== 'å' && first !== 'ö') || (wordLength === 2 && widthAt(text, start) === 2)) {
      scanFinal = first === text.slice(start, wordEnd) ? 'never' : 'initial';
      return wordEnd + 1;
    }
    return -1;
  }
  // Short words ("i", "en", "och") come here all the time: their answers are kept by word id.
  const starts = abbreviationStarts.get(vocabulary, id);
  if (next === SPACE && (starts & STARTS_SPACED) !== 0) {
    const spaced = scanSpacedParts(text, wordEnd, first);
    if (spaced > 0) return spaced;
  }
  if ((starts & UNDOTTED_FORM) !== 0) return wordEnd;
  return -1;
}

/**
 * The cheap part of {@link scanAbbreviation}'s decision, asked of every plain word before it
 * is called: only a word followed by a dot, or a short word that can start a spaced or
 * undotted abbreviation (by its memo), can begin one. Half the words of a text are four
 * letters or shorter ("och", "att", "för"), and for nearly all of them the answer is no.
 */
function mayStartAbbreviation(text: string, start: number, wordEnd: number, id: number): boolean {
  const next = text.charCodeAt(wordEnd);
  if (next === DOT) return true;
  const wordLength = wordEnd - start;
  if (wordLength > MAX_UNDOTTED_LENGTH && !(next === SPACE && wordLength <= 2)) return false;
  return abbreviationStarts.get(vocabulary, id) !== 0;
}

const STARTS_SPACED = 1;
const UNDOTTED_FORM = 2;
/** For each word: may it start a spaced abbreviation ("t" of "t ex"), is it one without a dot ("dvs")? */
const abbreviationStarts = new WordMemo(
  (lower: string): number => (startsSpacedAbbreviation(lower) ? STARTS_SPACED : 0) | (isUndottedAbbreviation(lower) ? UNDOTTED_FORM : 0),
);

/** Reads a run of at most `max` letters at `index`; returns its end, or -1 if there is none or it is longer. */
function letterRun(text: string, index: number, max: number): number {
  let i = index;
  while (i < text.length && i - index <= max && classAt(text, i) === CHAR_LETTER) i += 1;
  if (i === index || i - index > max) return -1;
  // The run must end here: a longer word is not an abbreviation part.
  if (i < text.length && isWordChar(text, i)) return -1;
  return i;
}

function scanDottedParts(text: string, wordEnd: number, first: string): number {
  if (!beginsMultiPartAbbreviation(first)) return -1;
  let key = first;
  let pos = wordEnd; // at a dot
  let best = -1;
  for (let parts = 1; parts < MAX_ABBREVIATION_PARTS; parts += 1) {
    if (text.charCodeAt(pos) !== DOT) break;
    let partStart = pos + 1;
    if (text.charCodeAt(partStart) === SPACE) partStart += 1; // "t. ex."
    const partEnd = letterRun(text, partStart, MAX_ABBREVIATION_PART_LENGTH);
    if (partEnd < 0) break;
    key = `${key}.${internLower(text, partStart, partEnd)}`;
    if (!beginsMultiPartAbbreviation(key)) break;
    const final = multiPartAbbreviation(key);
    if (final) {
      const dotted = text.charCodeAt(partEnd) === DOT;
      best = dotted ? partEnd + 1 : partEnd;
      scanFinal = dotted ? final : undefined;
    }
    pos = partEnd;
  }
  return best;
}

function scanSpacedParts(text: string, wordEnd: number, first: string): number {
  let key = first;
  let pos = wordEnd; // at a space
  let best = -1;
  for (let parts = 1; parts < MAX_ABBREVIATION_PARTS; parts += 1) {
    if (text.charCodeAt(pos) !== SPACE) break;
    const partEnd = letterRun(text, pos + 1, 3);
    if (partEnd < 0) break;
    key = `${key}.${internLower(text, pos + 1, partEnd)}`;
    if (isSpacedAbbreviation(key)) best = partEnd;
    pos = partEnd;
  }
  return best;
}
