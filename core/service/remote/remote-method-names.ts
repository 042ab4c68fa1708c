import type { ReviewService } from '../contract.js';

/**
 * The names of the service's methods, as plain data with no imports at run time, so that the
 * sandboxed Electron preload and the renderer's HTTP client can build the API object from it.
 * The `satisfies` clause makes the compiler refuse a list that misses or misspells a method.
 */
export const REMOTE_METHOD_NAMES = [
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

/** Compile-time check that every service method is listed. */
type Missing = Exclude<keyof ReviewService, (typeof REMOTE_METHOD_NAMES)[number]>;
const complete: Missing extends never ? true : Missing = true;
void complete;

/** The IPC channels between the Electron main process and the preload. */
export const IPC_CALL_CHANNEL = 'vardekollen:call';
export const IPC_PROGRESS_CHANNEL = 'vardekollen:progress';
/** Page → main (invoke): `{ callId }` of a call of this page to stop (the page stopped waiting for it). */
export const IPC_CANCEL_CHANNEL = 'vardekollen:cancel';

/** What a transport returns for one call: the value, or the typed error's plain form. */
export type RemoteResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: { readonly code: string; readonly params: Readonly<Record<string, string | number>>; readonly message: string; readonly messages: { readonly sv: string; readonly en: string }; readonly details?: readonly string[] } };
