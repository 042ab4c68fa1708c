export type {
  HistoryAction,
  HistoryEvent,
  NewReview,
  ReviewStore,
  StoredReview,
  StoredReviewer,
  StoredSeries,
  StoredSignature,
  StoredVersion,
} from './review-store.js';
export { openReviewStore } from './sqlite-review-store.js';
export { defaultDatabasePath, DATABASE_PATH_VARIABLE } from './default-database-path.js';
export { SCHEMA_VERSION } from './migrations/migration-list.js';
