import { readFileSync } from 'node:fs';
import { logWarning } from './log.js';
import { writeFileAtomicSync } from './write-file-atomic.js';

/** The window's size and place, remembered between runs (pixels, in screen coordinates). */
export interface WindowState {
  readonly width: number;
  readonly height: number;
  /** Absent: let the system place the window (centred). */
  readonly x?: number;
  readonly y?: number;
  readonly maximized: boolean;
}

/** A rectangle in screen coordinates, as Electron's `Display.workArea`. */
export interface ScreenArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

/** How much of the window's top edge (its title bar) must be on a screen for it to be reachable with the mouse. */
const VISIBLE_TITLE_BAR = { width: 120, height: 32 } as const;

/**
 * Turns whatever was saved into a window state that works on today's screens: sizes must be
 * numbers, at least the minimum and at most the largest screen; a position is kept only if the
 * window's title bar is on some screen (a window remembered on a monitor that has since been
 * unplugged would otherwise open off-screen, where the user cannot reach it). Anything else
 * falls back to the defaults, field by field.
 */
export function sanitizeWindowState(saved: unknown, screens: readonly ScreenArea[]): WindowState {
  const record = typeof saved === 'object' && saved !== null && !Array.isArray(saved) ? (saved as Record<string, unknown>) : {};
  const largest = screens.reduce<ScreenArea | undefined>((best, s) => (!best || s.width * s.height > best.width * best.height ? s : best), undefined);
  const maxWidth = Math.max(MIN_WINDOW_SIZE.width, largest?.width ?? DEFAULT_WINDOW_STATE.width);
  const maxHeight = Math.max(MIN_WINDOW_SIZE.height, largest?.height ?? DEFAULT_WINDOW_STATE.height);
  const width = clamp(finite(record['width']) ?? DEFAULT_WINDOW_STATE.width, MIN_WINDOW_SIZE.width, maxWidth);
  const height = clamp(finite(record['height']) ?? DEFAULT_WINDOW_STATE.height, MIN_WINDOW_SIZE.height, maxHeight);
  const maximized = record['maximized'] === true;
  const x = finite(record['x']);
  const y = finite(record['y']);
  if (x === undefined || y === undefined) return { width, height, maximized };
  const titleBar = { x, y, width, height: VISIBLE_TITLE_BAR.height };
  const onScreen = screens.some((s) => {
    const overlap = intersection(titleBar, s);
    // The top edge itself must be on this screen, or the title bar is hidden above it.
    return overlap.width >= Math.min(VISIBLE_TITLE_BAR.width, width) && overlap.height >= VISIBLE_TITLE_BAR.height && y >= s.y;
  });
  return onScreen ? { width, height, x: Math.round(x), y: Math.round(y), maximized } : { width, height, maximized };
}

/**
 * Reads the saved state. A missing file gives the defaults; an unreadable or corrupt one too,
 * with a warning in the log (the window must open regardless: this is a convenience).
 */
export function loadWindowState(path: string, screens: readonly ScreenArea[]): WindowState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logWarning(`cannot read the window state ${path}; using defaults`, error);
    return sanitizeWindowState(undefined, screens);
  }
  try {
    return sanitizeWindowState(JSON.parse(text), screens);
  } catch (error) {
    logWarning(`the window state ${path} is not valid JSON; using defaults`, error);
    return sanitizeWindowState(undefined, screens);
  }
}

/** Saves the state atomically (a crash while saving leaves the previous file, never half a file). */
export function saveWindowState(path: string, state: WindowState): void {
  const { width, height, x, y, maximized } = state;
  writeFileAtomicSync(path, `${JSON.stringify({ width, height, x, y, maximized }, null, 2)}\n`);
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.min(Math.max(value, min), max));
}

function intersection(a: ScreenArea, b: ScreenArea): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}
