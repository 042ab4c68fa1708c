/**
 * Limits that protect the user's machine from hostile or broken files. Every limit can be
 * raised by the user for a file they trust.
 */
export interface ImportLimits {
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
  /** Most PDF pages accepted. */
  readonly maxPages: number;
  /** Largest total a DOCX (a zip archive) may unpack to, in bytes; checked before unpacking. */
  readonly maxUncompressedBytes: number;
  /** Longest an import may take, in milliseconds. */
  readonly timeoutMs: number;
  /** Most heap an isolated import may use, in MiB (enforced only by the isolated importer). */
  readonly maxMemoryMb: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxPages: 2000,
  maxUncompressedBytes: 500 * 1024 * 1024,
  timeoutMs: 120_000,
  maxMemoryMb: 2048,
};

/** How far an import has come; `done` and `total` count pages for PDFs and parts otherwise. */
export interface ImportProgress {
  readonly stage: ImportStage;
  readonly done: number;
  readonly total: number;
}

/** `reading`: opening the file; `pages`: extracting text page by page; `assembling`: building the document. */
export type ImportStage = 'reading' | 'pages' | 'assembling';

export interface ImportOptions {
  /** The file's name as the user knows it (for messages and metadata only; never used to pick the format). */
  readonly fileName?: string;
  /** Password for an encrypted PDF or DOCX. */
  readonly password?: string;
  readonly limits?: Partial<ImportLimits>;
  /** Called as work progresses; must not throw. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Cancels the import; it then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** Fills unset limits with defaults and refuses nonsense values. */
export function resolveLimits(limits: Partial<ImportLimits> | undefined): ImportLimits {
  const resolved = { ...DEFAULT_IMPORT_LIMITS, ...stripUndefined(limits ?? {}) };
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new RangeError(`import limit ${name} must be a positive number, got ${String(value)}`);
    }
  }
  return resolved;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
