import type { DocumentFormat } from '../model/document.js';

/**
 * What the bytes of a file are. Detection never trusts the file name: a .doc that is really a
 * .docx is read as DOCX, and a .pdf that is really HTML is refused.
 */
export type DetectedFormat =
  | { readonly kind: 'supported'; readonly format: DocumentFormat }
  | { readonly kind: 'encrypted-ooxml' }
  | { readonly kind: 'unsupported'; readonly description: string };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** How far into the file a PDF header may start (pdf.js itself tolerates leading garbage). */
const PDF_HEADER_SEARCH = 1024;

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0) return { kind: 'supported', format: 'text' };
  if (findSequence(bytes, PDF_MAGIC, PDF_HEADER_SEARCH) >= 0 || looksLikeHeaderlessPdf(bytes)) return { kind: 'supported', format: 'pdf' };
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return detectZipFormat(bytes);
  if (startsWith(bytes, CFB_MAGIC)) return detectCompoundFileFormat(bytes);
  const binary = describeKnownBinary(bytes);
  if (binary) return { kind: 'unsupported', description: binary };
  if (looksLikeText(bytes)) return { kind: 'supported', format: looksLikeMarkdown(bytes) ? 'markdown' : 'text' };
  return { kind: 'unsupported', description: 'unknown binary data' };
}

/** A zip can be DOCX, ODT, XLSX, PPTX, EPUB or just a zip: look at the part names. */
function detectZipFormat(bytes: Uint8Array): DetectedFormat {
  const head = latin1(bytes, 0, Math.min(bytes.length, 4096));
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text')) {
    return { kind: 'unsupported', description: 'OpenDocument text (.odt)' };
  }
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) {
    return { kind: 'unsupported', description: 'OpenDocument (.ods/.odp)' };
  }
  if (head.includes('mimetypeapplication/epub+zip')) return { kind: 'unsupported', description: 'EPUB' };
  // Part names sit uncompressed in local headers and the central directory, so a byte search
  // finds them without unpacking anything.
  const all = asBuffer(bytes);
  if (all.includes('word/document.xml') || all.includes('word/document2.xml')) {
    return { kind: 'supported', format: 'docx' };
  }
  if (all.includes('xl/workbook.xml')) return { kind: 'unsupported', description: 'Excel workbook (.xlsx)' };
  if (all.includes('ppt/presentation.xml')) return { kind: 'unsupported', description: 'PowerPoint presentation (.pptx)' };
  if (all.includes('[Content_Types].xml')) {
    // An Office package whose main part is not where we expect: let the DOCX reader judge it,
    // so that the user gets its precise "main document part missing" error.
    return { kind: 'supported', format: 'docx' };
  }
  return { kind: 'unsupported', description: 'zip archive without a Word document' };
}

/**
 * OLE compound files hold legacy .doc/.xls/.ppt and also password-encrypted OOXML (an
 * encrypted .docx is not a zip but a compound file with EncryptionInfo and EncryptedPackage
 * streams). Directory entry names are UTF-16LE.
 */
function detectCompoundFileFormat(bytes: Uint8Array): DetectedFormat {
  if (containsUtf16(bytes, 'EncryptedPackage') && containsUtf16(bytes, 'EncryptionInfo')) {
    return { kind: 'encrypted-ooxml' };
  }
  if (containsUtf16(bytes, 'WordDocument')) return { kind: 'unsupported', description: 'Word 97–2003 document (.doc)' };
  if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) return { kind: 'unsupported', description: 'Excel 97–2003 workbook (.xls)' };
  if (containsUtf16(bytes, 'PowerPoint Document')) return { kind: 'unsupported', description: 'PowerPoint 97–2003 (.ppt)' };
  return { kind: 'unsupported', description: 'OLE compound file' };
}

function describeKnownBinary(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes, 0, Math.min(bytes.length, 16));
  if (head.startsWith('{\\rtf')) return 'Rich Text Format (.rtf)';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG image';
  if (head.startsWith('GIF8')) return 'GIF image';
  if (head.startsWith('II*\u0000') || head.startsWith('MM\u0000*')) return 'TIFF image';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip archive';
  if (head.startsWith('7z')) return '7-Zip archive';
  if (head.startsWith('Rar!')) return 'RAR archive';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'executable program';
  if (head.startsWith('MZ')) return 'Windows program';
  const lowerStart = latin1(bytes, 0, Math.min(bytes.length, 512)).trimStart().toLowerCase();
  if (lowerStart.startsWith('<!doctype html') || lowerStart.startsWith('<html')) return 'HTML page';
  if (lowerStart.startsWith('<?xml') && lowerStart.includes('<w:document')) return 'Word XML (Flat OPC)';
  return undefined;
}

/**
 * Text if it has a Unicode byte-order mark, or if the first 64 KiB hold (almost) no control
 * characters other than whitespace. UTF-8 and Windows-1252 both pass; decoding decides later.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return true;
  }
  const sample = bytes.subarray(0, 65536);
  let suspicious = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    const isControl = byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c;
    if (isControl) suspicious++;
  }
  return suspicious <= sample.length * 0.01;
}

/** Markdown if the text shows at least two distinct Markdown constructs, or one heading. */
function looksLikeMarkdown(bytes: Uint8Array): boolean {
  const sample = new TextDecoder('utf-8').decode(bytes.subarray(0, 65536));
  const signals = [
    /^#{1,6}[ \t]+\S/m, // ATX heading
    /^\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m, // table separator row
    /^\S.*\n(=+|-{3,})[ \t]*$/m, // setext heading
    /\[[^\]\n]+\]\([^)\s]+\)/, // link
    /(^|[^*])\*\*[^*\n]+\*\*/, // strong emphasis
    /^```/m, // code fence
  ];
  if (signals[0]?.test(sample)) return true;
  return signals.filter((pattern) => pattern.test(sample)).length >= 2;
}

/**
 * A PDF whose "%PDF-" header is missing or damaged still starts with numbered objects
 * ("1 0 obj << /Type /Catalog … >> endobj"); pdf.js opens such files, so we read them as PDF
 * rather than as text full of PDF syntax.
 */
function looksLikeHeaderlessPdf(bytes: Uint8Array): boolean {
  const head = latin1(bytes, 0, Math.min(bytes.length, 2048));
  return /^(?:%[^\n\r]*[\r\n]+)?\s*\d+\s+\d+\s+obj\b/.test(head) && /\bendobj\b/.test(head) && /\/Type\s*\/(?:Catalog|Page|Pages|XRef)\b/.test(head);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((value, i) => bytes[i] === value);
}

function findSequence(bytes: Uint8Array, needle: readonly number[], within: number): number {
  const last = Math.min(bytes.length - needle.length, within);
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return asBuffer(bytes).toString('latin1', start, end);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return asBuffer(bytes).includes(Buffer.from(text, 'utf16le'));
}
