import { open } from 'node:fs/promises';
import type { ImportedDocument } from '../model/document.js';
import { VardekollenError } from '../errors/index.js';
import { formatBytes } from './format-units.js';
import { resolveLimits, type ImportOptions } from './import-options.js';

/**
 * Reads a file from disk, refusing more than `maxBytes`. The size is checked before reading
 * (a 10 GB file must not be loaded into memory just to be refused), and the reading stops at
 * the limit too, so a file that grows meanwhile (or a device file) cannot exhaust memory.
 */
export async function readFileWithinLimit(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new VardekollenError('FILE_NOT_FOUND', { path }, { cause: error });
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new VardekollenError('FILE_NOT_FOUND', { path });
    if (stats.size > maxBytes) throw tooLarge(stats.size, maxBytes);
    // Read until the end of the file, not just stats.size bytes: a file that grows meanwhile is
    // read whole or refused, never cut short. One byte beyond the limit is enough to refuse it.
    let buffer = new Uint8Array(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const bigger = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
        bigger.set(buffer);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(length, maxBytes);
    }
    return buffer.slice(0, length);
  } catch (error) {
    if (error instanceof VardekollenError) throw error;
    throw new VardekollenError('FILE_NOT_FOUND', { path }, { cause: error });
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, limit: number): VardekollenError {
  return new VardekollenError('TOO_LARGE', { size: formatBytes(size), limit: formatBytes(limit) });
}

/** Signature shared by the in-thread and the isolated importer. */
export type ImportBytes = (bytes: Uint8Array, options?: ImportOptions) => Promise<ImportedDocument>;

/** Reads `path` within the byte limit and imports it with `importer`, naming the document after the file. */
export async function importFile(path: string, importer: ImportBytes, options: ImportOptions = {}): Promise<ImportedDocument> {
  const limits = resolveLimits(options.limits);
  const bytes = await readFileWithinLimit(path, limits.maxBytes);
  return importer(bytes, { ...options, fileName: options.fileName ?? path });
}
