import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { VardekollenError } from '../errors/vardekollen-error.js';

/**
 * A public key's fingerprint: "SHA256:" + unpadded base64 of the SHA-256 of the key's DER
 * SubjectPublicKeyInfo. It looks like ssh-keygen's fingerprints on purpose (people know the
 * shape), but is not the same number: ssh-keygen hashes the SSH wire form of the key.
 *
 * @param publicKey a PEM string (SPKI) or a key object.
 * @throws VardekollenError INVALID_ARGUMENT when the string is not a public key.
 */
export function keyFingerprint(publicKey: string | KeyObject): string {
  let key: KeyObject;
  try {
    key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  } catch (error) {
    throw new VardekollenError('INVALID_ARGUMENT', { detail: 'not a public key in PEM form' }, { cause: error });
  }
  const der = key.export({ type: 'spki', format: 'der' });
  return `SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}`;
}
