import { VardekollenError } from '../errors/vardekollen-error.js';

/** ISO 8601 date-time in UTC as `Date.prototype.toISOString` writes it (milliseconds optional). */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** True for an ISO 8601 UTC date-time that names a real instant. */
export function isIsoUtc(value: string): boolean {
  return ISO_UTC.test(value) && !Number.isNaN(Date.parse(value));
}

/** Refuses anything but an ISO 8601 UTC date-time (INVALID_ARGUMENT naming `what`). */
export function assertIsoUtc(value: string, what: string): void {
  if (!isIsoUtc(value)) throw new VardekollenError('INVALID_ARGUMENT', { detail: `${what} must be an ISO 8601 UTC time such as 2025-03-04T10:15:00Z, not ${JSON.stringify(value)}` });
}
