export type { ImportRequest, ImportSource, ProgressEvents, ReviewService } from './contract.js';
export { createReviewService, type ReviewServiceOptions } from './review-service.js';
