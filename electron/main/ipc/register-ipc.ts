import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_CANCEL_CHANNEL, type RemoteResult } from '../../../core/service/remote/remote-method-names.js';
import type { ReviewService } from '../../../core/service/contract.js';
import { HOST_CHANNELS } from '../../preload/host-channels.js';
import { logWarning } from '../log.js';
import { refusal } from './ipc-reply.js';
import { openDocumentHandler, type OpenDocumentDeps } from './open-document-handler.js';
import { saveFileHandler, type SaveFileDeps } from './save-file-handler.js';
import { cancelCallHandler, RunningCalls, serviceCallHandler, type ServiceCallOptions } from './service-call-handler.js';
import { isTrustedSender } from './trusted-sender.js';

export interface IpcDeps extends OpenDocumentDeps, SaveFileDeps, ServiceCallOptions {
  readonly service: ReviewService;
  /** The one window whose page may call (undefined while there is none). */
  readonly getWindow: () => BrowserWindow | undefined;
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<RemoteResult>;

/**
 * Registers every channel the page may invoke. Each handler first checks the sender (our
 * window's top frame showing our page, see trusted-sender.ts); a call from anywhere else is
 * refused with INVALID_ARGUMENT and logged. Returns a function that removes the handlers.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, deps: IpcDeps): () => void {
  const running = new RunningCalls();
  const channels: Record<string, Handler> = {
    [IPC_CALL_CHANNEL]: serviceCallHandler(deps.service, deps.afterCall ? { afterCall: deps.afterCall } : {}, running),
    [IPC_CANCEL_CHANNEL]: cancelCallHandler(running),
    [HOST_CHANNELS.openDocumentDialog]: openDocumentHandler(deps),
    [HOST_CHANNELS.saveFile]: saveFileHandler(deps),
  };
  for (const [channel, handler] of Object.entries(channels)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, deps.getWindow())) {
        logWarning(`refused ${channel} from ${event.senderFrame?.url.slice(0, 200) ?? 'a frame that is gone'}`);
        return Promise.resolve(refusal(`${channel} may only be called by the Värdekollen window`));
      }
      return handler(event, ...args);
    });
  }
  return () => {
    for (const channel of Object.keys(channels)) ipcMain.removeHandler(channel);
  };
}
