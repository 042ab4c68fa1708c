export type {
  CatalogueRule,
  CheckedDocument,
  CheckRequest,
  ImportRequest,
  ImportSource,
  ProgressEvents,
  ReviewService,
  RuleCatalogue,
} from './contract.js';
export type * from './review-contract.js';
export { EXPORT_FORMATS } from './review-contract.js';
export { createReviewService, type ClosableReviewService, type ReviewServiceOptions } from './review-service.js';
export { DEFAULT_SETTINGS, type Settings } from './settings.js';
