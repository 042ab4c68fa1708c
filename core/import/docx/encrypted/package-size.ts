import { corruptDocx } from '../docx-errors.js';

/**
 * Splits an EncryptedPackage stream into its declared plain-text size (64-bit little-endian,
 * [MS-OFFCRYPTO] 2.3.4.4) and the encrypted bytes that follow. The size is checked against
 * what the stream can hold before anything is allocated from it.
 */
export function readPackageSize(stream: Uint8Array): { size: number; data: Uint8Array } {
  if (stream.byteLength < 8) throw corruptDocx('encrypted package too short');
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const size = view.getBigUint64(0, true);
  const data = stream.subarray(8);
  if (size > BigInt(data.byteLength)) throw corruptDocx('encrypted package shorter than its declared size');
  return { size: Number(size), data };
}
