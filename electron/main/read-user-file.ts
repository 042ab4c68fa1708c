import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { VardekollenError } from '../../core/errors/index.js';
import { formatBytes } from '../../core/import/format-units.js';
import type { OpenedFile } from '../preload/bridge-types.js';

/**
 * Reads a document the user chose (in the open dialog, by "open with" or in Finder) for the
 * page, refusing more than `maxBytes`. The size is checked before reading, and the reading
 * stops at the limit too, so a file that grows meanwhile (or a device file) cannot exhaust
 * memory. Only the file's name goes to the page, never its folder.
 */
export async function readUserFile(path: string, maxBytes: number): Promise<OpenedFile> {
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
    return { fileName: basename(path), bytes: buffer.slice(0, length) };
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
