import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExtractContext } from '../extract-context.js';
import type { PageText } from './layout-types.js';
import { layoutPageText, type PageGeometry } from './page-text.js';
import type { PdfTextContent } from './pdfjs-runtime.js';

/** What reading every page gave. */
export interface PagesRead {
  /** Pages whose text was read, in page order (also those without any text). */
  readonly pages: PageText[];
  /** Pages read without error that hold no text, 1-based. */
  readonly pagesWithoutText: number[];
  /** Pages whose text could not be read, with what pdf.js threw. */
  readonly failures: { readonly page: number; readonly error: unknown }[];
}

/**
 * Reads the text of every page in order and places it in lines right away, so that pdf.js's
 * text content and the page's resources can be released before the next page is read.
 * A page that pdf.js cannot read is recorded and skipped; a cancelled or timed-out import
 * stops between pages (and, because the caller destroys the document on abort, also while
 * waiting for pdf.js).
 */
export async function readPages(document: PDFDocumentProxy, context: ExtractContext): Promise<PagesRead> {
  const total = document.numPages;
  const pages: PageText[] = [];
  const pagesWithoutText: number[] = [];
  const failures: { page: number; error: unknown }[] = [];
  context.reportProgress({ stage: 'pages', done: 0, total });

  for (let number = 1; number <= total; number++) {
    context.checkpoint();
    const read = await readPageText(document, number);
    if ('error' in read) {
      // An abort destroys the document, which makes pending pdf.js calls fail: report the
      // abort (time-out or cancellation), not a damaged page.
      context.checkpoint();
      failures.push({ page: number, error: read.error });
    } else {
      // Layout runs outside the library's try/catch: a bug of ours must not pass for a damaged page.
      const text = layoutPageText(number, read.content, read.viewport);
      pages.push(text);
      if (text.frames.length === 0) pagesWithoutText.push(number);
    }
    context.reportProgress({ stage: 'pages', done: number, total });
  }
  return { pages, pagesWithoutText, failures };
}

type PageRead = { readonly content: PdfTextContent; readonly viewport: PageGeometry } | { readonly error: unknown };

/** One page's text content and geometry; the page's resources are released before returning. */
async function readPageText(document: PDFDocumentProxy, number: number): Promise<PageRead> {
  let page: Awaited<ReturnType<PDFDocumentProxy['getPage']>> | undefined;
  try {
    page = await document.getPage(number);
    const content = await page.getTextContent();
    const { transform, width, height } = page.getViewport({ scale: 1 });
    return { content, viewport: { transform, width, height } };
  } catch (error) {
    return { error };
  } finally {
    page?.cleanup();
  }
}
