/**
 * Swedish abbreviations the tokenizer keeps as one token, and whether each may end a sentence.
 *
 * The sentence rule (see split-sentences.ts) depends on `final`:
 * - `never`: the abbreviation introduces a complement ("t.ex. Skatteverket", "kap. 9",
 *   "prop. 2016/17:180", "kl. 13.00"), so its dot never ends a sentence, even before a
 *   capitalised name. This is why "t.ex. Skatteverket" stays one sentence.
 * - `may`: the abbreviation closes a list or an amount ("m.m.", "osv.", "m.fl.", "st."), so it
 *   can stand last; Swedish writes no extra full stop after it. Its dot ends the sentence when
 *   the next word starts with a capital letter ("… m.m. Nästa mening" is two sentences). A
 *   capitalised name right after "m.m." in the same sentence is ungrammatical, so the rule is safe.
 *
 * Words that are also ordinary words ("bil", "min", "art", "ung", "fil", "punkt", the name "Jan") are deliberately absent: at the
 * end of a sentence they are words, and treating them as abbreviations would glue sentences.
 */

/**
 * Whether an abbreviation's final dot may end a sentence. `initial` is a capital letter with a
 * dot: an initial after a name ("Anna B. Svensson"), but a sentence end after a lower-case word
 * ("Se bilaga A. Där finns …").
 */
export type AbbreviationFinal = 'never' | 'may' | 'initial';

/** Multi-part abbreviations, keyed by their letters joined with dots, without the final dot. */
const MULTI_PART: Readonly<Record<string, AbbreviationFinal>> = {
  't.ex': 'never',
  'bl.a': 'never',
  'm.m': 'may',
  'm.fl': 'may',
  's.k': 'never',
  'd.v.s': 'never',
  'o.s.v': 'may',
  'fr.o.m': 'never',
  't.o.m': 'never',
  'p.g.a': 'never',
  'f.d': 'never',
  'e.d': 'may',
  'o.d': 'may',
  'o.dyl': 'may',
  'm.a.o': 'never',
  'i.st.f': 'never',
  'f.n': 'may',
  'f.ö': 'never',
  'm.h.t': 'never',
  'm.m.m': 'may',
  'n.b': 'never',
  'p.s': 'never',
  'a.a': 'never',
  's.a.s': 'never',
  't.v': 'may',
  't.h': 'may',
  'e.kr': 'may',
  'f.kr': 'may',
  'v.g.v': 'never',
  'jur.kand': 'may',
  'fil.kand': 'may',
  'fil.mag': 'may',
  'fil.dr': 'never',
  'med.dr': 'never',
  'tekn.dr': 'never',
};

/** Multi-part abbreviations also written with spaces instead of dots ("t ex", "bl a"). */
const SPACED: ReadonlySet<string> = new Set([
  't.ex', 'bl.a', 'm.m', 'm.fl', 's.k', 'd.v.s', 'o.s.v', 'fr.o.m', 't.o.m', 'p.g.a', 'f.d', 'm.a.o', 'i.st.f',
]);

/** The first letters of the spaced forms: only these start a spaced look-ahead. */
const SPACED_FIRST: ReadonlySet<string> = new Set([...SPACED].map((key) => key.slice(0, key.indexOf('.'))));

/** One-part abbreviations written with a final dot ("kap.", "prop."). */
const SINGLE_DOTTED: Readonly<Record<string, AbbreviationFinal>> = {
  dvs: 'never', osv: 'may', pga: 'never', mfl: 'may', mm: 'may', etc: 'may',
  enl: 'never', ev: 'never', evt: 'never', inkl: 'never', exkl: 'never', ca: 'never',
  kap: 'never', prop: 'never', resp: 'never', nr: 'never', dnr: 'never', kl: 'never', jfr: 'never',
  st: 'may', tel: 'never', tfn: 'never', bet: 'never', sid: 'never', ang: 'never', avd: 'never',
  forts: 'may', tf: 'never', vik: 'never', fig: 'never', tab: 'never', uppl: 'never', red: 'never',
  anm: 'never', obs: 'never', ff: 'may', jur: 'never', dr: 'never', prof: 'never',
  doc: 'never', kand: 'may', lic: 'never', adj: 'never', milj: 'never', mdr: 'never', mdkr: 'never',
  tkr: 'may', mkr: 'may', kr: 'may', tim: 'may', sek: 'may', ex: 'never', pers: 'never', kungl: 'never',
  gm: 'never', övr: 'never', förf: 'never', utg: 'never', nuv: 'never', vol: 'never',
  feb: 'never', aug: 'never', sept: 'never', okt: 'never', nov: 'never', dec: 'never',
  stk: 'never', mom: 'never', föreskr: 'never', förordn: 'never', dir: 'never', skr: 'never',
};

/** One-part abbreviations commonly written without a dot; they become abbreviation tokens too. */
const UNDOTTED: ReadonlySet<string> = new Set([
  'dvs', 'osv', 'pga', 'mfl', 'ca', 'nr', 'dnr', 'jfr', 'inkl', 'exkl', 'resp', 'tel', 'tfn', 'kl', 'etc', 'enl', 'kap', 'prop',
]);

const SINGLE_DOTTED_MAP = new Map<string, AbbreviationFinal>(Object.entries(SINGLE_DOTTED));
const MULTI_PART_MAP = new Map<string, AbbreviationFinal>(Object.entries(MULTI_PART));

/** Looks up a multi-part abbreviation by its lower-case parts joined with dots (`"t.ex"`). */
export function multiPartAbbreviation(key: string): AbbreviationFinal | undefined {
  return MULTI_PART_MAP.get(key);
}

/**
 * Every multi-part key and each of its beginnings that ends at a part ("t", "t.ex", "fr",
 * "fr.o", "fr.o.m"): a word followed by a dot is looked at further only when it is one of
 * these, so an ordinary sentence end ("… slut. Nästa") builds no keys.
 */
const MULTI_PART_PREFIXES: ReadonlySet<string> = new Set(
  Object.keys(MULTI_PART).flatMap((key) => key.split('.').map((_, k, parts) => parts.slice(0, k + 1).join('.'))),
);

/** True when some multi-part abbreviation is `key` or starts with `key` followed by a dot. */
export function beginsMultiPartAbbreviation(key: string): boolean {
  return MULTI_PART_PREFIXES.has(key);
}

/** True when the lower-case key (`"t.ex"`) may also be written with spaces (`"t ex"`). */
export function isSpacedAbbreviation(key: string): boolean {
  return SPACED.has(key);
}

/** True when a spaced abbreviation can start with this lower-case word ("t", "bl", "fr" …). */
export function startsSpacedAbbreviation(lowerWord: string): boolean {
  return SPACED_FIRST.has(lowerWord);
}

/** Looks up a one-part abbreviation written with a dot (`"kap"` for "kap."). */
export function dottedAbbreviation(lowerWord: string): AbbreviationFinal | undefined {
  return SINGLE_DOTTED_MAP.get(lowerWord);
}

/** True for a one-part abbreviation that is also used without its dot ("dvs", "ca", "nr"). */
export function isUndottedAbbreviation(lowerWord: string): boolean {
  return UNDOTTED.has(lowerWord);
}

/** The longest one-part abbreviation used without a dot ("inkl", "exkl", "resp", "prop"). */
export const MAX_UNDOTTED_LENGTH = Math.max(...[...UNDOTTED].map((w) => w.length));

/** The longest multi-part key we know, in parts: limits the tokenizer's look-ahead. */
export const MAX_ABBREVIATION_PARTS = 4;
/** The longest part of a multi-part abbreviation ("tekn", "kand"): limits the look-ahead. */
export const MAX_ABBREVIATION_PART_LENGTH = 5;
