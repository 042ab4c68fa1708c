/**
 * Character classification for the tokenizer, without a regular expression per character.
 *
 * Why a table: the tokenizer looks at every code unit of a 300-page document. Testing each one
 * with `/\p{L}/u` costs a string allocation and a regex call; instead every BMP code unit is
 * classified once (lazily, on first sight) into a 64 KiB table. Astral code points (surrogate
 * pairs) are rare in Swedish text and are classified by a cached regex on the pair.
 */

/** Not a letter, digit, mark or space: punctuation, symbols, lone surrogates. */
export const CHAR_OTHER = 0;
/** A letter (`\p{L}`): a–ö, é, ü, Greek, Cyrillic, CJK … */
export const CHAR_LETTER = 1;
/** A decimal digit (`\p{Nd}`). */
export const CHAR_DIGIT = 2;
/** White space (`\s` and the Unicode spaces). */
export const CHAR_SPACE = 3;
/** A combining mark (`\p{M}`): continues a word, never starts one. */
export const CHAR_MARK = 4;

export type CharClass = typeof CHAR_OTHER | typeof CHAR_LETTER | typeof CHAR_DIGIT | typeof CHAR_SPACE | typeof CHAR_MARK;

const UNKNOWN = 255;
const table = new Uint8Array(0x10000).fill(UNKNOWN);
const astralCache = new Map<number, CharClass>();

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;

function classifyString(ch: string): CharClass {
  if (LETTER.test(ch)) return CHAR_LETTER;
  if (DIGIT.test(ch)) return CHAR_DIGIT;
  if (MARK.test(ch)) return CHAR_MARK;
  if (SPACE.test(ch)) return CHAR_SPACE;
  return CHAR_OTHER;
}

/** Classifies one UTF-16 code unit. Surrogates (paired or not) are `CHAR_OTHER` here; see {@link classAt}. */
export function classOfUnit(unit: number): CharClass {
  const known = table[unit] as number;
  if (known !== UNKNOWN) return known as CharClass;
  const computed = unit >= 0xd800 && unit <= 0xdfff ? CHAR_OTHER : classifyString(String.fromCharCode(unit));
  table[unit] = computed;
  return computed;
}

/**
 * Classifies the character starting at `index` in `text`, and says how many code units it
 * occupies (2 for a well-formed surrogate pair, else 1). A lone surrogate is `CHAR_OTHER`
 * of width 1, so malformed UTF-16 never breaks the scan.
 */
export function classAt(text: string, index: number): CharClass {
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) return classOfUnit(unit);
  const next = text.charCodeAt(index + 1);
  if (!(next >= 0xdc00 && next <= 0xdfff)) return CHAR_OTHER;
  const codePoint = ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
  let cls = astralCache.get(codePoint);
  if (cls === undefined) {
    cls = classifyString(String.fromCodePoint(codePoint));
    astralCache.set(codePoint, cls);
  }
  return cls;
}

/** Number of code units of the character at `index`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, index: number): 1 | 2 {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/** True when the character at `index` is an upper-case letter (it has a distinct lower-case form). */
export function isUpperAt(text: string, index: number): boolean {
  const width = widthAt(text, index);
  const ch = width === 2 ? text.slice(index, index + 2) : text.charAt(index);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when the character at `index` is a lower-case letter. */
export function isLowerAt(text: string, index: number): boolean {
  const width = widthAt(text, index);
  const ch = width === 2 ? text.slice(index, index + 2) : text.charAt(index);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

// ASCII and Latin-1 up front: almost every character of a Swedish text is one of them.
for (let unit = 0; unit < 0x100; unit += 1) classOfUnit(unit);
