import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../core/errors/localized-text.js';
import { SHELL_TEXTS } from './shell-texts.js';

/** What the menu items do; given by the app so the menu itself is plain data and testable. */
export interface MenuActions {
  readonly openDocument: () => void;
  readonly exportChecklist: () => void;
  readonly about: () => void;
}

export interface MenuOptions {
  readonly language: Language;
  readonly platform: NodeJS.Platform;
  readonly isDevelopment: boolean;
  readonly actions: MenuActions;
}

/**
 * The native menu in the user's language: Arkiv (open, export, quit), Redigera, Visa, Hjälp
 * (about), and on macOS the application menu and Fönster as the platform expects (quit and
 * about then live in the application menu, as in every Mac app). Editing items use Electron's
 * roles so they work in every text field; reload and DevTools exist only in development.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = SHELL_TEXTS[options.language];
  const mac = options.platform === 'darwin';
  const { actions } = options;
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Värdekollen',
    submenu: [
      { label: t.about, click: actions.about },
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      separator,
      { role: 'quit', label: `${t.quit} Värdekollen` },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.openDocument, accelerator: 'CmdOrCtrl+O', click: actions.openDocument },
      { label: t.exportChecklist, accelerator: 'CmdOrCtrl+E', click: actions.exportChecklist },
      separator,
      mac ? { role: 'close', label: t.closeWindow } : { role: 'quit', label: t.quit },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      separator,
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(options.isDevelopment
        ? ([{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.toggleDevTools }, separator] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    submenu: [{ role: 'minimize', label: t.minimize }, { role: 'zoom' }, separator, { role: 'front' }],
  };
  const help: MenuItemConstructorOptions = { label: t.help, role: 'help', submenu: [{ label: t.about, click: actions.about }] };

  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help];
}

/** Builds the menu and makes it the application's (again, when the language changes). */
export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
