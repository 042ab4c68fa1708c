import type { Span } from '../model/span.js';

/**
 * What a token is:
 * - `word`: a run of letters (and digits or marks inside it), with inner hyphens and apostrophes
 *   ("IT-stöd", "e-post", "2000-talet"), or a suspended compound part with its hyphen
 *   ("Utvecklings-" in "Utvecklings- och kvalitetsarbetet");
 * - `number`: digits with inner separators (`2017:900`, `2016/17:180`, `2014-09-17`, `17.9.2014`,
 *   `13.00`, `3,5`, `16–18`);
 * - `section`: the section sign, alone or doubled (`§`, `§§`);
 * - `abbreviation`: a known Swedish abbreviation, with its dots and inner spaces
 *   (`t.ex.`, `bl.a.`, `kap.`, `t ex`, `dvs`) or an initial (`A.`);
 * - `punctuation`: anything else that is not white space. Runs of `.`, `!`, `?` and `…` are one
 *   token ("...", "?!"), as are runs of `§`; every other character is its own token.
 */
export type TokenKind = 'word' | 'number' | 'punctuation' | 'section' | 'abbreviation';

/**
 * One token of a text. The analysis keeps tokens in token tables (token-table.ts) and builds
 * these objects only when asked (`tokenize`, a sentence's `tokens`); they compute `text` and
 * `span` on access and share the vocabulary's lower-case strings, and serialise to plain JSON
 * with all five fields.
 */
export interface Token {
  readonly kind: TokenKind;
  /** The exact characters of the token in the text. */
  readonly text: string;
  /** `text.toLowerCase()`, computed once because every rule compares lower-case forms. */
  readonly lower: string;
  /** Where the token lies: offsets into the analysed text plus the caller's offset. */
  readonly span: Span;
  /** Letters in the token (`\p{L}`; not hyphens, apostrophes, digits or dots): for LIX long words. */
  readonly letters: number;
}

/** True for tokens that count as words in LIX and sentence length: words and abbreviations. */
export function isWordLike(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'abbreviation';
}
