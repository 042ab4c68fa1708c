import { VardekollenError } from '../errors/vardekollen-error.js';

/** The shortest passphrase accepted for a new key, in characters (Unicode code points). */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * The passphrase as the key derivation sees it: NFC-normalised, so "å" typed as one character
 * (Windows, Linux) and as "a" + ring (some macOS input paths) unlock the same key.
 */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** Refuses a passphrase shorter than {@link MIN_PASSPHRASE_LENGTH} characters (PASSPHRASE_TOO_SHORT). */
export function assertPassphraseLongEnough(passphrase: string): void {
  if ([...normalisePassphrase(passphrase)].length < MIN_PASSPHRASE_LENGTH) {
    throw new VardekollenError('PASSPHRASE_TOO_SHORT', { min: MIN_PASSPHRASE_LENGTH });
  }
}
