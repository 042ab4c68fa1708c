import { hash, timingSafeEqual } from 'node:crypto';
import { corruptDocx } from '../docx-errors.js';
import { aesDecrypt, wholeBlocks } from './aes.js';
import { readPackageSize } from './package-size.js';
import { fitToLength, iteratedPasswordHash } from './password-key.js';
import type { AgileEncryption } from './read-encryption-info.js';

/** Block keys that separate the three keys derived from one password hash ([MS-OFFCRYPTO] 2.3.4.13). */
const VERIFIER_INPUT_BLOCK = Buffer.from([0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79]);
const VERIFIER_VALUE_BLOCK = Buffer.from([0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e]);
const ENCRYPTED_KEY_BLOCK = Buffer.from([0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]);
/** The package is encrypted in segments of this size, each with its own IV ([MS-OFFCRYPTO] 2.3.4.15). */
const SEGMENT_SIZE = 4096;

/**
 * Checks `password` against an Agile-encrypted file and returns the package key, or
 * undefined when the password is wrong. The file stores a random verifier and its hash,
 * both encrypted with keys from the password; decrypting both and comparing proves the password.
 */
export function unlockAgile(info: AgileEncryption, password: string, checkpoint: () => void): Buffer | undefined {
  const p = info.password;
  const passwordHash = iteratedPasswordHash(p.hash, p.salt, password, p.spinCount, checkpoint);
  const keyFor = (block: Buffer): Buffer => fitToLength(hash(p.hash, Buffer.concat([passwordHash, block]), 'buffer'), p.keyBytes);
  const iv = fitToLength(p.salt, p.blockSize);

  const verifier = aesDecrypt(keyFor(VERIFIER_INPUT_BLOCK), iv, p.encryptedVerifierHashInput).subarray(0, p.salt.byteLength);
  const expected = aesDecrypt(keyFor(VERIFIER_VALUE_BLOCK), iv, p.encryptedVerifierHashValue).subarray(0, p.hashSize);
  const actual = hash(p.hash, verifier, 'buffer');
  if (expected.byteLength !== actual.byteLength || !timingSafeEqual(expected, actual)) return undefined;

  const packageKey = aesDecrypt(keyFor(ENCRYPTED_KEY_BLOCK), iv, p.encryptedKeyValue);
  if (packageKey.byteLength < info.keyData.keyBytes) throw corruptDocx('encrypted package key too short');
  return packageKey.subarray(0, info.keyData.keyBytes);
}

/**
 * Decrypts the EncryptedPackage stream: an 8-byte plain size, then 4096-byte segments, each
 * AES-CBC with IV = H(keyData salt + segment number), truncated to the declared size.
 */
export function decryptAgilePackage(info: AgileEncryption, key: Buffer, stream: Uint8Array, checkpoint: () => void): Uint8Array {
  const { size, data } = readPackageSize(stream);
  const usable = wholeBlocks(data.byteLength);
  if (size > usable) throw corruptDocx('encrypted package shorter than its declared size');
  const out = Buffer.allocUnsafe(usable);
  const counter = Buffer.alloc(4);
  for (let segment = 0, offset = 0; offset < usable; segment++, offset += SEGMENT_SIZE) {
    counter.writeUInt32LE(segment, 0);
    const iv = fitToLength(hash(info.keyData.hash, Buffer.concat([info.keyData.salt, counter]), 'buffer'), info.keyData.blockSize);
    const end = Math.min(offset + SEGMENT_SIZE, usable);
    aesDecrypt(key, iv, data.subarray(offset, end)).copy(out, offset);
    if ((segment & 0xff) === 0xff) checkpoint();
  }
  return out.subarray(0, size);
}
