/**
 * Bounds on an untrusted signed file, far above anything Värdekollen writes (a 1,000-item
 * checklist with two signatures is about 3 MB, nests 8 levels deep) and far below what would
 * hurt: the verifier must answer "not a signed checklist" rather than run out of memory or stack.
 */
export const SIGNED_FILE_LIMITS = {
  /** Characters of JSON text (or bytes of a file). */
  maxLength: 64 * 1024 * 1024,
  /** Nesting of arrays and objects. */
  maxDepth: 16,
  /** Values of any kind in the whole file. */
  maxValues: 5_000_000,
  maxItems: 50_000,
  maxSignatures: 100,
  /** Characters of an item key, a name or an id. */
  maxKeyLength: 200,
} as const;
