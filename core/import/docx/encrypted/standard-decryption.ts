import { createDecipheriv, hash, timingSafeEqual } from 'node:crypto';
import { corruptDocx } from '../docx-errors.js';
import { aesDecrypt, wholeBlocks } from './aes.js';
import { readPackageSize } from './package-size.js';
import { iteratedPasswordHash } from './password-key.js';
import type { StandardEncryption } from './read-encryption-info.js';

/** Standard encryption always stretches the password with 50 000 SHA-1 rounds ([MS-OFFCRYPTO] 2.3.4.7). */
const STANDARD_SPIN_COUNT = 50_000;
/** Decrypt this much at a time so that a timed-out import can stop between chunks. */
const CHUNK = 1024 * 1024;

/**
 * Checks `password` against a Standard-encrypted file and returns the AES key, or undefined
 * when the password is wrong ([MS-OFFCRYPTO] 2.3.4.7 key derivation, 2.3.4.9 verification).
 */
export function unlockStandard(info: StandardEncryption, password: string, checkpoint: () => void): Buffer | undefined {
  const passwordHash = iteratedPasswordHash('sha1', info.salt, password, STANDARD_SPIN_COUNT, checkpoint);
  const final = hash('sha1', Buffer.concat([passwordHash, Buffer.alloc(4)]), 'buffer'); // block number 0
  const derive = (fill: number): Buffer => {
    const buffer = Buffer.alloc(64, fill);
    for (let i = 0; i < final.byteLength; i++) buffer[i] = (buffer[i] ?? 0) ^ (final[i] ?? 0);
    return hash('sha1', buffer, 'buffer');
  };
  const key = Buffer.concat([derive(0x36), derive(0x5c)]).subarray(0, info.keyBytes);

  const verifier = aesDecrypt(key, null, info.encryptedVerifier);
  const expected = aesDecrypt(key, null, info.encryptedVerifierHash).subarray(0, info.verifierHashSize);
  const actual = hash('sha1', verifier, 'buffer');
  return expected.byteLength === actual.byteLength && timingSafeEqual(expected, actual) ? key : undefined;
}

/** Decrypts the EncryptedPackage stream: AES-ECB over everything after the 8-byte size, truncated to that size. */
export function decryptStandardPackage(key: Buffer, stream: Uint8Array, checkpoint: () => void): Uint8Array {
  const { size, data } = readPackageSize(stream);
  const usable = wholeBlocks(data.byteLength);
  if (size > usable) throw corruptDocx('encrypted package shorter than its declared size');
  const decipher = createDecipheriv(`aes-${key.byteLength * 8}-ecb`, key, null);
  decipher.setAutoPadding(false);
  const out = Buffer.allocUnsafe(usable);
  for (let offset = 0; offset < usable; offset += CHUNK) {
    decipher.update(data.subarray(offset, Math.min(offset + CHUNK, usable))).copy(out, offset);
    checkpoint();
  }
  decipher.final();
  return out.subarray(0, size);
}
