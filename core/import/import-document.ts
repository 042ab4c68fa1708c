import type { ImportedDocument } from '../model/document.js';
import { VardekollenError, toVardekollenError } from '../errors/index.js';
import { assembleDocument } from './assemble-document.js';
import { detectFormat } from './detect-format.js';
import type { ExtractContext } from './extract-context.js';
import { resolveLimits, type ImportOptions, type ImportProgress } from './import-options.js';
import { formatBytes, formatDuration } from './format-units.js';
import type { ExtractionResult } from './raw-block.js';
import { extractText } from './text/extract-text.js';

/**
 * Imports a document from its bytes, in this thread. The format is detected from the bytes.
 * Resolves to the located document model or rejects with a VardekollenError whose code says
 * what went wrong (UNSUPPORTED_FORMAT, CORRUPT_FILE, PASSWORD_REQUIRED, PASSWORD_INCORRECT,
 * NO_TEXT_LAYER, EMPTY_DOCUMENT, TOO_LARGE, TOO_LARGE_UNCOMPRESSED, TOO_MANY_PAGES, TIMEOUT).
 *
 * The time limit is enforced between pages and while awaiting the libraries; a library stuck
 * in a synchronous loop can only be stopped by the isolated importer (`importDocumentIsolated`),
 * which runs this function in a worker thread it can terminate.
 */
export async function importDocument(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportedDocument> {
  const limits = resolveLimits(options.limits);
  if (bytes.byteLength > limits.maxBytes) {
    throw new VardekollenError('TOO_LARGE', { size: formatBytes(bytes.byteLength), limit: formatBytes(limits.maxBytes) });
  }

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(timeoutError(limits.timeoutMs)), limits.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
  const reportProgress = (progress: ImportProgress): void => {
    try {
      options.onProgress?.(progress);
    } catch {
      // A failing progress listener (a closed window, say) must not fail the import.
    }
  };
  const context: ExtractContext = {
    ...(options.password !== undefined ? { password: options.password } : {}),
    limits,
    reportProgress,
    signal,
    checkpoint: () => {
      if (signal.aborted) throw abortReason(signal);
    },
  };

  try {
    reportProgress({ stage: 'reading', done: 0, total: 1 });
    const { extraction, format } = await raceWithSignal(extract(bytes, context), signal);
    context.checkpoint();
    reportProgress({ stage: 'assembling', done: 0, total: 1 });
    const document = assembleDocument({
      extraction,
      format,
      bytes,
      ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
    });
    if (document.blocks.length === 0) throw new VardekollenError('EMPTY_DOCUMENT');
    reportProgress({ stage: 'assembling', done: 1, total: 1 });
    return document;
  } catch (error) {
    throw toVardekollenError(error);
  } finally {
    clearTimeout(timer);
  }
}

async function extract(
  bytes: Uint8Array,
  context: ExtractContext,
): Promise<{ extraction: ExtractionResult; format: 'pdf' | 'docx' | 'text' | 'markdown' }> {
  const detected = detectFormat(bytes);
  switch (detected.kind) {
    case 'unsupported':
      throw new VardekollenError('UNSUPPORTED_FORMAT', { detected: detected.description });
    case 'encrypted-ooxml': {
      // Loaded on demand: most imports never need the PDF or DOCX libraries' start-up cost.
      const { extractEncryptedDocx } = await import('./docx/extract-encrypted-docx.js');
      return { extraction: await extractEncryptedDocx(bytes, context), format: 'docx' };
    }
    case 'supported':
      switch (detected.format) {
        case 'pdf': {
          const { extractPdf } = await import('./pdf/extract-pdf.js');
          return { extraction: await extractPdf(bytes, context), format: 'pdf' };
        }
        case 'docx': {
          const { extractDocx } = await import('./docx/extract-docx.js');
          return { extraction: await extractDocx(bytes, context), format: 'docx' };
        }
        case 'text':
        case 'markdown':
          return { extraction: extractText(bytes, detected.format === 'markdown'), format: detected.format };
      }
  }
}

function timeoutError(timeoutMs: number): VardekollenError {
  return new VardekollenError('TIMEOUT', { limit: formatDuration(timeoutMs) });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new VardekollenError('TIMEOUT', { limit: '?' });
}

/** Rejects as soon as the signal aborts, even while the library call is still busy. */
function raceWithSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
