import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from '../app-scheme.js';

/**
 * True only for a message from our window's top frame while it shows our own page. That rules
 * out: other windows or web contents, iframes (an injected or ad frame could otherwise call
 * the service), a frame that has navigated elsewhere or is gone (`senderFrame` is null), and
 * any page not served from `app://vardekollen/`. Electron's security checklist, item 17.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, window: BrowserWindow | undefined): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const main = contents.mainFrame;
  // Compared by process and routing id: they identify a frame even if Electron hands out a new wrapper object for it.
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url);
}
