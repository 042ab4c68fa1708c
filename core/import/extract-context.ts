import type { ImportLimits, ImportProgress } from './import-options.js';

/** What every format extractor receives besides the bytes. */
export interface ExtractContext {
  readonly password?: string;
  readonly limits: ImportLimits;
  /** Report progress; safe to call often. */
  readonly reportProgress: (progress: ImportProgress) => void;
  /**
   * Throws the typed TIMEOUT error (or the abort reason) once the import's time is up or it
   * was cancelled. Extractors call it between pages/parts so that a slow file stops promptly
   * even without the isolated (worker) importer.
   */
  readonly checkpoint: () => void;
  /** Aborts when the time is up or the caller cancels; extractors use it to stop library work (e.g. destroy a pdf.js task). */
  readonly signal: AbortSignal;
}
