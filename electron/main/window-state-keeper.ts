import type { BrowserWindow } from 'electron';
import { logError } from './log.js';
import { saveWindowState, type WindowState } from './window-state.js';

/** How long the window must stay still before a move or resize is saved. */
const SAVE_DELAY_MS = 1000;

/**
 * Remembers the window's size, position and maximised state: saved a second after the user
 * stops moving or resizing it (so a crash loses little) and once more when it closes. The
 * normal (unmaximised) bounds are saved, so un-maximising next time restores the old size.
 */
export function keepWindowState(window: BrowserWindow, path: string): void {
  let timer: NodeJS.Timeout | undefined;
  const current = (): WindowState => {
    const bounds = window.getNormalBounds();
    return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: window.isMaximized() };
  };
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    try {
      saveWindowState(path, current());
    } catch (error) {
      // Not worth bothering the user over, but not hidden either.
      logError(`cannot save the window state to ${path}`, error);
    }
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  // 'close' comes before the window is destroyed, while its bounds can still be read.
  window.on('close', save);
}
