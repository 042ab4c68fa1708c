/**
 * List bullets and numbers as they appear at the start of a PDF line. Word, PowerPoint and
 * InDesign draw bullets with real bullet characters, with Symbol/Wingdings glyphs that
 * pdf.js maps into the Private Use Area, or with dashes.
 */

/** Glyphs that are bullets wherever they start a line; text may follow without a space. */
const BULLET_GLYPHS = '•◦▪▫■□●○◆◇►▸‣⁃∙·➢➤➔→✓✔✗☐❑\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF06E\uF0A8\uF0E0\uF0F0\uF02D';
/** Characters that are bullets only when a space follows ("- text"), not in "-5" or "*note". */
const SPACED_BULLETS = '-–—*+';

const GLYPH_PREFIX = new RegExp(`^[${BULLET_GLYPHS}]\\s*(?=\\S)`, 'u');
const SPACED_PREFIX = new RegExp(`^[${escapeClass(SPACED_BULLETS)}]\\s+(?=\\S)`, 'u');
/** "1." "1)" "a)" "(b)" "iv." followed by a space and text. A number with a dot needs the space so that "3.1 Syfte" and "1.5 miljoner" stay text. */
const NUMBER_PREFIX = /^(?:\(?(?:\d{1,2}|[a-zåäö]|[ivx]{1,4})[.)]|\(\d{1,2}\))\s+(?=\S)/u;
/** A text item that holds only a bullet, or a bullet glyph alone. */
const BARE_MARKER = new RegExp(`^\\s*(?:[${BULLET_GLYPHS}${escapeClass(SPACED_BULLETS)}o]|\\(?(?:\\d{1,2}|[a-zåäö])[.)])\\s*$`, 'u');

/** A list marker found at the start of a line. */
export interface MarkerMatch {
  readonly kind: 'bullet' | 'number';
  /** Length of the marker and the space after it, in UTF-16 code units. */
  readonly length: number;
  /**
   * True for bullet glyphs, which start a list item wherever they stand. Dashes and numbers
   * also occur at the start of a wrapped line inside a sentence ("... i bilaga / 1. (NFS
   * 2014:23)"), so on their own they only start an item where a new block may start.
   */
  readonly strong: boolean;
}

/** How a line starts, if it starts like a list item. */
export function matchListMarker(text: string): MarkerMatch | undefined {
  const glyph = GLYPH_PREFIX.exec(text);
  if (glyph) return { kind: 'bullet', length: glyph[0].length, strong: true };
  const dash = SPACED_PREFIX.exec(text);
  if (dash) return { kind: 'bullet', length: dash[0].length, strong: false };
  const number = NUMBER_PREFIX.exec(text);
  if (number) return { kind: 'number', length: number[0].length, strong: false };
  return undefined;
}

/**
 * True for a text item that is nothing but a list marker. Such an item is often set far to the
 * left of its text (a hanging indent), and must not be split from it as if it were a column.
 * A lone "o" counts here because Wingdings-style hollow bullets come out of pdf.js as "o".
 */
export function isBareMarker(text: string): boolean {
  return text.length <= 5 && BARE_MARKER.test(text);
}

function escapeClass(chars: string): string {
  return chars.replace(/[-\\\]^]/g, '\\$&');
}
