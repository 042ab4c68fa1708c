import type { IpcRenderer } from 'electron';
import { IPC_PROGRESS_CHANNEL } from '../../core/service/remote/remote-method-names.js';

type ProgressListener = (progress: never) => void;

/**
 * Routes the main process's progress messages (`{ callId, progress }`) to the call that asked
 * for them. One IPC listener serves every call, so a page that starts many calls does not pile
 * up listeners, and a message for a finished or unknown call is simply not delivered.
 */
export class ProgressRouter {
  private readonly listeners = new Map<string, ProgressListener>();

  constructor(ipc: Pick<IpcRenderer, 'on'>) {
    ipc.on(IPC_PROGRESS_CHANNEL, (_event, message: unknown) => {
      if (typeof message !== 'object' || message === null) return;
      const { callId, progress } = message as { callId?: unknown; progress?: unknown };
      if (typeof callId !== 'string') return;
      const listener = this.listeners.get(callId);
      if (!listener) return;
      try {
        listener(progress as never);
      } catch (error) {
        // The page's progress callback failed; the call itself goes on. Reported, not hidden.
        console.error('Värdekollen: progress listener failed', error);
      }
    });
  }

  /** Delivers progress for `callId` to `listener` until `stop` is called. */
  listen(callId: string, listener: ProgressListener): void {
    this.listeners.set(callId, listener);
  }

  stop(callId: string): void {
    this.listeners.delete(callId);
  }
}
