import type { Span } from '../model/span.js';
import type { Token } from './token.js';
import { isUpperAt } from './char-class.js';
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
  const passives: PassiveVerb[] = [];
  const passiveIndexes: number[] = [];
  let mentionsDecision: boolean | undefined;
  const firstWord = tokens.findIndex((t) => t.kind === 'word');
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    const w = token.lower;
    if (w.length < 3 || w.charCodeAt(w.length - 1) !== 0x73) continue;
    const prev = previousWord(tokens, i);
    const next = tokens[i + 1];
    if (FATTAS_FORMS.has(w)) {
      mentionsDecision ??= tokens.some((t) => t.lower.startsWith('beslut'));
      const det = prev?.lower === 'det' || next?.lower === 'det';
      if (det && !mentionsDecision) continue;
    } else if (RECIPROCAL_FORMS.has(w)) {
      const agent = next?.lower === 'av' || (w === 'ses' && next?.lower === 'som');
      if (!agent) continue;
    } else if (!isPassiveForm(w)) {
      continue;
    }
    if (prev && NOUN_INTRODUCERS.has(prev.lower)) continue;
    if (isPlainNumber(tokens[i - 1])) continue;
    if (i !== firstWord && isUpperAt(token.text, 0)) continue;
    passives.push({ span: token.span, text: token.text });
    passiveIndexes.push(i);
  }
  return { passives, doubles: findDoubles(tokens, passives, passiveIndexes) };
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

function findDoubles(tokens: readonly Token[], passives: readonly PassiveVerb[], indexes: readonly number[]): DoublePassive[] {
  const doubles: DoublePassive[] = [];
  for (let p = 0; p + 1 < indexes.length; p += 1) {
    const a = indexes[p] as number;
    const b = indexes[p + 1] as number;
    const between = b - a - 1;
    if (between > 2) continue;
    let linked = true;
    for (let k = a + 1; k < b; k += 1) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word' || !DOUBLE_PASSIVE_LINKS.has(t.lower)) linked = false;
    }
    if (!linked || !isNonFinitePassive((tokens[b] as Token).lower)) continue;
    const first = passives[p] as PassiveVerb;
    const second = passives[p + 1] as PassiveVerb;
    doubles.push({ span: { start: first.span.start, end: second.span.end }, first, second });
  }
  return doubles;
}

function previousWord(tokens: readonly Token[], index: number): Token | undefined {
  const prev = tokens[index - 1];
  return prev && (prev.kind === 'word' || prev.kind === 'abbreviation') ? prev : undefined;
}

function isPlainNumber(token: Token | undefined): boolean {
  return token?.kind === 'number';
}

function isVowelChar(ch: string): boolean {
  return 'aeiouyåäöé'.includes(ch);
}
