import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-scheme.js';
import type { AppPaths } from './app-paths.js';
import { logError } from './log.js';
import { hardenWebContents } from './web-contents-security.js';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state.js';
import { keepWindowState } from './window-state-keeper.js';

export interface MainWindowOptions {
  readonly paths: AppPaths;
  readonly state: WindowState;
  readonly isDevelopment: boolean;
  readonly platform: NodeJS.Platform;
}

/**
 * Creates the one application window, locked down, and loads the page from
 * `app://vardekollen/`. It is shown when the page has painted, so the user never sees a blank
 * white window.
 *
 * Every security-relevant web preference is written out here, literally, even where it is
 * Electron's default: a changed default or a careless edit then shows in review, in
 * tests/electron/main/main-window.test.ts (which asserts each one) and to static checkers such
 * as Electronegativity, which can only read literal options.
 * - `contextIsolation`, `sandbox`: the preload runs in its own world and process sandbox; the
 *   page reaches the main process only through `window.vardekollen`;
 * - no Node anywhere (`nodeIntegration*` false), `webSecurity` on, no insecure content, no
 *   <webview>, no experimental Blink features, no middle-click (auxclick), no WebSQL, no plugins;
 * - `navigateOnDragDrop` false: a file dropped on the window goes to the page's drop handler
 *   instead of navigating the window to file://;
 * - `spellcheck` only on macOS, whose spell checker is the system's; on Windows and Linux
 *   Chromium would download dictionaries, and the app makes no network request;
 * - DevTools only in development.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const window = new BrowserWindow({
    title: 'Värdekollen',
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click on a link asks for a new window; those are denied anyway (see
      // web-contents-security.ts), and without the feature the request is never made.
      disableBlinkFeatures: 'Auxclick',
      enableWebSQL: false,
      plugins: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: options.platform === 'darwin',
      devTools: options.isDevelopment,
    },
  });
  hardenWebContents(window.webContents);
  keepWindowState(window, options.paths.windowState);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  // A page that cannot load (a broken install) must not leave an invisible window behind.
  window.webContents.once('did-fail-load', (_event, code, description, url) => {
    logError(`cannot load ${url}: ${description} (${code})`, undefined);
    window.show();
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => logError(`cannot load ${APP_ENTRY_URL}`, error));
  return window;
}
