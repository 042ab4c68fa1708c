import { crc32, inflateRawSync } from 'node:zlib';
import { corruptDocx } from '../docx-errors.js';
import type { ZipEntry } from './read-zip-directory.js';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const FLAG_ENCRYPTED = 0x0001;

/**
 * Decompresses one entry, never producing more than the size its directory entry declares:
 * the inflater stops as soon as the output would exceed it. Together with the checks on the
 * declared sizes (check-zip-limits.ts) this bounds the memory any archive can make us use,
 * even one whose headers lie. The result must match the declared size and CRC-32 exactly;
 * a part that does not is damaged, and reading on from it would only produce misleading text.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + LOCAL_HEADER_SIZE > bytes.byteLength || view.getUint32(header, true) !== LOCAL_HEADER_SIGNATURE) {
    throw corruptDocx(`zip entry ${JSON.stringify(entry.name)} has no local header`);
  }
  // Sizes come from the central directory (the local copy may be zero when a data descriptor
  // follows the data); only the name and extra lengths are taken from the local header.
  const dataStart = header + LOCAL_HEADER_SIZE + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.byteLength) throw corruptDocx(`zip entry ${JSON.stringify(entry.name)} is cut off`);
  if ((entry.flags & FLAG_ENCRYPTED) !== 0) throw corruptDocx(`zip entry ${JSON.stringify(entry.name)} is zip-encrypted`);

  const data = bytes.subarray(dataStart, dataEnd);
  let output: Uint8Array;
  if (entry.method === METHOD_STORED) {
    if (entry.compressedSize !== entry.uncompressedSize) throw corruptDocx(`zip entry ${JSON.stringify(entry.name)} has inconsistent sizes`);
    output = data;
  } else if (entry.method === METHOD_DEFLATE) {
    output = inflateBounded(data, entry);
  } else {
    throw corruptDocx(`zip entry ${JSON.stringify(entry.name)} uses unsupported compression method ${entry.method}`);
  }

  if (output.byteLength !== entry.uncompressedSize) {
    throw corruptDocx(`zip entry ${JSON.stringify(entry.name)} is not the size its header says`);
  }
  if (crc32(output) >>> 0 !== entry.crc32 >>> 0) throw corruptDocx(`zip entry ${JSON.stringify(entry.name)} fails its checksum`);
  return output;
}

function inflateBounded(data: Uint8Array, entry: ZipEntry): Uint8Array {
  try {
    // maxOutputLength must be at least 1; an empty entry then inflates to 0 bytes as it should.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if (error instanceof RangeError && (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw corruptDocx(`zip entry ${JSON.stringify(entry.name)} unpacks to more than its header says`, error);
    }
    throw corruptDocx(`zip entry ${JSON.stringify(entry.name)} cannot be decompressed`, error);
  }
}
