import type { ReviewService } from '../../../core/service/contract.js';

/**
 * The service's methods as plain data, for building the HTTP client. Core holds the same list,
 * but the renderer may import only types from core, so it keeps its own copy; the compiler
 * refuses a list that misses or misspells a method.
 */
export const METHOD_NAMES = [
  'importDocument',
  'checkDocument',
  'listRules',
  'startReview',
  'getChecklist',
  'getReviewDocument',
  'decide',
  'itemHistory',
  'completeReview',
  'reopenReview',
  'listSeries',
  'history',
  'createReviewer',
  'listReviewers',
  'signReview',
  'signedFile',
  'verify',
  'exportChecklist',
  'getSettings',
  'updateSettings',
] as const satisfies readonly (keyof ReviewService)[];

export type MethodName = (typeof METHOD_NAMES)[number];

type Missing = Exclude<keyof ReviewService, MethodName>;
/** Compile-time check: a method added to the contract must be listed here. */
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
