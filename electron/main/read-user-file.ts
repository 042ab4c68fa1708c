import { basename } from 'node:path';
import { readFileWithinLimit } from '../../core/import/import-file.js';
import type { OpenedFile } from '../preload/bridge-types.js';

/**
 * Reads a document the user chose (in the open dialog, by "open with" or in Finder) for the
 * page, within `maxBytes` (core's bounded read: checked before reading and while reading).
 * Only the file's name goes to the page, never its folder.
 */
export async function readUserFile(path: string, maxBytes: number): Promise<OpenedFile> {
  return { fileName: basename(path), bytes: await readFileWithinLimit(path, maxBytes) };
}
