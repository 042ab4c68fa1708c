import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { VardekollenError } from '../../errors/index.js';
import type { ImportWarning } from '../../model/document.js';
import type { ExtractContext } from '../extract-context.js';
import type { ExtractionResult } from '../raw-block.js';
import { hasImageXObject } from './detect-images.js';
import { layoutDocument } from './layout-document.js';
import { passwordCandidates } from './password-candidates.js';
import { corruptFile, openErrorToVardekollen, shortReason } from './pdf-errors.js';
import { readPdfMetadata } from './pdf-metadata.js';
import { headersFootersRemoved, pageSkipped, pagesWithoutText } from './pdf-warnings.js';
import { loadPdfjs, pdfjsBaseParameters } from './pdfjs-runtime.js';
import { readPages } from './read-pages.js';

/**
 * pdf.js is loaded together with this module: the importer imports this module only when it
 * meets a PDF, so nothing is loaded for other formats, and whoever has this module loaded
 * (a warm-up, the benchmark) also has pdf.js ready.
 */
const pdfjs = await loadPdfjs();

/**
 * Extracts the text of a PDF as blocks in reading order, with page numbers and boxes, using
 * pdf.js (legacy build, in this thread). The document is always destroyed afterwards — when
 * done, on error, and as soon as the import is cancelled or times out — so pdf.js's memory
 * and pending work never outlive the import.
 *
 * Errors: PASSWORD_REQUIRED, PASSWORD_INCORRECT, CORRUPT_FILE, TOO_MANY_PAGES (checked before
 * any page is read), NO_TEXT_LAYER (no text but images: a scan), EMPTY_DOCUMENT.
 */
export async function extractPdf(bytes: Uint8Array, context: ExtractContext): Promise<ExtractionResult> {
  context.checkpoint();
  // pdf.js takes ownership of (transfers) the buffer it is given; the caller keeps its bytes.
  const task = pdfjs.getDocument({ ...pdfjsBaseParameters(pdfjs), data: bytes.slice() });
  answerPasswordRequests(task, context.password);
  const onAbort = (): void => void destroy(task);
  context.signal.addEventListener('abort', onAbort, { once: true });
  try {
    let document: PDFDocumentProxy;
    try {
      document = await task.promise;
    } catch (error) {
      context.checkpoint();
      throw openErrorToVardekollen(error);
    }
    return await extractFromDocument(bytes, document, context);
  } finally {
    context.signal.removeEventListener('abort', onAbort);
    await destroy(task);
  }
}

async function extractFromDocument(bytes: Uint8Array, document: PDFDocumentProxy, context: ExtractContext): Promise<ExtractionResult> {
  const pageCount = document.numPages;
  if (pageCount > context.limits.maxPages) {
    throw new VardekollenError('TOO_MANY_PAGES', { pages: pageCount, limit: context.limits.maxPages });
  }
  const metadata = await readPdfMetadata(document);
  const { pages, pagesWithoutText: emptyPages, failures } = await readPages(document, context);

  const firstFailure = failures[0];
  if (firstFailure !== undefined && failures.length === pageCount) throw corruptFile(firstFailure.error);
  if (pages.every((page) => page.frames.length === 0)) {
    if (hasImageXObject(bytes)) throw new VardekollenError('NO_TEXT_LAYER');
    throw new VardekollenError('EMPTY_DOCUMENT');
  }

  const { blocks, removedLines } = layoutDocument(pages);
  const warnings: ImportWarning[] = [
    ...failures.map((failure) => pageSkipped(failure.page, shortReason(failure.error))),
    ...pagesWithoutText(emptyPages),
    ...(removedLines > 0 ? [headersFootersRemoved(removedLines)] : []),
    ...(metadata.warning ? [metadata.warning] : []),
  ];
  return {
    blocks,
    pageCount,
    warnings,
    ...(metadata.title !== undefined ? { title: metadata.title } : {}),
    ...(metadata.author !== undefined ? { author: metadata.author } : {}),
  };
}

/**
 * Offers the password's candidate encodings one by one when pdf.js asks. Once they are used
 * up, answering with an Error makes pdf.js reject the document with its own PasswordException
 * (code 1 "need password" when none was given, 2 "incorrect" otherwise).
 */
function answerPasswordRequests(task: PDFDocumentLoadingTask, password: string | undefined): void {
  const candidates = passwordCandidates(password);
  let next = 0;
  task.onPassword = (answer: (password: string | Error) => void): void => {
    const candidate = candidates[next];
    next += 1;
    answer(candidate ?? new Error('no password left to try'));
  };
}

/**
 * Destroys the loading task and with it the document and its (fake) worker. A failure here
 * cannot change what was extracted, and the import must not fail over clean-up, so it is
 * reported as a process warning rather than thrown.
 */
async function destroy(task: PDFDocumentLoadingTask): Promise<void> {
  try {
    await task.destroy();
  } catch (error) {
    process.emitWarning(`pdf.js could not release a document: ${shortReason(error)}`, 'VardekollenPdfCleanup');
  }
}
