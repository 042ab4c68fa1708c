import { ERROR_CATALOGUE, isErrorCode, type ErrorCode } from './error-catalogue.js';
import type { Language, LocalizedText } from './localized-text.js';

/** Values that fill a message's `{placeholders}`. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/**
 * The one error type users see. It carries a stable code, the parameters of its message,
 * and the message in both languages. `message` (for logs and stack traces) is English.
 */
export class VardekollenError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly localized: LocalizedText;
  /** Further lines for the user, e.g. every invalid rule file with its line. */
  readonly details: readonly string[];

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown; details?: readonly string[] }) {
    const localized = formatMessage(code, params);
    super(localized.en, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'VardekollenError';
    this.code = code;
    this.params = params;
    this.localized = localized;
    this.details = options?.details ?? [];
  }

  /** The message in the given language. */
  messageIn(language: Language): string {
    return this.localized[language];
  }

  /** A plain object that survives structured cloning, JSON and IPC. */
  toJSON(): SerializedError {
    return { code: this.code, params: this.params, message: this.localized.en, messages: this.localized, ...(this.details.length > 0 ? { details: this.details } : {}) };
  }

  /** Rebuilds an error sent across a process or network boundary. */
  static fromJSON(value: unknown): VardekollenError {
    if (typeof value === 'object' && value !== null) {
      const candidate = value as Partial<SerializedError>;
      if (isErrorCode(candidate.code)) {
        const params = isParams(candidate.params) ? candidate.params : {};
        const details = Array.isArray(candidate.details) ? candidate.details.filter((d): d is string => typeof d === 'string') : [];
        return new VardekollenError(candidate.code, params, { details });
      }
    }
    return new VardekollenError('INTERNAL', { detail: 'malformed error from another process' });
  }
}

export interface SerializedError {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  /** English, as in `Error.message` (for logs and tools that print `message`). */
  readonly message: string;
  /** The message in every language the product speaks. */
  readonly messages: LocalizedText;
  readonly details?: readonly string[];
}

/** Fills a catalogue message. A placeholder without a value stays visible so the gap is noticed. */
export function formatMessage(code: ErrorCode, params: ErrorParams): LocalizedText {
  const template = ERROR_CATALOGUE[code];
  const fill = (text: string): string =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  return { sv: fill(template.sv), en: fill(template.en) };
}

/**
 * True for our own typed errors, also when they come from another copy of this module (the
 * built dist/ code and the sources loaded side by side, or two bundles), which instanceof
 * cannot see: then by shape.
 */
export function isVardekollenError(error: unknown): error is VardekollenError {
  if (error instanceof VardekollenError) return true;
  if (!(error instanceof Error)) return false;
  const candidate = error as Partial<VardekollenError>;
  return isErrorCode(candidate.code) && typeof candidate.localized === 'object' && typeof candidate.messageIn === 'function';
}

/** Turns anything thrown into a typed error, keeping typed errors as they are. */
export function toVardekollenError(error: unknown): VardekollenError {
  if (isVardekollenError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new VardekollenError('INTERNAL', { detail }, { cause: error });
}

function isParams(value: unknown): value is ErrorParams {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');
}
