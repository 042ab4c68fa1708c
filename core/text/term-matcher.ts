import type { Span } from '../model/span.js';
import type { Token } from './token.js';
import type { AnalyzedSentence } from './sentence.js';
import { VardekollenError } from '../errors/vardekollen-error.js';
import { tokenize } from './tokenize.js';
import { TableSentence } from './table-sentence.js';
import { KIND_WORD } from './token-table.js';
import { TokenArraySequence, type TokenSequence } from './token-sequence.js';
import { WordMemo } from './word-memo.js';
import { compoundStems, inflectedForms, isCompoundHead, isCompoundRest, type TermWordClass } from './term-forms.js';

/**
 * Where a term may stand inside a compound word: `none` (whole words only), `start`
 * ("värdegrunds|arbetet"), `end` ("data|integriteten") or `any` (start or end). The names match
 * the `compounds` field of the rule and value-word schemas in rules/schema; `both` is an older
 * name for `any`, kept because callers already use it.
 */
export type CompoundPosition = 'none' | 'start' | 'end' | 'any' | 'both';

/** One term to look for, as a rule file states it. */
export interface TermDefinition {
  /** The base form: one word ("värdegrund") or several ("lika värde"). Case does not matter. */
  readonly term: string;
  /** What hits report; defaults to the term in lower case. */
  readonly id?: string;
  /** Chooses the inflection endings (default `any`: guessed from the term's shape). */
  readonly wordClass?: TermWordClass;
  /**
   * Where the term may stand inside a compound. Default: `any` for one-word terms of at least
   * `minCompoundTermLength` letters, `none` (whole word only) for shorter ones — "mod" must not
   * be found in "modell", "öm" not in "ömsesidig". Phrases never match inside compounds.
   */
  readonly compounds?: CompoundPosition;
  /** Replaces the guessed endings ("" is always included): `["", "et", "ets"]` for "mod". */
  readonly endings?: readonly string[];
  /**
   * Further forms reported as this term: irregular inflections ("yngre", "yngst" for "ung") or
   * related words, matched as whole words; a form of several words ("ta ansvar") is a phrase.
   */
  readonly forms?: readonly string[];
  /** Words that contain the term but never count ("respektive" for "respekt"). */
  readonly exclude?: readonly string[];
}

/** Tuning of a matcher; the defaults suit Swedish value words. */
export interface TermMatcherOptions {
  /** Shortest one-word term that may match inside compounds by default. Default 5. */
  readonly minCompoundTermLength?: number;
  /** Shortest other part of a compound, in letters (after a linking -s-). Default 3. */
  readonly minCompoundPartLength?: number;
}

/** How a term was found. */
export type TermHitPosition = 'whole' | 'compound-start' | 'compound-end' | 'phrase';

/** One occurrence of a term. */
export interface TermHit {
  readonly id: string;
  /** The term as defined. */
  readonly term: string;
  /** The whole word (for a phrase: from its first to its last word). */
  readonly span: Span;
  /** The term's own letters with their inflection ending, inside `span`; for a phrase, equal to `span`. */
  readonly matchSpan: Span;
  /** The characters of `span`; for a phrase, its words joined by single spaces. */
  readonly text: string;
  /** The characters of `matchSpan` (for a phrase, equal to `text`). */
  readonly matchText: string;
  readonly position: TermHitPosition;
}

/** Finds terms in tokens or text; build once per rule set and reuse. */
export interface TermMatcher {
  /** Hits in token order; at most one hit per term per word part. */
  findInTokens(tokens: readonly Token[]): TermHit[];
  /**
   * The hits of {@link findInTokens} for `sentence.tokens`. For sentences from the analysis
   * (analyzeText, the rule engine's document analysis) it reads the token table directly and
   * looks each distinct word up once per matcher, without building token objects; sentences
   * without hits (most) share one frozen empty array.
   */
  findInSentence(sentence: AnalyzedSentence): readonly TermHit[];
  /** Tokenizes `text` (spans get `offset` added) and finds the terms. */
  findInText(text: string, offset?: number): TermHit[];
}

interface CompiledTerm {
  readonly id: string;
  readonly term: string;
  readonly exclude: ReadonlySet<string>;
}

interface PhraseTerm {
  readonly index: number;
  /** Whole-word forms of every word after the first. */
  readonly rest: ReadonlyArray<ReadonlySet<string>>;
}

/** A hit inside one word part, before it is placed in the text. */
interface PartHit {
  readonly term: number;
  readonly start: number;
  readonly end: number;
  readonly position: 'whole' | 'compound-start' | 'compound-end';
}

/** A hit inside a word: in the part starting at `offset` (hyphenated words have several parts). */
interface WordHit {
  readonly offset: number;
  readonly hit: PartHit;
}

/** What a word (its lower-case form) can start or contain, worked out once per distinct word. */
interface WordRecord {
  /** Phrases whose first word this is. */
  readonly phrases: readonly PhraseTerm[] | undefined;
  /** Hits inside the word, part by part. */
  readonly hits: readonly WordHit[];
}

const NOTHING: WordRecord = { phrases: undefined, hits: [] };
const NO_HITS: readonly TermHit[] = Object.freeze([]);

const MEMO_LIMIT = 50_000;

/**
 * Compiles terms into a matcher. Matching is one pass over the tokens: each distinct word is
 * analysed once (memoised) with hash lookups of its prefixes and suffixes in precomputed form
 * tables — no regular expression per term. A word matches a term when:
 * - it is one of the term's whole-word forms ("opartiskheten" for "opartisk");
 * - it starts with a compound stem of the term, then a linking element (none, -s-, and for terms
 *   in -a/-e the -o-/-u-/-e-/-s- forms), then a further part of at least 3 letters that is not a
 *   derivational suffix ("värdegrundsarbetet", "demokratifrågor", "jämställdhetsarbete");
 * - it ends with a whole-word form of the term after a first part of at least 3 letters
 *   ("dataintegriteten", "kundservice").
 * Hyphenated words are matched part by part ("IT-säkerhet"). A term in the middle of a
 * three-part compound is not found. Phrase terms match consecutive words, each in one of its
 * forms.
 *
 * @throws VardekollenError `INVALID_ARGUMENT` for an empty term.
 */
export function createTermMatcher(definitions: ReadonlyArray<TermDefinition | string>, options: TermMatcherOptions = {}): TermMatcher {
  const minTerm = options.minCompoundTermLength ?? 5;
  const minPart = options.minCompoundPartLength ?? 3;
  const terms: CompiledTerm[] = [];
  const wholeForms = new Map<string, number[]>();
  const startStems = new Map<string, Array<{ term: number; links: readonly string[] }>>();
  const endForms = new Map<string, number[]>();
  const phrasesByFirst = new Map<string, PhraseTerm[]>();
  let longestStem = 0;
  let shortestEnd = Number.POSITIVE_INFINITY;

  const add = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  for (const raw of definitions) {
    const def: TermDefinition = typeof raw === 'string' ? { term: raw } : raw;
    const words = def.term.toLowerCase().trim().split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0) {
      throw new VardekollenError('INVALID_ARGUMENT', { detail: `empty term${def.id ? ` (${def.id})` : ''}` });
    }
    const index = terms.length;
    terms.push({
      id: def.id ?? words.join(' '),
      term: def.term,
      exclude: new Set((def.exclude ?? []).map((w) => w.toLowerCase())),
    });
    const wordClass = def.wordClass ?? 'any';
    const addPhrase = (phraseWords: readonly string[]): void => {
      const [first, ...others] = phraseWords as [string, ...string[]];
      // Explicit endings apply to every word of a phrase (`[""]`: the words exactly as written).
      const wordForms = (w: string): Set<string> => inflectedForms(w, 'any', def.endings, w.length < minTerm);
      const phrase: PhraseTerm = { index, rest: others.map(wordForms) };
      for (const form of wordForms(first)) add(phrasesByFirst, form, phrase);
    };
    const extraWords: string[] = [];
    for (const extra of def.forms ?? []) {
      const extraParts = extra.toLowerCase().trim().split(/\s+/).filter((w) => w.length > 0);
      if (extraParts.length > 1) addPhrase(extraParts);
      else if (extraParts.length === 1) extraWords.push(extraParts[0] as string);
    }
    if (words.length > 1) {
      addPhrase(words);
      for (const extra of extraWords) add(wholeForms, extra, index);
      continue;
    }
    const word = words[0] as string;
    const forms = inflectedForms(word, wordClass, def.endings, word.length < minTerm);
    for (const extra of extraWords) forms.add(extra);
    for (const form of forms) add(wholeForms, form, index);
    const compounds = def.compounds ?? (word.length >= minTerm ? 'any' : 'none');
    const anywhere = compounds === 'any' || compounds === 'both';
    if (compounds === 'start' || anywhere) {
      for (const s of compoundStems(word, wordClass)) {
        if (s.stem.length < 2) continue;
        add(startStems, s.stem, { term: index, links: s.links });
        longestStem = Math.max(longestStem, s.stem.length);
      }
    }
    if (compounds === 'end' || anywhere) {
      for (const form of forms) {
        add(endForms, form, index);
        shortestEnd = Math.min(shortestEnd, form.length);
      }
    }
  }

  const memo = new Map<string, readonly PartHit[]>();

  function analysePart(part: string): readonly PartHit[] {
    const cached = memo.get(part);
    if (cached) return cached;
    const hits: PartHit[] = [];
    const seen = new Set<number>();
    const accept = (hit: PartHit): void => {
      if (seen.has(hit.term) || (terms[hit.term] as CompiledTerm).exclude.has(part)) return;
      seen.add(hit.term);
      hits.push(hit);
    };
    const length = part.length;
    for (const term of wholeForms.get(part) ?? []) accept({ term, start: 0, end: length, position: 'whole' });
    const maxStem = Math.min(longestStem, length - minPart);
    for (let i = 2; i <= maxStem; i += 1) {
      const entries = startStems.get(part.slice(0, i));
      if (!entries) continue;
      for (const { term, links } of entries) {
        for (const link of links) {
          if (part.startsWith(link, i) && isCompoundRest(part.slice(i + link.length), minPart)) {
            accept({ term, start: 0, end: i, position: 'compound-start' });
            break;
          }
        }
      }
    }
    if (endForms.size > 0) {
      for (let j = minPart; j <= length - shortestEnd; j += 1) {
        const entries = endForms.get(part.slice(j));
        if (!entries) continue;
        if (!isCompoundHead(part.slice(0, j), minPart)) continue;
        for (const term of entries) accept({ term, start: j, end: length, position: 'compound-end' });
      }
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(part, hits);
    return hits;
  }

  /** Phrases and hits of a word, by its lower-case form. */
  function wordRecord(lower: string): WordRecord {
    const phrases = phrasesByFirst.size > 0 ? phrasesByFirst.get(lower) : undefined;
    let hits: WordHit[] | undefined;
    let partStart = 0;
    while (partStart <= lower.length) {
      let partEnd = lower.indexOf('-', partStart);
      if (partEnd < 0) partEnd = lower.length;
      const part = stripApostrophe(lower.slice(partStart, partEnd));
      if (part.length > 0) {
        for (const hit of analysePart(part)) (hits ??= []).push({ offset: partStart, hit });
      }
      partStart = partEnd + 1;
    }
    return phrases || hits ? { phrases, hits: hits ?? [] } : NOTHING;
  }

  // Records by word: by string for token objects, by vocabulary id for analysed sentences.
  const recordsByLower = new Map<string, WordRecord>();
  const recordsById = new WordMemo(wordRecord);

  function recordOf(lower: string): WordRecord {
    let record = recordsByLower.get(lower);
    if (!record) {
      record = wordRecord(lower);
      if (recordsByLower.size >= MEMO_LIMIT) recordsByLower.clear();
      recordsByLower.set(lower, record);
    }
    return record;
  }

  function findInTokens(tokens: readonly Token[]): TermHit[] {
    const sequence = new TokenArraySequence(tokens);
    const result: TermHit[] = [];
    for (let t = 0; t < tokens.length; t += 1) {
      const token = tokens[t] as Token;
      if (token.kind !== 'word') continue;
      const record = recordOf(token.lower);
      if (record !== NOTHING) emitWord(sequence, t, record, result);
    }
    return result;
  }

  function findInSentence(sentence: AnalyzedSentence): readonly TermHit[] {
    if (!(sentence instanceof TableSentence)) return findInTokens(sentence.tokens);
    let result: TermHit[] | undefined;
    const { table, first } = sentence;
    const { kinds, ids } = table;
    const vocabulary = table.vocabulary;
    for (let row = first; row < sentence.end; row += 1) {
      if (kinds[row] !== KIND_WORD) continue;
      const record = recordsById.get(vocabulary, ids[row] as number);
      if (record !== NOTHING) emitWord(sentence, row - first, record, (result ??= []));
    }
    return result ?? NO_HITS;
  }

  /** The hits of word `t` of a sequence: phrases starting at it, then hits inside it. */
  function emitWord(tokens: TokenSequence, t: number, record: WordRecord, result: TermHit[]): void {
    if (record.phrases) matchPhrases(tokens, t, record.phrases, result);
    if (record.hits.length === 0) return;
    const tokenStart = tokens.startAt(t);
    const tokenEnd = tokens.endAt(t);
    const text = tokens.textAt(t);
    // toLowerCase can change the length of a few rare letters; then only whole-word spans are exact.
    const aligned = tokens.lowerAt(t).length === text.length;
    const span = { start: tokenStart, end: tokenEnd };
    for (const { offset, hit } of record.hits) {
      const start = aligned ? tokenStart + offset + hit.start : tokenStart;
      const end = aligned ? tokenStart + offset + hit.end : tokenEnd;
      const compiled = terms[hit.term] as CompiledTerm;
      // A hit on the whole word (most of them) shares the word's span and text: a long
      // document has thousands of hits, and every object made here lives to the end of the check.
      const whole = start === tokenStart && end === tokenEnd;
      result.push({
        id: compiled.id,
        term: compiled.term,
        span,
        matchSpan: whole ? span : { start, end },
        text,
        matchText: whole ? text : text.slice(start - tokenStart, end - tokenStart),
        position: hit.position,
      });
    }
  }

  function matchPhrases(tokens: TokenSequence, t: number, candidates: readonly PhraseTerm[], result: TermHit[]): void {
    for (const phrase of candidates) {
      let last = t;
      let ok = true;
      for (const forms of phrase.rest) {
        const next = last + 1;
        if (next >= tokens.count || tokens.kindAt(next) !== 'word' || !forms.has(tokens.lowerAt(next))) {
          ok = false;
          break;
        }
        last = next;
      }
      if (!ok) continue;
      const compiled = terms[phrase.index] as CompiledTerm;
      const span = { start: tokens.startAt(t), end: tokens.endAt(last) };
      const words: string[] = [];
      for (let k = t; k <= last; k += 1) words.push(tokens.textAt(k));
      const text = words.join(' ');
      if (compiled.exclude.has(text.toLowerCase())) continue;
      result.push({ id: compiled.id, term: compiled.term, span, matchSpan: span, text, matchText: text, position: 'phrase' });
    }
  }

  return {
    findInTokens,
    findInSentence,
    findInText: (text, offset = 0) => findInTokens(tokenize(text, offset)),
  };
}

function stripApostrophe(part: string): string {
  const last = part.at(-1);
  return last === "'" || last === '’' ? part.slice(0, -1) : part;
}
