import { toVardekollenError, VardekollenError } from '../../../core/errors/index.js';
import type { RemoteResult } from '../../../core/service/remote/remote-method-names.js';
import { logError } from '../log.js';

/** A successful reply. */
export function okReply(value: unknown): RemoteResult {
  return { ok: true, value };
}

/**
 * A failed reply: the typed error's plain form, which survives structured cloning. Errors that
 * are not ours (INTERNAL: a bug) are also logged with their stack, which the page never sees.
 */
export function errorReply(error: unknown): RemoteResult {
  const typed = toVardekollenError(error);
  if (typed.code === 'INTERNAL') logError('internal error in an IPC call', error);
  return { ok: false, error: typed.toJSON() };
}

/** The reply to a refused call (wrong sender, malformed payload). */
export function refusal(detail: string): RemoteResult {
  return errorReply(new VardekollenError('INVALID_ARGUMENT', { detail }));
}
