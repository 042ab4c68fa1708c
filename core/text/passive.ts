import type { Span } from '../model/span.js';
import type { Token } from './token.js';
import type { AnalyzedSentence } from './sentence.js';
import { isUpperAt } from './char-class.js';
import { TableSentence } from './table-sentence.js';
import { KIND_WORD } from './token-table.js';
import { TokenArraySequence, type TokenSequence } from './token-sequence.js';
import { WordMemo } from './word-memo.js';
import {
  DEPONENT_FORMS,
  DOUBLE_PASSIVE_LINKS,
  FATTAS_FORMS,
  NON_VERB_S,
  NOUN_INTRODUCERS,
  PRESENT_PASSIVE_ENDINGS,
  RECIPROCAL_FORMS,
} from './passive-lexicon.js';

/** An s-passive verb. */
export interface PassiveVerb {
  readonly span: Span;
  readonly text: string;
}

/** Two s-passives in a row ("föreslås inrättas", "ska anses ha prövats"): a plain-language finding. */
export interface DoublePassive {
  /** From the first verb to the second. */
  readonly span: Span;
  readonly first: PassiveVerb;
  readonly second: PassiveVerb;
}

/** What {@link findPassives} found in one sentence. */
export interface PassiveAnalysis {
  readonly passives: readonly PassiveVerb[];
  readonly doubles: readonly DoublePassive[];
}

/**
 * Finds s-passive verbs and double passives in the tokens of one sentence.
 *
 * A heuristic without a dictionary, tuned for precision (false alarms annoy reviewers more than a
 * missed passive). A word ending in -s is a passive verb when none of these hold:
 * - it is a deponent or lexicalised s-verb ("finns", "hoppas", "trivs", "behövs", …);
 * - it is reciprocal ("vi ses", "medarbetarna träffas"), unless an agent follows ("möts av") or,
 *   for "ses", "som" ("ses som meriterande");
 * - it is "fattas" meaning "is missing": "det" directly before or after it, and no "beslut" in
 *   the sentence. Otherwise "fattas" is passive, as in "Beslut fattas av GD" — in policy text
 *   decisions are what is "fattas";
 * - it follows a determiner, possessive, numeral or quantifier ("två års erfarenhet", "varje
 *   människas värde"): then it is a genitive;
 * - it is capitalised inside the sentence (a name: "Jonas") or is a listed non-verb;
 * and its ending is a passive ending:
 * - -ades (past), -ats, -its, -tts and supine -rts/-lts/-mts/-gts/-pts/-vts/-nts (not -ents/-ants,
 *   nor the nouns -plats and -sats: "webbplats", "insats");
 * - -as (present or infinitive of -a verbs), except plural genitives (-ernas, -arnas, -ornas, -enas);
 * - -ses, -ges ("anses", "anges"), and -des/-tes after a consonant ("ställdes", "köptes"; not
 *   "områdes", "arbetes", nor -andes/-endes: "sökandes", "ärendes");
 * - a present passive of a verb not in -a, by its last letters ("görs", "krävs", "bedöms",
 *   "genomförs", "tillsätts").
 * Everything else in -s — genitives in -ens/-ets/-ns, "kurs", "års" — is not passive.
 *
 * A double passive is a passive followed by an infinitive or supine passive with at most two
 * linking words between them ("ha", "att", "också", "inte", …); "prövades och godkändes" is
 * two coordinated passives, not a double one.
 */
export function findPassives(tokens: readonly Token[]): PassiveAnalysis {
  return passivesIn(new TokenArraySequence(tokens));
}

/**
 * {@link findPassives} for a sentence. A sentence from the analysis is read from its token
 * table, and one with no word that could be a passive at all (decided once per distinct word)
 * is answered without looking further, two sentences in three of a policy text; they share
 * one frozen empty analysis.
 */
export function findPassivesInSentence(sentence: AnalyzedSentence): PassiveAnalysis {
  if (!(sentence instanceof TableSentence)) return findPassives(sentence.tokens);
  const { table, first, end } = sentence;
  const { kinds, ids, vocabulary } = table;
  let candidates: number[] | undefined;
  for (let row = first; row < end; row += 1) {
    if (kinds[row] === KIND_WORD && mayBePassive.get(vocabulary, ids[row] as number)) (candidates ??= []).push(row - first);
  }
  // Only the words that can be passives are looked at closely (their neighbours as needed).
  return candidates ? passivesIn(sentence, candidates) : NO_PASSIVES;
}

const NO_PASSIVES: PassiveAnalysis = Object.freeze({ passives: Object.freeze([]), doubles: Object.freeze([]) });

/** Whether a word can be a passive in some sentence: the tests of {@link passivesIn} that look only at the word. */
const mayBePassive = new WordMemo(
  (w: string): boolean => w.length >= 3 && w.charCodeAt(w.length - 1) === 0x73 && (FATTAS_FORMS.has(w) || RECIPROCAL_FORMS.has(w) || isPassiveForm(w)),
);

/**
 * The passives among `candidates` (token indexes, ascending; every word of the sentence when
 * not given). A candidate that is not a word in -s is skipped as any other token would be.
 */
function passivesIn(tokens: TokenSequence, candidates?: readonly number[]): PassiveAnalysis {
  const passives: PassiveVerb[] = [];
  const passiveIndexes: number[] = [];
  let mentionsDecision: boolean | undefined;
  const count = tokens.count;
  let firstWord = -1;
  for (let i = 0; i < count; i += 1) {
    if (tokens.kindAt(i) === 'word') {
      firstWord = i;
      break;
    }
  }
  const visits = candidates ? candidates.length : count;
  for (let v = 0; v < visits; v += 1) {
    const i = candidates ? (candidates[v] as number) : v;
    if (tokens.kindAt(i) !== 'word') continue;
    const w = tokens.lowerAt(i);
    if (w.length < 3 || w.charCodeAt(w.length - 1) !== 0x73) continue;
    const prev = previousWord(tokens, i);
    const next = i + 1 < count ? tokens.lowerAt(i + 1) : undefined;
    if (FATTAS_FORMS.has(w)) {
      mentionsDecision ??= mentionsBeslut(tokens);
      const det = prev === 'det' || next === 'det';
      if (det && !mentionsDecision) continue;
    } else if (RECIPROCAL_FORMS.has(w)) {
      const agent = next === 'av' || (w === 'ses' && next === 'som');
      if (!agent) continue;
    } else if (!isPassiveForm(w)) {
      continue;
    }
    if (prev !== undefined && NOUN_INTRODUCERS.has(prev)) continue;
    if (i > 0 && tokens.kindAt(i - 1) === 'number') continue;
    const text = tokens.textAt(i);
    if (i !== firstWord && isUpperAt(text, 0)) continue;
    passives.push({ span: { start: tokens.startAt(i), end: tokens.endAt(i) }, text });
    passiveIndexes.push(i);
  }
  // Most sentences that got this far have none after all: they share the one empty analysis.
  if (passives.length === 0) return NO_PASSIVES;
  return { passives, doubles: findDoubles(tokens, passives, passiveIndexes) };
}

function mentionsBeslut(tokens: TokenSequence): boolean {
  for (let i = 0; i < tokens.count; i += 1) if (tokens.lowerAt(i).startsWith('beslut')) return true;
  return false;
}

/** True when `w` (lower case, ending in s) has a passive ending and is not a known non-passive. Memoised. */
export function isPassiveForm(w: string): boolean {
  const known = formMemo.get(w);
  if (known !== undefined) return known;
  const result = computePassiveForm(w);
  if (formMemo.size >= FORM_MEMO_LIMIT) formMemo.clear();
  formMemo.set(w, result);
  return result;
}

// Words in -s recur (genitives above all); the ending tests below are worth remembering.
const FORM_MEMO_LIMIT = 50_000;
const formMemo = new Map<string, boolean>();

function computePassiveForm(w: string): boolean {
  if (NON_VERB_S.has(w) || DEPONENT_FORMS.has(w)) return false;
  if (w.endsWith('ades')) return w.length >= 6;
  // "plats", "insats", "ansats" and their compounds ("webbplats", "arbetsinsats") are nouns.
  if (w.endsWith('plats') || w.endsWith('sats')) return false;
  if (w.endsWith('ats') || w.endsWith('its')) return w.length >= 5;
  if (w.endsWith('ts')) {
    if (w.endsWith('tts')) return w.length >= 5;
    const before = w.charAt(w.length - 3);
    if ('rlmgpv'.includes(before)) return w.length >= 5;
    if (before === 'n') return w.length >= 5 && !w.endsWith('ents') && !w.endsWith('ants');
    return false;
  }
  if (w.endsWith('as') && w.length >= 5) {
    return !(w.endsWith('ernas') || w.endsWith('arnas') || w.endsWith('ornas') || w.endsWith('enas'));
  }
  if (w.endsWith('ses') || w.endsWith('ges')) return true;
  if (w.endsWith('des') || w.endsWith('tes')) {
    if (w.endsWith('andes') || w.endsWith('endes')) return false;
    return w.length >= 6 && !isVowelChar(w.charAt(w.length - 4));
  }
  for (const ending of PRESENT_PASSIVE_ENDINGS) {
    if (w.endsWith(ending) && (w.length === ending.length || w.length - ending.length >= 2)) return true;
  }
  return false;
}


/** Forms that can be the second verb of a double passive: infinitive or supine passives. */
function isNonFinitePassive(w: string): boolean {
  return (
    w.endsWith('as') ||
    w.endsWith('ats') ||
    w.endsWith('its') ||
    w.endsWith('tts') ||
    /(?:rts|lts|mts|gts|pts|vts|nts)$/.test(w) ||
    ['ges', 'ses', 'tas', 'fås', 'nås', 'dras', 'slås', 'gås'].some((short) => w.endsWith(short))
  );
}

function findDoubles(tokens: TokenSequence, passives: readonly PassiveVerb[], indexes: readonly number[]): DoublePassive[] {
  const doubles: DoublePassive[] = [];
  for (let p = 0; p + 1 < indexes.length; p += 1) {
    const a = indexes[p] as number;
    const b = indexes[p + 1] as number;
    const between = b - a - 1;
    if (between > 2) continue;
    let linked = true;
    for (let k = a + 1; k < b; k += 1) {
      if (tokens.kindAt(k) !== 'word' || !DOUBLE_PASSIVE_LINKS.has(tokens.lowerAt(k))) linked = false;
    }
    if (!linked || !isNonFinitePassive(tokens.lowerAt(b))) continue;
    const first = passives[p] as PassiveVerb;
    const second = passives[p + 1] as PassiveVerb;
    doubles.push({ span: { start: first.span.start, end: second.span.end }, first, second });
  }
  return doubles;
}

/** The lower-case form of the token before `index` when it is a word or an abbreviation. */
function previousWord(tokens: TokenSequence, index: number): string | undefined {
  if (index === 0) return undefined;
  const kind = tokens.kindAt(index - 1);
  return kind === 'word' || kind === 'abbreviation' ? tokens.lowerAt(index - 1) : undefined;
}

function isVowelChar(ch: string): boolean {
  return 'aeiouyåäöé'.includes(ch);
}
