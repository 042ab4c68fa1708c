import { deliverToRenderer, electronState, type FakeBrowserWindow } from './fake-electron.js';

/**
 * Connects the fake `ipcRenderer` of a preload to the handlers the main process registered, as
 * if the preload ran in `window`'s main frame: invoke calls reach `ipcMain.handle` handlers
 * with that window as sender, and messages the main process sends to the window reach the
 * preload's listeners. Everything crossing is structured-cloned, as Electron's IPC does.
 */
export function wireIpc(window: FakeBrowserWindow): void {
  electronState.invoke = async (channel, ...args) => {
    const handler = electronState.ipcHandlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    return structuredClone(await handler(event, ...structuredClone(args)));
  };
  window.webContents.on('fake:to-renderer', (channel: string, ...args: unknown[]) => deliverToRenderer(channel, ...structuredClone(args)));
}
