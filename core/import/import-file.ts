import { open } from 'node:fs/promises';
import type { ImportedDocument } from '../model/document.js';
import { VardekollenError } from '../errors/index.js';
import { formatBytes } from './format-units.js';
import { resolveLimits, type ImportOptions } from './import-options.js';

/**
 * Reads a file from disk, refusing it before reading when it is larger than the byte limit
 * (a 10 GB file must not be loaded into memory just to be refused).
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
    if (stats.size > maxBytes) {
      throw new VardekollenError('TOO_LARGE', { size: formatBytes(stats.size), limit: formatBytes(maxBytes) });
    }
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** Signature shared by the in-thread and the isolated importer. */
export type ImportBytes = (bytes: Uint8Array, options?: ImportOptions) => Promise<ImportedDocument>;

/** Reads `path` within the byte limit and imports it with `importer`, naming the document after the file. */
export async function importFile(path: string, importer: ImportBytes, options: ImportOptions = {}): Promise<ImportedDocument> {
  const limits = resolveLimits(options.limits);
  const bytes = await readFileWithinLimit(path, limits.maxBytes);
  return importer(bytes, { ...options, fileName: options.fileName ?? path });
}
