import type { RemoteResult } from '../../../core/service/remote/remote-method-names.js';
import type { OpenedFile } from '../../preload/bridge-types.js';
import { errorReply, okReply, refusal } from './ipc-reply.js';

export interface OpenDocumentDeps {
  /** Shows the open dialog; the chosen path, or undefined when cancelled. */
  readonly askForDocument: () => Promise<string | undefined>;
  /** Reads the chosen file (with the size limit). */
  readonly readDocument: (path: string) => Promise<OpenedFile>;
}

/**
 * The page's "Open document…" button: the main process shows the dialog and reads the file the
 * user picked, and the page gets its name and bytes (or null when cancelled). The page can
 * thus only ever get files the user chose, and never learns where they are.
 */
export function openDocumentHandler(deps: OpenDocumentDeps) {
  return async (_event: unknown, ...extra: unknown[]): Promise<RemoteResult> => {
    if (extra.length > 0) return refusal('the open dialog takes no arguments');
    try {
      const path = await deps.askForDocument();
      return okReply(path === undefined ? null : await deps.readDocument(path));
    } catch (error) {
      return errorReply(error);
    }
  };
}
