import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { electronState } from '../helpers/fake-electron.js';
import { installApplicationMenu, menuTemplate, type MenuOptions } from '../../../electron/main/application-menu.js';

vi.mock('electron', () => import('../helpers/fake-electron.js'));

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    language: 'sv',
    platform: 'win32',
    isDevelopment: false,
    actions: { openDocument: vi.fn(), exportChecklist: vi.fn(), about: vi.fn() },
    ...overrides,
  };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (items: readonly MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const find = (items: readonly MenuItemConstructorOptions[], label: string) => items.find((i) => i.label === label);

describe('the application menu', () => {
  it('is Swedish by default: Arkiv, Redigera, Visa, Hjälp', () => {
    const menu = menuTemplate(options());
    expect(labels(menu)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    const file = submenu(menu[0]);
    expect(labels(file)).toEqual(['Öppna dokument…', 'Exportera…', 'Avsluta']);
    expect(find(file, 'Öppna dokument…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(find(file, 'Avsluta')?.role).toBe('quit');
    expect(labels(submenu(menu[1]))).toEqual(['Ångra', 'Gör om', 'Klipp ut', 'Kopiera', 'Klistra in', 'Markera allt']);
    expect(labels(submenu(menu[3]))).toEqual(['Om Värdekollen']);
  });

  it('follows the language setting: English', () => {
    const menu = menuTemplate(options({ language: 'en' }));
    expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(menu[0]))).toEqual(['Open Document…', 'Export…', 'Quit']);
    expect(labels(submenu(menu[3]))).toEqual(['About Värdekollen']);
  });

  it('carries out its items: open asks for a document, export goes to the page, about shows the about box', () => {
    const opts = options();
    const file = submenu(menuTemplate(opts)[0]);
    const click = (label: string) => (find(file, label)?.click as () => void)();
    click('Öppna dokument…');
    click('Exportera…');
    expect(opts.actions.openDocument).toHaveBeenCalledOnce();
    expect(opts.actions.exportChecklist).toHaveBeenCalledOnce();
    (submenu(menuTemplate(opts)[3])[0]?.click as () => void)();
    expect(opts.actions.about).toHaveBeenCalledOnce();
  });

  it('offers reload and DevTools in development only', () => {
    const roles = (isDevelopment: boolean) => submenu(menuTemplate(options({ isDevelopment }))[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
  });

  it('on macOS has the application menu (about, quit) and Fönster, and Arkiv closes the window instead', () => {
    const menu = menuTemplate(options({ platform: 'darwin' }));
    expect(labels(menu)).toEqual(['Värdekollen', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    const appMenu = submenu(menu[0]);
    expect(labels(appMenu)[0]).toBe('Om Värdekollen');
    expect(appMenu.at(-1)).toMatchObject({ role: 'quit', label: 'Avsluta Värdekollen' });
    expect(submenu(menu[1]).at(-1)).toMatchObject({ role: 'close' });
  });

  it('is installed as the application menu', () => {
    installApplicationMenu(options({ language: 'en' }));
    expect(labels(electronState.applicationMenu!)).toEqual(['File', 'Edit', 'View', 'Help']);
  });
});
