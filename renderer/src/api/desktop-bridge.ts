import type { ProgressEvents } from '../../../core/service/contract.js';
import type { ExportedFile } from '../../../core/service/review-contract.js';
import type { Api, AppConnection, Host, PickedFile } from './api-types.js';
import { METHOD_NAMES } from './method-names.js';
import { toServiceError } from './service-error.js';

/**
 * What the Electron preload exposes as `window.vardekollen` (electron/preload/bridge-types.ts,
 * which the renderer's lint boundary does not let it import, so the shape is restated here):
 * every service method, and the desktop host's actions. Errors arrive as plain objects
 * (`{name, code, params, message, messages, details}`), because contextBridge would strip an
 * Error to its message. The host actions are optional so a partial bridge still works.
 */
export interface DesktopBridge extends Api {
  /** The native open dialog; null when cancelled. Not used: the page's file input opens the same dialog. */
  openDocumentDialog?(): Promise<PickedFile | null>;
  /** The native save dialog for bytes under a suggested name. */
  saveFile?(request: { readonly suggestedName: string; readonly bytes: Uint8Array }): Promise<{ readonly saved: boolean; readonly fileName?: string }>;
  /** Documents opened from the menu, "open with" or Finder; returns a function that stops listening. */
  onOpenFile?(listener: (file: PickedFile) => void): () => void;
  /** Native menu items the page carries out ("export"); returns a function that stops listening. */
  onMenuCommand?(listener: (command: string) => void): () => void;
}

declare global {
  interface Window {
    /** Present only inside the desktop app (electron/preload). */
    readonly vardekollen?: DesktopBridge;
  }
}

function abortError(): DOMException {
  return new DOMException('The call was cancelled', 'AbortError');
}

/**
 * Calls one bridged method. An AbortSignal cannot cross the context bridge, so it stays on this
 * side: the page stops waiting when it fires, and tells the main process through the function
 * the bridge hands to `cancelWith`, so that the work stops there too.
 */
async function callBridge(fn: (request?: unknown, events?: unknown) => Promise<unknown>, bridge: DesktopBridge, request: unknown, events: ProgressEvents | undefined): Promise<unknown> {
  const signal = events?.signal;
  if (signal?.aborted) throw abortError();
  const forwarded = {
    ...(events?.onProgress ? { onProgress: events.onProgress } : {}),
    ...(signal ? { cancelWith: (cancel: () => void) => signal.addEventListener('abort', () => cancel(), { once: true }) } : {}),
  };
  const call = fn.call(bridge, request, Object.keys(forwarded).length > 0 ? forwarded : undefined);
  if (!signal) return call;
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(abortError()), { once: true });
    call.then(resolve, reject);
  });
}

/**
 * Wraps the preload's object: every failure reaches the interface as a ServiceError with its
 * code and both messages, and the host's save dialog is offered through the same Host interface
 * as the browser's download.
 */
export function connectDesktop(bridge: DesktopBridge, fallbackSave: (file: ExportedFile) => Promise<string | undefined>): AppConnection {
  const api: Record<string, (request?: unknown, events?: ProgressEvents) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    const fn = bridge[method] as unknown as (request?: unknown, events?: unknown) => Promise<unknown>;
    api[method] = async (request, events) => {
      try {
        return await callBridge(fn, bridge, request, events);
      } catch (error) {
        throw toServiceError(error);
      }
    };
  }
  const save = bridge.saveFile;
  const host: Host = {
    kind: 'desktop',
    saveFile: save
      ? async (file) => {
          try {
            const result = await save.call(bridge, { suggestedName: file.fileName, bytes: file.bytes });
            return result.saved ? (result.fileName ?? file.fileName) : undefined;
          } catch (error) {
            throw toServiceError(error);
          }
        }
      : fallbackSave,
    ...(bridge.onOpenFile ? { onOpenFile: (listener: (file: PickedFile) => void) => (bridge.onOpenFile as NonNullable<DesktopBridge['onOpenFile']>).call(bridge, listener) } : {}),
    ...(bridge.onMenuCommand ? { onMenuCommand: (listener: (command: string) => void) => (bridge.onMenuCommand as NonNullable<DesktopBridge['onMenuCommand']>).call(bridge, listener) } : {}),
  };
  return { api: api as unknown as Api, host };
}
