import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, resetFakeElectron } from '../helpers/fake-electron.js';
import { createMainWindow } from '../../../electron/main/create-main-window.js';
import { appPaths } from '../../../electron/main/app-paths.js';
import { APP_ENTRY_URL } from '../../../electron/main/app-scheme.js';
import { DEFAULT_WINDOW_STATE } from '../../../electron/main/window-state.js';
import { hardenWebContents } from '../../../electron/main/web-contents-security.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('electron', () => import('../helpers/fake-electron.js'));

const paths = appPaths('/opt/Värdekollen/resources/app.asar', mkdtempSync(join(tmpdir(), 'vk-window-')));

function open(options: { isDevelopment?: boolean; platform?: NodeJS.Platform; maximized?: boolean } = {}): FakeBrowserWindow {
  createMainWindow({
    paths,
    state: { ...DEFAULT_WINDOW_STATE, maximized: options.maximized ?? false },
    isDevelopment: options.isDevelopment ?? false,
    platform: options.platform ?? 'linux',
  });
  return FakeBrowserWindow.instances.at(-1)!;
}

/** An Electron event object whose preventDefault can be observed. */
function event(url: string) {
  return { url, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('the main window', () => {
  it('sets every security-relevant web preference explicitly', () => {
    const prefs = open().options.webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.enableWebSQL).toBe(false);
    expect(prefs.plugins).toBe(false);
    expect(prefs.preload).toBe(join('/opt/Värdekollen/resources/app.asar', 'dist', 'electron', 'preload', 'preload.cjs'));
  });

  it('allows DevTools only in development, and the spell checker only where it is the system one (macOS)', () => {
    expect(open({ isDevelopment: false }).options.webPreferences!.devTools).toBe(false);
    expect(open({ isDevelopment: true }).options.webPreferences!.devTools).toBe(true);
    expect(open({ platform: 'linux' }).options.webPreferences!.spellcheck).toBe(false);
    expect(open({ platform: 'win32' }).options.webPreferences!.spellcheck).toBe(false);
    expect(open({ platform: 'darwin' }).options.webPreferences!.spellcheck).toBe(true);
  });

  it('loads the page from the app scheme and shows it once painted, maximised if it was', () => {
    const window = open({ maximized: true });
    expect(window.loadedUrl).toBe(APP_ENTRY_URL);
    expect(APP_ENTRY_URL).toBe('app://vardekollen/index.html');
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    expect(window.maximized).toBe(true);
  });

  it('prevents every navigation, redirect, frame navigation and <webview>', () => {
    const contents = open().webContents;
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      for (const url of ['https://example.com/', 'app://vardekollen/index.html', 'file:///etc/passwd']) {
        const e = event(url);
        contents.emit(name, e, url);
        expect(e.defaultPrevented, `${name} to ${url}`).toBe(true);
      }
    }
  });

  it('denies every new window (window.open, target=_blank)', () => {
    const contents = open().webContents;
    for (const url of ['https://example.com/', 'app://vardekollen/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
  });

  it('hardens a web contents once, however often it is handed in', () => {
    // The app hardens every new web contents ('web-contents-created') and the window its own:
    // the same contents must not collect duplicate listeners (and duplicate log lines).
    const contents = open().webContents;
    hardenWebContents(contents as never);
    hardenWebContents(contents as never);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });
});
