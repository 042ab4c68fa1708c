import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** File endings picked up when a folder is given; files named explicitly are always tried. */
const DOCUMENT_ENDINGS = /\.(pdf|docx|doc|txt|md|markdown)$/i;

export interface ExpandedInput {
  /** Path as the user would recognise it (relative if they gave a relative folder). */
  readonly path: string;
  /** The same path resolved against the working directory, for reading. */
  readonly absolutePath: string;
}

/**
 * Turns the paths on the command line into the documents to check: files as given, folders
 * searched recursively for documents (hidden files and folders skipped), in a stable order.
 * A path that does not exist is kept so that checking it reports FILE_NOT_FOUND in its turn.
 */
export async function expandInputs(paths: readonly string[], cwd: string): Promise<ExpandedInput[]> {
  const result: ExpandedInput[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = (await stat(resolve(cwd, path))).isDirectory();
    } catch {
      isDirectory = false;
    }
    if (isDirectory) result.push(...(await walk(path, cwd)).map((p) => ({ path: p, absolutePath: resolve(cwd, p) })));
    else result.push({ path, absolutePath: resolve(cwd, path) });
  }
  return result;
}

async function walk(directory: string, cwd: string): Promise<string[]> {
  const entries = await readdir(resolve(cwd, directory), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name, 'sv'))) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path, cwd)));
    else if (entry.isFile() && DOCUMENT_ENDINGS.test(entry.name)) files.push(path);
  }
  return files;
}
