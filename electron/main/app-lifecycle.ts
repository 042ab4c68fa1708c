import { app, ipcMain, screen, session, type BrowserWindow } from 'electron';
import { homedir } from 'node:os';
import type { Language } from '../../core/errors/localized-text.js';
import { DEFAULT_IMPORT_LIMITS } from '../../core/import/import-options.js';
import { createReviewService, type ClosableReviewService } from '../../core/service/review-service.js';
import type { Settings } from '../../core/service/settings.js';
import { defaultDatabasePath } from '../../core/store/default-database-path.js';
import { HOST_CHANNELS } from '../preload/host-channels.js';
import { installApplicationMenu } from './application-menu.js';
import { appPaths, type AppPaths } from './app-paths.js';
import { serveAppProtocol } from './app-protocol.js';
import { createMainWindow } from './create-main-window.js';
import { DocumentOpener } from './document-opener.js';
import { registerIpcHandlers } from './ipc/register-ipc.js';
import { logError } from './log.js';
import { askForDocument, askWhereToSave, showAbout, showOpenFailure } from './native-dialogs.js';
import { filesFromArgv } from './open-requests.js';
import { readUserFile } from './read-user-file.js';
import { hardenSession } from './session-security.js';
import { hardenWebContents } from './web-contents-security.js';
import { loadWindowState } from './window-state.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * The desktop app from start to quit. Call after `registerAppScheme()` and once this process
 * holds the single-instance lock (see main.ts): a second start hands its files to this one.
 */
export function startApp(): void {
  const isDevelopment = !app.isPackaged;
  const platform = process.platform;
  const isDefaultApp = process.defaultApp === true;
  let window: BrowserWindow | undefined;
  let service: ClosableReviewService | undefined;
  let language: Language = 'sv';
  let paths: AppPaths | undefined;

  const currentWindow = (): BrowserWindow | undefined => (window && !window.isDestroyed() ? window : undefined);

  // Documents the user opened outside the page: read here (the page never sees a path) and sent
  // to the page as bytes, exactly as if they had been dropped on it.
  const opener = new DocumentOpener(async (path) => {
    try {
      const file = await readUserFile(path, DEFAULT_IMPORT_LIMITS.maxBytes);
      currentWindow()?.webContents.send(HOST_CHANNELS.openFile, file);
    } catch (error) {
      await showOpenFailure(currentWindow(), language, error).catch((dialogError: unknown) => logError('cannot show the open failure', dialogError));
    }
  });
  opener.request(filesFromArgv(process.argv, { isDefaultApp, workingDirectory: process.cwd(), platform }));

  const showWindow = (): void => {
    if (!paths || !app.isReady()) return;
    const existing = currentWindow();
    if (existing) {
      if (existing.isMinimized()) existing.restore();
      existing.focus();
      return;
    }
    const displays = screen.getAllDisplays().map((display) => display.workArea);
    const created = createMainWindow({ paths, state: loadWindowState(paths.windowState, displays), isDevelopment, platform });
    created.webContents.on('did-finish-load', () => opener.setReady(true));
    created.webContents.on('did-start-loading', () => opener.setReady(false));
    created.webContents.on('render-process-gone', () => opener.setReady(false));
    created.on('closed', () => {
      opener.setReady(false);
      window = undefined;
    });
    window = created;
  };

  const installMenu = (): void =>
    installApplicationMenu({
      language,
      platform,
      isDevelopment,
      actions: {
        openDocument: () => {
          askForDocument(currentWindow(), language)
            .then((path) => {
              if (path === undefined) return;
              opener.request([path]);
              showWindow(); // macOS keeps running without a window
            })
            .catch((error: unknown) => logError('the open dialog failed', error));
        },
        exportChecklist: () => currentWindow()?.webContents.send(HOST_CHANNELS.menuCommand, 'export'),
        about: () => {
          showAbout(currentWindow(), language).catch((error: unknown) => logError('the about box failed', error));
        },
      },
    });

  // macOS delivers "open with" and Finder double-clicks as events, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opener.request([path]);
    showWindow();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    opener.request(filesFromArgv(argv, { isDefaultApp, workingDirectory, platform }));
    showWindow();
  });
  // Every web contents the app ever creates is locked down, not only the main window's.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', showWindow);
  app.on('will-quit', () => service?.close());

  app
    .whenReady()
    .then(async () => {
      paths = appPaths(app.getAppPath(), app.getPath('userData'));
      hardenSession(session.defaultSession, { isDevelopment, platform });
      serveAppProtocol(paths.renderer);
      // The same database as the command-line tool (and VARDEKOLLEN_DB), so a review started in
      // one is seen in the other; settings.json lives next to it.
      const created = createReviewService({ databasePath: defaultDatabasePath(process.env, platform, homedir()), builtinRules: paths.builtinRules });
      service = created;
      language = (await created.getSettings()).language;
      registerIpcHandlers(ipcMain, {
        service: created,
        getWindow: currentWindow,
        afterCall: (method, value) => {
          if (method !== 'updateSettings') return;
          const next = (value as Settings).language;
          if (next !== language) {
            language = next;
            installMenu();
          }
        },
        askForDocument: () => askForDocument(currentWindow(), language),
        readDocument: (path) => readUserFile(path, DEFAULT_IMPORT_LIMITS.maxBytes),
        askWhereToSave: (fileName) => askWhereToSave(currentWindow(), language, fileName),
        writeFile: writeFileAtomic,
      });
      installMenu();
      showWindow();
    })
    .catch((error: unknown) => {
      logError('Värdekollen could not start', error);
      app.exit(1);
    });
}
