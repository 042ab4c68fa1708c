import { join } from 'node:path';

/** Where the shell finds what it needs, inside the app folder (or app.asar) and the user data folder. */
export interface AppPaths {
  /** The built renderer (vite build → dist/renderer). */
  readonly renderer: string;
  /** The bundled preload (scripts/bundle-preload.mjs → dist/electron/preload/preload.cjs). */
  readonly preload: string;
  /** The built-in rule pack. */
  readonly builtinRules: string;
  /** The remembered window size and position. */
  readonly windowState: string;
}

/**
 * Paths from `app.getAppPath()` (the folder holding package.json, or app.asar when packaged)
 * and `app.getPath('userData')`.
 */
export function appPaths(appPath: string, userDataPath: string): AppPaths {
  return {
    renderer: join(appPath, 'dist', 'renderer'),
    preload: join(appPath, 'dist', 'electron', 'preload', 'preload.cjs'),
    builtinRules: join(appPath, 'rules', 'vardegrund'),
    windowState: join(userDataPath, 'window-state.json'),
  };
}
