/**
 * Text normalisation shared by every format. The goal is that the same words typed in Word,
 * exported to PDF or pasted as text give the same normalised text, so that rules, spans and
 * fingerprints do not depend on invisible characters.
 */

/** Typographic ligatures PDF fonts produce, spelled out. NFKC would do this but would also
 * rewrite superscripts, fractions and other characters whose form carries meaning. */
const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
  '\u0132': 'IJ',
  '\u0133': 'ij',
  '\u0152': 'OE',
  '\u0153': 'oe',
};

/** Characters that are only there to guide line breaking or joining: removed. */
const INVISIBLES = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF|\u180E/g;

/** Every kind of space, tab and line break: becomes one ordinary space. */
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** C0/C1 control characters other than whitespace: removed (PDFs and broken files hold them). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Hyphen look-alikes that mean an ordinary hyphen inside a word. */
const HYPHENS = /[\u2010\u2011]/g;

const LIGATURE_PATTERN = new RegExp(`[${Object.keys(LIGATURES).join('')}]`, 'g');

/**
 * Normalises the text of one block: Unicode NFC, ligatures spelled out, soft hyphens and
 * zero-width characters removed, all whitespace (including line breaks and no-break spaces)
 * collapsed to single spaces, trimmed. Lone surrogates become U+FFFD so the result is valid
 * UTF-16 and hashes the same everywhere. The result never contains a newline.
 */
export function normalizeBlockText(raw: string): string {
  // Most text is already clean; one test spares the chain of replacements below.
  if (!NEEDS_WORK.test(raw)) return raw;
  return toWellFormed(raw)
    .replace(CONTROLS, ' ')
    .replace(INVISIBLES, '')
    .replace(LIGATURE_PATTERN, (ch) => LIGATURES[ch] ?? ch)
    .replace(HYPHENS, '-')
    .normalize('NFC')
    .replace(SPACES, ' ')
    .trim();
}

/**
 * Text needs normalising if it has anything outside printable ASCII and Latin-1/Latin Extended
 * letters (U+00A1–U+02FF minus the soft hyphen U+00AD: below U+0300 every string is already in
 * NFC), or doubled, leading or trailing spaces.
 */
const NEEDS_WORK = /[^\x20-\x7E\u00A1-\u00AC\u00AE-\u02FF]| {2}|^ | $/;

/** Replaces unpaired UTF-16 surrogates with U+FFFD (String.prototype.toWellFormed is Node 20+). */
function toWellFormed(text: string): string {
  return text.toWellFormed();
}

/**
 * Counts words: runs of letters or digits, allowing inner hyphens and apostrophes ("IT-stöd"
 * is one word, "t.ex" two). A character loop rather than a global regular expression, which
 * would allocate every match of a 300-page document just to count them.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (isWordCharacter(code)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && (code === 0x2d || code === 0x27 || code === 0x2019) && isWordCharacter(text.codePointAt(i + 1) ?? 0)) {
      // An inner hyphen or apostrophe joins two parts of one word.
    } else {
      inWord = false;
    }
    i += width;
  }
  return count;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const wordCharacterCache = new Map<number, boolean>();

function isWordCharacter(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  let known = wordCharacterCache.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(code));
    wordCharacterCache.set(code, known);
  }
  return known;
}
