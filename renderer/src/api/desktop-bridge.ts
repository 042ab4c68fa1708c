import type { ExportedFile } from '../../../core/service/review-contract.js';
import type { Api, AppConnection, Host, PickedFile } from './api-types.js';
import { METHOD_NAMES } from './method-names.js';
import { toServiceError } from './service-error.js';

/**
 * What the Electron preload exposes as `window.vardekollen`: every service method (request,
 * events) plus the host's own actions. The host actions are optional here so that an older or
 * partial preload still gives a working interface (saving then falls back to a download).
 */
export interface DesktopBridge extends Api {
  /**
   * The native open dialog; undefined when the user cancelled. Not used: the page's file input
   * opens the same native dialog inside Electron and works in the browser too.
   */
  openDocumentDialog?(): Promise<PickedFile | undefined>;
  /** The native save dialog for a file; true when saved, false when cancelled. */
  saveFile?(file: ExportedFile): Promise<boolean>;
  /** Documents opened from outside the app ("open with", a file dropped on the dock icon); may return an unsubscribe function. */
  onOpenFile?(listener: (file: PickedFile) => void): unknown;
}

declare global {
  interface Window {
    /** Present only inside the desktop app (electron/preload). */
    readonly vardekollen?: DesktopBridge;
  }
}

/**
 * Wraps the preload's object so that every failure reaches the interface as a ServiceError with
 * its code and both messages, whatever shape the IPC layer gave it.
 */
export function connectDesktop(bridge: DesktopBridge, fallbackSave: (file: ExportedFile) => Promise<boolean>): AppConnection {
  const api: Record<string, (request?: unknown, events?: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    api[method] = async (request, events) => {
      const fn = bridge[method] as unknown as (request?: unknown, events?: unknown) => Promise<unknown>;
      try {
        return await fn.call(bridge, request, events);
      } catch (error) {
        throw toServiceError(error);
      }
    };
  }
  const host: Host = {
    kind: 'desktop',
    saveFile: bridge.saveFile ? (file) => (bridge.saveFile as NonNullable<DesktopBridge['saveFile']>).call(bridge, file) : fallbackSave,
    ...(bridge.onOpenFile
      ? {
          onOpenFile: (listener: (file: PickedFile) => void) => {
            const stop = (bridge.onOpenFile as NonNullable<DesktopBridge['onOpenFile']>).call(bridge, listener);
            return typeof stop === 'function' ? (stop as () => void) : () => undefined;
          },
        }
      : {}),
  };
  return { api: api as unknown as Api, host };
}
