/**
 * The forms of a term the term matcher looks for: its inflections as a whole word, and the
 * stems it takes as the first part of a compound. Swedish morphology is approximated by word
 * class and by the term's last letters; callers override it with explicit endings or forms.
 */

/** Which inflection endings a term takes. `any` (the default) guesses from the term's shape. */
export type TermWordClass = 'noun' | 'adjective' | 'verb' | 'any';

const VOWELS = 'aeiouyåäöéèü';

export function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && VOWELS.includes(ch);
}

/** True when the string holds a vowel: every Swedish compound part does. */
export function hasVowel(s: string): boolean {
  for (const ch of s) if (VOWELS.includes(ch)) return true;
  return false;
}

const NOUN_CONSONANT = ['', 's', 'en', 'ens', 'et', 'ets', 'er', 'ers', 'erna', 'ernas', 'ar', 'ars', 'arna', 'arnas'];
const NOUN_VOWEL = ['', 's', 'n', 'ns', 'r', 'rs', 'rna', 'rnas', 'er', 'ers', 'erna', 'ernas', 't', 'ts', 'na', 'nas'];
/** After dropping a final -a ("fråga" → "frågor") or -e ("pojke" → "pojkar"). */
const NOUN_A_DROPPED = ['or', 'ors', 'orna', 'ornas'];
const NOUN_E_DROPPED = ['ar', 'ars', 'arna', 'arnas'];
const ADJECTIVE = ['', 'a', 't', 'e', 'are', 'ast', 'aste', 'as', 'ts', 'het', 'heten', 'hetens', 'hets', 'heter', 'heterna'];
/** -iv and -al adjectives also form -itet nouns ("objektivitet", "lojalitet"). */
const ITET = ['itet', 'iteten', 'itetens', 'itets'];
const VERB_ON_ROOT = ['a', 'ar', 'er', 'r', 'as', 'es', 's', 'ade', 'ades', 'at', 'ats', 'ad', 'ande', 'de', 'des', 'te', 'tes', 't', 'ts', 'd', 'da', 'ta'];
/** Short terms with `any`: only endings that rarely turn a short word into another word ("mod" → "moderna" is excluded). */
const SHORT_CONSONANT = ['', 's', 'en', 'ens', 'et', 'ets', 'a', 't'];
const SHORT_VOWEL = ['', 'n', 'ns', 's'];

function withEndings(base: string, endings: readonly string[], into: Set<string>): void {
  for (const ending of endings) into.add(base + ending);
}

function nounForms(term: string, into: Set<string>): void {
  const last = term.at(-1);
  if (isVowel(last)) {
    withEndings(term, NOUN_VOWEL, into);
    if (last === 'a') withEndings(term.slice(0, -1), NOUN_A_DROPPED, into);
    if (last === 'e') withEndings(term.slice(0, -1), NOUN_E_DROPPED, into);
    return;
  }
  withEndings(term, NOUN_CONSONANT, into);
  // Unstressed -el/-er/-en lose their e before a vowel: "regel" → "regler", "regeln".
  if (/[^aeiouyåäö]e[lrn]$/.test(term)) {
    const dropped = term.slice(0, -2) + term.slice(-1);
    withEndings(dropped, ['er', 'erna', 'ar', 'arna', 'a'], into);
    withEndings(term, ['n', 'ns'], into);
  }
}

function adjectiveForms(term: string, into: Set<string>): void {
  if (isVowel(term.at(-1))) {
    withEndings(term, ['', 'a', 'tt', 'are', 'ast', 'het', 'heten', 'hetens', 'hets'], into);
    return;
  }
  withEndings(term, ADJECTIVE, into);
  if (term.endsWith('iv') || term.endsWith('al')) withEndings(term, ITET, into);
  // "öppen" → "öppna", "öppet"; "enkel" → "enkla", "enkelt"; "säker" → "säkra".
  if (/[^aeiouyåäö]e[lrn]$/.test(term)) {
    const dropped = term.slice(0, -2) + term.slice(-1);
    withEndings(dropped, ['a', 'are', 'ast', 'aste'], into);
    if (term.endsWith('en')) into.add(`${term.slice(0, -1)}t`);
  }
}

function verbForms(term: string, into: Set<string>): void {
  if (term.endsWith('a')) {
    withEndings(term.slice(0, -1), VERB_ON_ROOT, into);
  } else if (isVowel(term.at(-1))) {
    withEndings(term, ['', 'r', 's', 'dde', 'ddes', 'tt', 'tts', 'dd', 'dda', 'ende'], into);
  } else {
    withEndings(term, VERB_ON_ROOT, into);
  }
}

/** Guesses a word class from the shape of a term: adjective suffixes, else noun. */
function guessClass(term: string): 'noun' | 'adjective' {
  return /(?:isk|ig|lig|iv|ell|bar|sam|ant|ent|al|ad|löst|full)$/.test(term) ? 'adjective' : 'noun';
}

/**
 * Every whole-word form of a one-word term: the term with the endings of its class (or the
 * explicit `endings`). `shortTerm` restricts the guessed endings for terms too short to be safe.
 */
export function inflectedForms(term: string, wordClass: TermWordClass, endings: readonly string[] | undefined, shortTerm: boolean): Set<string> {
  const forms = new Set<string>();
  if (endings) {
    withEndings(term, endings, forms);
    forms.add(term);
    return forms;
  }
  if (wordClass === 'any' && shortTerm) {
    withEndings(term, isVowel(term.at(-1)) ? SHORT_VOWEL : SHORT_CONSONANT, forms);
    return forms;
  }
  const cls = wordClass === 'any' ? guessClass(term) : wordClass;
  if (cls === 'noun') nounForms(term, forms);
  else if (cls === 'adjective') adjectiveForms(term, forms);
  else verbForms(term, forms);
  if (wordClass === 'any' && cls === 'noun' && !isVowel(term.at(-1))) {
    // A consonant-final term of unknown class may be an adjective too ("respekt" is not, "ärlig" is).
    withEndings(term, ['a', 't'], forms);
  }
  return forms;
}

/** A stem a term takes as the first part of a compound, and the linking elements allowed after it. */
export interface CompoundStem {
  readonly stem: string;
  readonly links: readonly string[];
}

/**
 * The stems a term takes first in a compound: "värdegrund(s)-", "demokrati-", "rättvis(e)-"
 * from "rättvisa", "arbet(s)-" from "arbete", and for adjectives their -het/-itet nouns
 * ("opartiskhets-", "objektivitets-").
 */
export function compoundStems(term: string, wordClass: TermWordClass): CompoundStem[] {
  const stems: CompoundStem[] = [{ stem: term, links: ['', 's'] }];
  const last = term.at(-1);
  if (last === 'a') stems.push({ stem: term.slice(0, -1), links: ['o', 'u', 'e', 's'] });
  if (last === 'e') stems.push({ stem: term.slice(0, -1), links: ['s'] });
  const cls = wordClass === 'any' ? guessClass(term) : wordClass;
  if (cls === 'adjective' && !isVowel(last)) {
    stems.push({ stem: `${term}het`, links: ['', 's'] });
    if (term.endsWith('iv') || term.endsWith('al')) stems.push({ stem: `${term}itet`, links: ['', 's'] });
  }
  if (cls === 'verb' && last === 'a') stems.push({ stem: term.slice(0, -1), links: ['', 'nings', 'ande'] });
  return stems;
}

/**
 * What may follow a term at the start of a compound must look like a word of its own, not a
 * derivational suffix: "respekt" + "ive" is "respektive", "respekt" + "era" a verb, "respekt" +
 * "lös" the opposite of respect, "analys" + "era" a verb.
 */
const DERIVATIONAL = [
  'ive', 'iva', 'ivt', 'isk', 'ism', 'ist', 'era', 'erad', 'erar', 'erat', 'ering', 'isera', 'iser', 'ell', 'ion', 'itet',
  'ande', 'ende', 'ning', 'lig', 'het', 'sam', 'bar', 'aktig', 'else', 'are', 'lös', 'ös', 'ant', 'ent', 'ens', 'ans',
  'iell', 'ikt', 'iker', 'ik', 'ör', 'ess', 'inna', 'ine', 'ina', 'ett', 'ul', 'ig', 'ad', 'ar', 'or', 'er', 'en', 'et',
];
const DERIVATIONAL_BY_FIRST = new Map<string, string[]>();
for (const suffix of DERIVATIONAL) {
  const first = suffix.charAt(0);
  const list = DERIVATIONAL_BY_FIRST.get(first) ?? [];
  list.push(suffix);
  DERIVATIONAL_BY_FIRST.set(first, list);
}

/**
 * True when `rest` (what follows a term inside a word) can be the next part of a compound:
 * at least `minLength` letters, a vowel, and not a derivational suffix.
 */
export function isCompoundRest(rest: string, minLength: number): boolean {
  if (rest.length < minLength || !hasVowel(rest)) return false;
  const candidates = DERIVATIONAL_BY_FIRST.get(rest.charAt(0));
  if (candidates) {
    for (const suffix of candidates) {
      // A short suffix only blocks when it is the whole rest or is followed by an ending ("era", "erade").
      if (suffix.length <= 2 ? rest === suffix || /^(?:a|t|e|na|en|et|er|ar|s)$/.test(rest.slice(suffix.length)) : rest.startsWith(suffix)) {
        return false;
      }
    }
  }
  return true;
}

/** True when `head` (what precedes a term inside a word) can be the first part of a compound. */
export function isCompoundHead(head: string, minLength: number): boolean {
  return head.length >= minLength && hasVowel(head);
}
