/**
 * The type of `window.vardekollen`, the one object the Electron preload exposes to the page.
 * Types only (no run-time code), so the renderer can `import type` from here. The service part
 * is derived from `ReviewService`: a method added to the contract appears here by itself.
 */
import type { ProgressEvents, ReviewService } from '../../core/service/contract.js';
import type { SerializedError } from '../../core/errors/vardekollen-error.js';
import type { MENU_COMMANDS } from './host-channels.js';

/**
 * Progress callbacks across the bridge. There is no `signal`: Electron's contextBridge copies an
 * `AbortSignal` as an empty object, so it could never fire. Functions do cross (as proxies), so
 * a caller that may cancel passes `cancelWith`: the bridge calls it at once with a function
 * that stops the call in the main process (an import's worker is terminated). The page stops
 * waiting for the promise by itself.
 */
export type BridgeProgressEvents = Omit<ProgressEvents, 'signal'> & {
  readonly cancelWith?: (cancel: () => void) => void;
};

/** One service method as the bridge offers it: the same request and result, progress and cancellation as callbacks. */
export type BridgedMethod<F> = F extends (...args: infer A) => infer R
  ? undefined extends A[0]
    ? (request?: A[0], events?: BridgeProgressEvents) => R
    : (request: A[0], events?: BridgeProgressEvents) => R
  : never;

/** Every method of the application service. */
export type BridgedService = { readonly [M in keyof ReviewService]: BridgedMethod<ReviewService[M]> };

/**
 * What a bridged call rejects with: the typed error's plain form (code, params, messages in
 * Swedish and English, details) plus `name`. It is deliberately a plain object and not an
 * `Error`: contextBridge copies a thrown `Error` by its message alone, dropping `code` and
 * everything else, while a plain object crosses with all its fields. The renderer's API
 * client may wrap it in an `Error` subclass of its own.
 */
export interface BridgeError extends SerializedError {
  readonly name: 'VardekollenError';
}

/** A document the user chose; the main process has read its bytes (never a path: the page never sees one). */
export interface OpenedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** An export the page wants saved; the user picks the place in the native save dialog. */
export interface SaveFileRequest {
  /** A file name without folders, e.g. "checklista.docx"; folders and unsafe characters are removed. */
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
}

export interface SaveFileResult {
  /** False when the user cancelled the dialog. */
  readonly saved: boolean;
  /** The name the file was saved under (the folder is not told to the page). */
  readonly fileName?: string;
}

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Desktop-only actions besides the service. */
export interface HostActions {
  /** Shows the native open dialog (PDF, Word, text, Markdown); null when cancelled. */
  openDocumentDialog(): Promise<OpenedFile | null>;
  /** Shows the native save dialog and writes the bytes there atomically. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Documents opened from the menu, by "open with" or from Finder. Files that arrive before the
   * first listener are kept and handed to it. Returns a function that removes the listener.
   */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /** Native menu items the page carries out. Returns a function that removes the listener. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** `window.vardekollen` in the Electron shell. */
export type VardekollenBridge = BridgedService & HostActions;
