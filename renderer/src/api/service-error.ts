import type { LocalizedText } from '../../../core/errors/localized-text.js';
import { en } from '../i18n/en.js';
import { sv } from '../i18n/sv.js';

/**
 * An error from the service, rebuilt on this side of the transport: the catalogue code
 * ("PASSWORD_REQUIRED"), the values of its placeholders and its message in both languages, so
 * the interface can show it in the language the user chose and react to the code.
 */
export class ServiceError extends Error {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly messages: LocalizedText;
  readonly details: readonly string[];

  constructor(code: string, messages: LocalizedText, params: Readonly<Record<string, string | number>> = {}, details: readonly string[] = [], options?: { cause?: unknown }) {
    super(messages.en, options);
    this.name = 'ServiceError';
    this.code = code;
    this.messages = messages;
    this.params = params;
    this.details = details;
  }
}

/** Codes of failures on the way to the service (not in core's catalogue). */
export type TransportErrorCode = 'TRANSPORT_FAILED' | 'TRANSPORT_PROTOCOL' | 'TRANSPORT_NO_TOKEN';

const TRANSPORT_KEYS = {
  TRANSPORT_FAILED: 'error.transportFailed',
  TRANSPORT_PROTOCOL: 'error.transportProtocol',
  TRANSPORT_NO_TOKEN: 'error.transportNoToken',
} as const;

/** A failure of the transport itself (the local server stopped, an answer that is not ours). */
export function transportError(code: TransportErrorCode, detail: string, cause?: unknown): ServiceError {
  const key = TRANSPORT_KEYS[code];
  const fill = (text: string): string => text.replace('{detail}', detail);
  return new ServiceError(code, { sv: fill(sv[key]), en: fill(en[key]) }, { detail }, [], cause === undefined ? undefined : { cause });
}

function isLocalized(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['sv'] === 'string' && typeof record['en'] === 'string';
}

function isParams(value: unknown): value is Record<string, string | number> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');
}

/**
 * Turns whatever a transport threw or sent into a ServiceError: the plain error object of the
 * wire (`{code, params, message, messages, details}`), an Error the preload rebuilt (with
 * `code` and `messages` or `localized`), or anything else as an internal failure whose text is kept.
 */
export function toServiceError(value: unknown): ServiceError {
  if (value instanceof ServiceError) return value;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const code = record['code'];
    const messages = isLocalized(record['messages']) ? record['messages'] : isLocalized(record['localized']) ? record['localized'] : undefined;
    if (typeof code === 'string' && messages) {
      const details = Array.isArray(record['details']) ? record['details'].filter((d): d is string => typeof d === 'string') : [];
      return new ServiceError(code, messages, isParams(record['params']) ? record['params'] : {}, details, { cause: value });
    }
    if (value instanceof DOMException && value.name === 'AbortError') {
      return new ServiceError('ABORTED', { sv: sv['error.aborted'], en: en['error.aborted'] }, {}, [], { cause: value });
    }
  }
  const detail = value instanceof Error ? value.message : String(value);
  return transportError('TRANSPORT_PROTOCOL', detail, value);
}
