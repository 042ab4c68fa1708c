import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from '../helpers/fake-electron.js';
import { DEFAULT_WINDOW_STATE, loadWindowState, MIN_WINDOW_SIZE, sanitizeWindowState, saveWindowState, type ScreenArea } from '../../../electron/main/window-state.js';
import { keepWindowState } from '../../../electron/main/window-state-keeper.js';

vi.mock('electron', () => import('../helpers/fake-electron.js'));

const laptop: ScreenArea = { x: 0, y: 0, width: 1440, height: 875 };
/** A second monitor to the right of the laptop, a little higher. */
const monitor: ScreenArea = { x: 1440, y: -200, width: 2560, height: 1400 };

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'vk-window-state-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('window state: sanity checks', () => {
  it('keeps a position on any screen, the second monitor included', () => {
    expect(sanitizeWindowState({ x: 100, y: 50, width: 1200, height: 800, maximized: false }, [laptop])).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: false });
    expect(sanitizeWindowState({ x: 2000, y: -150, width: 1600, height: 1000, maximized: true }, [laptop, monitor])).toEqual({ x: 2000, y: -150, width: 1600, height: 1000, maximized: true });
  });

  it('drops the position of a window on a monitor that was unplugged (the system centres it instead)', () => {
    expect(sanitizeWindowState({ x: 2000, y: -150, width: 1600, height: 1000, maximized: false }, [laptop])).toEqual({ width: 1440, height: 875, maximized: false });
  });

  it('drops a position whose title bar is off-screen: above the top, or with only a sliver visible', () => {
    expect(sanitizeWindowState({ x: 100, y: -500, width: 1000, height: 700 }, [laptop])).not.toHaveProperty('x');
    expect(sanitizeWindowState({ x: 1400, y: 100, width: 1000, height: 700 }, [laptop])).not.toHaveProperty('x');
    expect(sanitizeWindowState({ x: -950, y: 100, width: 1000, height: 700 }, [laptop])).not.toHaveProperty('x');
    expect(sanitizeWindowState({ x: 100, y: 860, width: 1000, height: 700 }, [laptop])).not.toHaveProperty('x');
    // Partly off to the left, title bar still reachable: kept.
    expect(sanitizeWindowState({ x: -500, y: 100, width: 1000, height: 700 }, [laptop])).toMatchObject({ x: -500, y: 100 });
  });

  it('keeps sizes between the minimum and the largest screen', () => {
    expect(sanitizeWindowState({ width: 100, height: 50 }, [laptop])).toMatchObject(MIN_WINDOW_SIZE);
    expect(sanitizeWindowState({ width: 9000, height: 9000 }, [laptop, monitor])).toMatchObject({ width: 2560, height: 1400 });
  });

  it('falls back field by field for garbage', () => {
    for (const saved of [undefined, null, 42, 'big', [], { width: 'wide', height: Number.NaN, x: Infinity, y: 3, maximized: 'yes' }]) {
      expect(sanitizeWindowState(saved, [laptop, monitor]), JSON.stringify(saved)).toEqual({ ...DEFAULT_WINDOW_STATE });
    }
    expect(sanitizeWindowState({ width: 1000, height: 'tall' }, [laptop])).toEqual({ width: 1000, height: DEFAULT_WINDOW_STATE.height, maximized: false });
  });
});

describe('window state: the file', () => {
  it('gives the defaults when there is no file yet', () => {
    expect(loadWindowState(join(directory, 'window-state.json'), [monitor])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('saves atomically and loads back what was saved', () => {
    const path = join(directory, 'nested', 'window-state.json');
    saveWindowState(path, { x: 10, y: 20, width: 1100, height: 700, maximized: true });
    expect(loadWindowState(path, [laptop])).toEqual({ x: 10, y: 20, width: 1100, height: 700, maximized: true });
    expect(readdirSync(join(directory, 'nested'))).toEqual(['window-state.json']);
    saveWindowState(path, { width: 900, height: 600, maximized: false });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ width: 900, height: 600, maximized: false });
  });

  it('opens with the defaults when the file is corrupt, and says so in the log', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const path = join(directory, 'window-state.json');
    for (const corrupt of ['{"width": 1200, "height":', '', '\u0000\u0000\u0000', 'null']) {
      writeFileSync(path, corrupt);
      expect(loadWindowState(path, [laptop]), JSON.stringify(corrupt)).toEqual(DEFAULT_WINDOW_STATE);
    }
    expect(warn).toHaveBeenCalledTimes(3); // "null" is valid JSON: no warning, just defaults
  });

  it('is saved a moment after the window moves, and when it closes (normal bounds, maximised flag)', () => {
    vi.useFakeTimers();
    const path = join(directory, 'window-state.json');
    const window = new FakeBrowserWindow({ x: 10, y: 10, width: 1000, height: 700 });
    keepWindowState(window as never, path);
    window.bounds = { x: 50, y: 60, width: 1000, height: 700 };
    window.emit('move');
    expect(() => readFileSync(path)).toThrow();
    vi.advanceTimersByTime(1000);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ x: 50, y: 60, width: 1000, height: 700, maximized: false });
    window.maximize();
    window.close();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ x: 50, y: 60, width: 1000, height: 700, maximized: true });
  });
});
