import { ERROR_CATALOGUE, isErrorCode } from '../../core/errors/error-catalogue.js';
import type { ErrorParams } from '../../core/errors/vardekollen-error.js';
import type { BridgeError } from './bridge-types.js';

/**
 * Returns a reply's value, or throws its error as a `BridgeError`. Replies come from our own
 * main process, but the page must still get a typed error (never `undefined` or a crash) if a
 * reply is ever malformed, e.g. after a half-finished update mixed two versions.
 */
export function unwrapReply(reply: unknown): unknown {
  if (isRecord(reply)) {
    if (reply['ok'] === true) return reply['value'];
    if (reply['ok'] === false && isRecord(reply['error'])) throw toBridgeError(reply['error']);
  }
  throw internalError('malformed reply from the main process');
}

/** The plain form of a typed error, as it crosses the context bridge with all its fields. */
export function toBridgeError(error: Readonly<Record<string, unknown>>): BridgeError {
  const { code, params, message, messages, details } = error;
  if (!isErrorCode(code) || typeof message !== 'string' || !isMessages(messages)) return internalError('malformed error from the main process');
  return {
    name: 'VardekollenError',
    code,
    params: isParams(params) ? params : {},
    message,
    messages: { sv: messages.sv, en: messages.en },
    ...(Array.isArray(details) ? { details: details.filter((d): d is string => typeof d === 'string') } : {}),
  };
}

function internalError(detail: string): BridgeError {
  // The catalogue is plain data; filling its one placeholder here keeps the error classes out of the preload bundle.
  const fill = (text: string): string => text.replaceAll('{detail}', detail);
  const { sv, en } = ERROR_CATALOGUE.INTERNAL;
  return { name: 'VardekollenError', code: 'INTERNAL', params: { detail }, message: fill(en), messages: { sv: fill(sv), en: fill(en) } };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMessages(value: unknown): value is { readonly sv: string; readonly en: string } {
  return isRecord(value) && typeof value['sv'] === 'string' && typeof value['en'] === 'string';
}

function isParams(value: unknown): value is ErrorParams {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');
}
