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
export { createReviewService, type ReviewServiceOptions } from './review-service.js';
