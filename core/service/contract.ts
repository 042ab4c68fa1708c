import type { ImportedDocument } from '../model/document.js';
import type { ImportLimits, ImportProgress } from '../import/import-options.js';

/**
 * The one application API. Every user action is a method here; the CLI, the Electron main
 * process and the loopback web server are transports over it. Only plain data crosses it,
 * so every request and result survives JSON and structured cloning.
 */
export interface ReviewService {
  /** Reads a PDF, DOCX, text or Markdown file into the located document model. */
  importDocument(request: ImportRequest, events?: ProgressEvents): Promise<ImportedDocument>;
}

/** Where the document comes from: a path on this machine, or bytes (drag and drop, upload). */
export type ImportSource =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly fileName: string };

export interface ImportRequest {
  readonly source: ImportSource;
  /** Password for an encrypted PDF or DOCX. */
  readonly password?: string;
  readonly limits?: Partial<ImportLimits>;
}

export interface ProgressEvents {
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly signal?: AbortSignal;
}
