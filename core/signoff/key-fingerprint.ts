import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * A public key's fingerprint: "SHA256:" + unpadded base64 of the SHA-256 of the key's DER
 * SubjectPublicKeyInfo. It looks like ssh-keygen's fingerprints on purpose (people know the
 * shape), but is not the same number: ssh-keygen hashes the SSH wire form of the key.
 *
 * @param publicKey a PEM string (SPKI) or a key object.
 */
export function keyFingerprint(publicKey: string | KeyObject): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  const der = key.export({ type: 'spki', format: 'der' });
  return `SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}`;
}
