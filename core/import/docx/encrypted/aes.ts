import { createDecipheriv } from 'node:crypto';
import { corruptDocx } from '../docx-errors.js';

const AES_BLOCK = 16;

/**
 * AES decryption without padding, as Office uses it: data is always whole blocks. `iv` null
 * means ECB (Standard encryption), otherwise CBC (Agile encryption).
 */
export function aesDecrypt(key: Buffer, iv: Buffer | null, data: Uint8Array): Buffer {
  if (data.byteLength % AES_BLOCK !== 0) throw corruptDocx('encrypted data is not whole AES blocks');
  const mode = iv === null ? 'ecb' : 'cbc';
  const decipher = createDecipheriv(`aes-${key.byteLength * 8}-${mode}`, key, iv);
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

/** Length of the whole AES blocks within `length` bytes. */
export function wholeBlocks(length: number): number {
  return length - (length % AES_BLOCK);
}
