/**
 * Encodings of one user password to try, in order, until pdf.js accepts one.
 *
 * pdf.js 5.6 hands the password string to the decryption code as one byte per UTF-16 code
 * unit (the low byte), and only for AES-256 revision 6 turns it into UTF-8 first. Real files
 * differ in what the writing program did: older encryption (revisions 2–4) usually holds
 * Latin-1/Windows-1252 bytes, revision 5 files and some tools hold UTF-8 bytes, and revision 6
 * requires SASLprep (which, for instance, drops U+00AD and maps "ª" to "a"). The user types
 * the same password in every case, so we offer each plausible byte form of it.
 */
export function passwordCandidates(password: string | undefined): string[] {
  if (password === undefined || password === '') return [];
  const prepared = saslPrepLike(password);
  const candidates = [
    password,
    prepared,
    utf8AsBinaryString(password),
    utf8AsBinaryString(prepared),
    windows1252AsBinaryString(password.normalize('NFC')),
  ];
  return [...new Set(candidates.filter((c): c is string => c !== undefined && c !== ''))];
}

/** RFC 3454 table B.1: characters SASLprep maps to nothing. */
// Written as alternatives: several of these are combining marks, which a character class would mangle.
const MAPPED_TO_NOTHING = /\u00AD|\u034F|\u1806|\u180B|\u180C|\u180D|\u200B|\u200C|\u200D|\u2060|[\uFE00-\uFE0F]|\uFEFF/g;
/** RFC 3454 table C.1.2: non-ASCII spaces, which SASLprep maps to an ordinary space. */
const NON_ASCII_SPACES = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g;

/**
 * The mapping and normalisation steps of SASLprep (RFC 4013). The prohibited-output and
 * bidi checks are left out: they only reject passwords, and the file decides that anyway.
 */
function saslPrepLike(password: string): string {
  return password.replace(NON_ASCII_SPACES, ' ').replace(MAPPED_TO_NOTHING, '').normalize('NFKC');
}

/** The UTF-8 bytes of `text` as a string of code units 0–255, which pdf.js passes on unchanged. */
function utf8AsBinaryString(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let result = '';
  for (const byte of bytes) result += String.fromCharCode(byte);
  return result;
}

/** Windows-1252 code points 0x80–0x9F, which Latin-1 leaves to control characters. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** `text` as Windows-1252 bytes, or undefined when it holds characters that encoding lacks. */
function windows1252AsBinaryString(text: string): string | undefined {
  let result = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0xff) {
      result += char;
      continue;
    }
    const high = WINDOWS_1252_HIGH.indexOf(char);
    if (high < 0) return undefined;
    result += String.fromCharCode(0x80 + high);
  }
  return result;
}
