/**
 * The IPC channels of the desktop-only host actions (file dialogs, "open with", the native
 * menu), shared by the main process and the preload. Plain data with no imports, so that the
 * sandboxed preload bundle stays tiny. The service's own channels live in
 * core/service/remote/remote-method-names.ts.
 */
export const HOST_CHANNELS = {
  /** Renderer → main (invoke): show the open dialog; the reply carries the chosen file's bytes. */
  openDocumentDialog: 'vardekollen:open-document-dialog',
  /** Renderer → main (invoke): bytes and a suggested name; main asks where and writes the file. */
  saveFile: 'vardekollen:save-file',
  /** Main → renderer: a document the user opened outside the page (menu, "open with", Finder). */
  openFile: 'vardekollen:open-file',
  /** Main → renderer: a native menu item that the page carries out (e.g. export). */
  menuCommand: 'vardekollen:menu-command',
} as const;

/** The menu commands the page carries out itself, because only it knows what is on screen. */
export const MENU_COMMANDS = ['export'] as const;
