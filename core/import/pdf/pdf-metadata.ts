import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ImportWarning } from '../../model/document.js';
import { shortReason } from './pdf-errors.js';
import { metadataUnreadable } from './pdf-warnings.js';

/** Title and author as the PDF states them, and a warning if its metadata could not be read. */
export interface PdfMetadata {
  readonly title?: string;
  readonly author?: string;
  readonly warning?: ImportWarning;
}

/** Titles that are only the name of the file the PDF was made from ("NFS 2007-10k2.indd.indd"). */
const FILE_NAME_TITLE = /\.(indd|docx?|dotx?|odt|rtf|txt|pptx?|xlsx?|pdf|qxd|qxp|pub|tmp|html?)$/i;

/**
 * Reads title and author from the XMP metadata (dc:title, dc:creator) or else from the
 * document information dictionary, the same preference as Acrobat and the pdf.js viewer. A
 * title that is just a source file name is left out, so that the document's first heading can
 * name it instead. Broken metadata never fails the import: the text is what matters.
 */
export async function readPdfMetadata(document: PDFDocumentProxy): Promise<PdfMetadata> {
  let info: unknown;
  let xmp: { get(name: string): unknown } | null;
  try {
    ({ info, metadata: xmp } = await document.getMetadata());
  } catch (error) {
    return { warning: metadataUnreadable(shortReason(error)) };
  }
  const infoRecord = typeof info === 'object' && info !== null ? (info as Record<string, unknown>) : {};
  const title = [textOf(xmp?.get('dc:title')), textOf(infoRecord['Title'])].find((t) => t !== undefined && !FILE_NAME_TITLE.test(t));
  const author = textOf(xmp?.get('dc:creator')) ?? textOf(infoRecord['Author']);
  return { ...(title ? { title } : {}), ...(author ? { author } : {}) };
}

/** A metadata value as one trimmed string: XMP gives arrays for rdf:Alt/Seq/Bag values. */
function textOf(value: unknown): string | undefined {
  const text = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').join(', ') : value;
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}
