import { VardekollenError } from '../../errors/index.js';

/**
 * The typed error for a Word file we cannot read. `reason` is a short technical phrase
 * (English, shown in parentheses inside both language versions of the message) that helps
 * support tell one kind of damage from another; the sentence around it is localised.
 */
export function corruptDocx(reason: string, cause?: unknown): VardekollenError {
  return new VardekollenError('CORRUPT_FILE', { reason }, cause !== undefined ? { cause } : undefined);
}
