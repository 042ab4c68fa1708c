import type { ImportWarning } from '../../model/document.js';

export interface DecodedText {
  readonly text: string;
  readonly warnings: readonly ImportWarning[];
}

/**
 * Decodes a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM. A file that is not
 * valid UTF-8 is most likely Windows-1252 (older Swedish text files written on Windows), so
 * it is decoded as that and a warning says so; åäö then still come out right.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  try {
    // TextDecoder strips a UTF-8 BOM by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warnings: [
        {
          code: 'TEXT_ENCODING_GUESSED',
          message: {
            sv: 'Filen är inte UTF-8; den lästes som Windows-1252. Kontrollera att å, ä och ö ser rätt ut.',
            en: 'The file is not UTF-8; it was read as Windows-1252. Check that å, ä and ö look right.',
          },
        },
      ],
    };
  }
}

/** Splits into lines, accepting \n, \r\n and lone \r. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
