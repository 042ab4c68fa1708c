import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Language } from '../../core/errors/localized-text.js';
import { toVardekollenError } from '../../core/errors/index.js';
import { documentFilters } from './document-files.js';
import { SHELL_TEXTS } from './shell-texts.js';

/** Asks the user for one document to open; undefined when they cancel. */
export async function askForDocument(window: BrowserWindow | undefined, language: Language): Promise<string | undefined> {
  const t = SHELL_TEXTS[language];
  const options = { title: t.openDialogTitle, properties: ['openFile' as const], filters: documentFilters(t) };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

/** Asks the user where to save a file, starting in their Documents folder with the suggested name; undefined when they cancel. */
export async function askWhereToSave(window: BrowserWindow | undefined, language: Language, fileName: string): Promise<string | undefined> {
  const t = SHELL_TEXTS[language];
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1) : '';
  const options = {
    title: t.saveDialogTitle,
    defaultPath: join(app.getPath('documents'), fileName),
    ...(extension !== '' ? { filters: [{ name: extension.toUpperCase(), extensions: [extension] }] } : {}),
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || result.filePath === undefined || result.filePath === '' ? undefined : result.filePath;
}

/** Tells the user that a document they opened outside the page (Finder, "open with", the menu) could not be read. */
export async function showOpenFailure(window: BrowserWindow | undefined, language: Language, error: unknown): Promise<void> {
  const typed = toVardekollenError(error);
  const options = { type: 'error' as const, title: SHELL_TEXTS[language].cannotOpen, message: SHELL_TEXTS[language].cannotOpen, detail: typed.messageIn(language) };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}

/** The about box: name, version and what the app does (the same text in the user's language). */
export async function showAbout(window: BrowserWindow | undefined, language: Language): Promise<void> {
  const t = SHELL_TEXTS[language];
  const options = { type: 'info' as const, title: t.about, message: 'Värdekollen', detail: t.aboutDetail(app.getVersion()), buttons: ['OK'] };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}
