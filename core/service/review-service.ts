import type { ImportedDocument } from '../model/document.js';
import { importDocumentIsolated } from '../import/isolation/import-document-isolated.js';
import { importDocument as importInThread } from '../import/import-document.js';
import { importFile, type ImportBytes } from '../import/import-file.js';
import type { ImportOptions } from '../import/import-options.js';
import type { ImportRequest, ProgressEvents, ReviewService } from './contract.js';

export interface ReviewServiceOptions {
  /**
   * Run imports in a worker thread with hard time and memory limits (the default). Turn off
   * only where threads are unavailable; limits are then enforced cooperatively.
   */
  readonly isolateImports?: boolean;
}

/** Creates the application service. */
export function createReviewService(options: ReviewServiceOptions = {}): ReviewService {
  const importer: ImportBytes = options.isolateImports === false ? importInThread : importDocumentIsolated;

  return {
    async importDocument(request: ImportRequest, events: ProgressEvents = {}): Promise<ImportedDocument> {
      const importOptions: ImportOptions = {
        ...(request.password !== undefined ? { password: request.password } : {}),
        ...(request.limits !== undefined ? { limits: request.limits } : {}),
        ...(events.onProgress ? { onProgress: events.onProgress } : {}),
        ...(events.signal ? { signal: events.signal } : {}),
      };
      if (request.source.kind === 'path') return importFile(request.source.path, importer, importOptions);
      return importer(request.source.bytes, { ...importOptions, fileName: request.source.fileName });
    },
  };
}
