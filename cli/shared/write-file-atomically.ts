import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { VardekollenError } from '../../core/errors/index.js';

/**
 * Writes a file so that it is either the old file or the whole new one, never half written:
 * write to a temporary file next to it, then rename over it (atomic on one file system).
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data, { flush: true });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : 'I/O';
    throw new VardekollenError('FILE_NOT_WRITABLE', { path, reason }, { cause: error });
  }
}
