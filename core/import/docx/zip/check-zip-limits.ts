import { VardekollenError } from '../../../errors/index.js';
import { formatBytes } from '../../format-units.js';
import type { ZipEntry } from './read-zip-directory.js';

/**
 * Zip-bomb checks made on the central directory alone, before anything is inflated. They
 * rely on declared sizes; read-zip-entry.ts then holds every entry to its declared size
 * while inflating, so an archive that lies about its sizes is stopped there.
 */

/**
 * Most entries a Word file may have. A long report with a few hundred images has well under
 * a thousand parts; a hundred thousand tiny entries is only a way to exhaust memory.
 */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * Deflate cannot compress better than about 1032:1, and only on runs of one repeated byte.
 * Real XML compresses 5–30:1 and images barely at all, so a large entry declaring more than
 * this is a bomb even when the total stays below the limit.
 */
export const MAX_COMPRESSION_RATIO = 1000;

/** Small entries may legitimately be highly compressible (a part of blank settings). */
export const RATIO_CHECK_MIN_BYTES = 1024 * 1024;

/** Refuses an archive declaring more entries than MAX_ZIP_ENTRIES. */
export function checkEntryCount(count: number): void {
  if (count > MAX_ZIP_ENTRIES) {
    // The catalogue message speaks of sizes; counts are shown as bare numbers ("unpacks to
    // 250000, more than the limit 10000") and `reason` tells tools which check fired.
    throw new VardekollenError('TOO_LARGE_UNCOMPRESSED', { size: String(count), limit: String(MAX_ZIP_ENTRIES), reason: 'entries' });
  }
}

/**
 * Refuses the archive when its entries declare more than `maxUncompressedBytes` in total, or
 * when one large entry declares an absurd compression ratio. The ratio refusal states the
 * entry's size against the most it could plausibly hold (its compressed size times
 * MAX_COMPRESSION_RATIO), so the message stays true.
 */
export function checkZipLimits(entries: readonly ZipEntry[], maxUncompressedBytes: number): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > maxUncompressedBytes) {
      const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
      throw new VardekollenError('TOO_LARGE_UNCOMPRESSED', {
        size: formatBytes(declared),
        limit: formatBytes(maxUncompressedBytes),
        reason: 'total',
      });
    }
    const plausible = entry.compressedSize * MAX_COMPRESSION_RATIO;
    if (entry.uncompressedSize > RATIO_CHECK_MIN_BYTES && entry.uncompressedSize > plausible) {
      throw new VardekollenError('TOO_LARGE_UNCOMPRESSED', {
        size: formatBytes(entry.uncompressedSize),
        limit: formatBytes(Math.max(plausible, RATIO_CHECK_MIN_BYTES)),
        reason: 'ratio',
      });
    }
  }
}
