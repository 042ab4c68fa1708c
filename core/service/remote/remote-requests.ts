import { DOCUMENT_TYPES } from '../../rules/rule-types.js';
import { DECISIONS } from '../../review/checklist-types.js';
import { DEFAULT_IMPORT_LIMITS } from '../../import/import-options.js';
import { EXPORT_FORMATS } from '../review-contract.js';
import type { ReviewService } from '../contract.js';
import { bytes, integer, list, object, oneOf, optional, positiveNumber, required, text, type Validator } from './validators.js';

/**
 * The service methods a renderer may call over IPC or the loopback HTTP server, each with the
 * run-time validation of its one request argument. Documents arrive as bytes (from the file
 * picker or drag and drop): a renderer can never name a path on disk, so a compromised page
 * cannot make the service read arbitrary files. Signed checklists arrive as text.
 */
const fileBytes = bytes(DEFAULT_IMPORT_LIMITS.maxBytes);
const bytesSource = object({ kind: required(oneOf(['bytes'] as const)), bytes: required(fileBytes), fileName: required(text(500, 1)) });
const limits = object({
  maxBytes: optional(positiveNumber),
  maxPages: optional(positiveNumber),
  maxUncompressedBytes: optional(positiveNumber),
  timeoutMs: optional(positiveNumber),
  maxMemoryMb: optional(positiveNumber),
});
const ruleIds = list(text(300, 1), 500);
const ruleSelection = object({ disabled: optional(ruleIds), enabled: optional(ruleIds) });
const name = text(200, 1);
const reviewId = text(200, 1);
const importRequest = { source: required(bytesSource), password: optional(text(1000)), limits: optional(limits) } as const;
const checkRequest = { ...importRequest, type: optional(oneOf(DOCUMENT_TYPES)), rules: optional(ruleSelection) } as const;

export const REMOTE_REQUESTS = {
  importDocument: object(importRequest),
  checkDocument: object(checkRequest),
  listRules: object({ disabled: optional(ruleIds), enabled: optional(ruleIds) }),
  startReview: object({ ...checkRequest, seriesName: optional(text(200, 1)), reviewer: required(name) }),
  getChecklist: object({ reviewId: required(reviewId) }),
  getReviewDocument: object({ reviewId: required(reviewId) }),
  decide: object({
    reviewId: required(reviewId),
    itemKey: required(text(200, 1)),
    decision: required(oneOf(DECISIONS)),
    reason: optional(text(4000)),
    answer: optional(text(4000)),
    reviewer: required(name),
  }),
  itemHistory: object({ reviewId: required(reviewId), itemKey: required(text(200, 1)) }),
  completeReview: object({ reviewId: required(reviewId), reviewer: required(name) }),
  reopenReview: object({ reviewId: required(reviewId), reviewer: required(name) }),
  listSeries: object({}),
  history: object({ seriesName: optional(text(200, 1)), reviewId: optional(reviewId), limit: optional(integer(1, 100_000)) }),
  createReviewer: object({ name: required(name), passphrase: required(text(1000, 1)) }),
  listReviewers: object({}),
  signReview: object({ reviewId: required(reviewId), reviewer: required(name), passphrase: required(text(1000, 1)) }),
  signedFile: object({ reviewId: required(reviewId) }),
  verify: object({ signedFile: required(text(50 * 1024 * 1024, 1)), document: optional(bytesSource) }),
  exportChecklist: object({ reviewId: required(reviewId), format: required(oneOf(EXPORT_FORMATS)), language: required(oneOf(['sv', 'en'] as const)) }),
  getSettings: object({}),
  updateSettings: object({
    language: optional(oneOf(['sv', 'en'] as const)),
    reviewerName: optional(text(200)),
    rulePacks: optional(list(text(2000, 1), 50)),
    disabledRules: optional(ruleIds),
    enabledRules: optional(ruleIds),
  }),
} satisfies { readonly [M in keyof ReviewService]: Validator<unknown> };

export type RemoteMethod = keyof typeof REMOTE_REQUESTS;
export const REMOTE_METHODS = Object.keys(REMOTE_REQUESTS) as RemoteMethod[];

/** Methods whose progress is worth reporting to the caller. */
export const METHODS_WITH_PROGRESS: readonly RemoteMethod[] = ['importDocument', 'checkDocument', 'startReview'];

export function isRemoteMethod(value: unknown): value is RemoteMethod {
  return typeof value === 'string' && Object.hasOwn(REMOTE_REQUESTS, value);
}

/**
 * Validates a remote call and runs it on the service. Methods without a request get none;
 * progress goes to `onProgress` for the methods that report it.
 */
export async function callRemote(
  service: ReviewService,
  method: RemoteMethod,
  request: unknown,
  onProgress?: (progress: unknown) => void,
  signal?: AbortSignal,
): Promise<unknown> {
  const validated = REMOTE_REQUESTS[method](request ?? {}, '') as never;
  // Only the long methods take events: progress, and a signal that stops the work when the
  // caller gave up (the import's worker is terminated).
  const events = METHODS_WITH_PROGRESS.includes(method) && (onProgress || signal) ? { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) } : undefined;
  switch (method) {
    case 'listSeries':
    case 'listReviewers':
    case 'getSettings':
      return service[method]();
    default:
      return (service[method] as (request: never, events?: unknown) => Promise<unknown>)(validated, events);
  }
}
