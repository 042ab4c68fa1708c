import type { ImportBytes } from '../import/import-file.js';
import type { ReviewStore } from '../store/review-store.js';
import type { RuleSetCache } from './rule-set-cache.js';

/** What the service's actions share. */
export interface ServiceDeps {
  readonly importer: ImportBytes;
  readonly ruleSets: RuleSetCache;
  /** The review database, opened on first use (import and check never need it). */
  readonly store: () => ReviewStore;
  /** The review database only if it already exists (verifying must not create one). */
  readonly existingStore: () => ReviewStore | undefined;
  /** The current time as ISO 8601 UTC; injectable so tests can fix it. */
  readonly now: () => string;
}
