import type { ImportedDocument } from '../../model/document.js';
import type { SerializedError } from '../../errors/index.js';
import type { ImportLimits, ImportProgress } from '../import-options.js';

/** What the parent sends the import worker (as workerData). */
export interface ImportWorkerRequest {
  readonly bytes: Uint8Array;
  readonly fileName?: string;
  readonly password?: string;
  readonly limits: ImportLimits;
}

/** What the import worker posts back. */
export type ImportWorkerMessage =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'done'; readonly document: ImportedDocument }
  | { readonly type: 'failed'; readonly error: SerializedError };
