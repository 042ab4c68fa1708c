import { basename } from 'node:path';
import type { RemoteResult } from '../../../core/service/remote/remote-method-names.js';
import { bytes, object, required, text } from '../../../core/service/remote/validators.js';
import type { SaveFileResult } from '../../preload/bridge-types.js';
import { safeFileName } from '../safe-file-name.js';
import { errorReply, okReply } from './ipc-reply.js';
import { VardekollenError } from '../../../core/errors/index.js';

/** Exports are checklists: far below this. */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

const saveRequest = object({ suggestedName: required(text(1000, 1)), bytes: required(bytes(MAX_SAVE_BYTES)) });

export interface SaveFileDeps {
  /** Shows the save dialog with this file name; the chosen path, or undefined when cancelled. */
  readonly askWhereToSave: (fileName: string) => Promise<string | undefined>;
  /** Writes the file atomically. */
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
}

/**
 * Saving an export: the page sends the bytes and a suggested name; the user chooses the place
 * in the native dialog, and only there is anything written. The page cannot name a folder
 * (the suggestion is reduced to a safe file name) and is told only the saved file's name.
 */
export function saveFileHandler(deps: SaveFileDeps) {
  return async (_event: unknown, payload: unknown): Promise<RemoteResult> => {
    try {
      const request = saveRequest(payload, 'saveFile');
      const path = await deps.askWhereToSave(safeFileName(request.suggestedName));
      if (path === undefined) return okReply({ saved: false } satisfies SaveFileResult);
      try {
        await deps.writeFile(path, request.bytes);
      } catch (error) {
        // A full disk or a read-only folder is the user's to fix, not a bug in Värdekollen.
        const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : 'I/O';
        throw new VardekollenError('FILE_NOT_WRITABLE', { path, reason }, { cause: error });
      }
      return okReply({ saved: true, fileName: basename(path) } satisfies SaveFileResult);
    } catch (error) {
      return errorReply(error);
    }
  };
}
