import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { electronState, FakeBrowserWindow, resetFakeElectron } from '../helpers/fake-electron.js';
import { APP_ENTRY_URL } from '../../../electron/main/app-scheme.js';
import { HOST_CHANNELS } from '../../../electron/preload/host-channels.js';
import { IPC_CALL_CHANNEL, IPC_CANCEL_CHANNEL } from '../../../core/service/remote/remote-method-names.js';
import { JOB_AD_FIXTURES } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';

vi.mock('electron', () => import('../helpers/fake-electron.js'));

/**
 * The whole main process, started as Electron would start it (main.ts imported, then 'ready'),
 * against the fake Electron but the real service, rules and files.
 */
const firstAd = join(JOB_AD_FIXTURES, 'lansstyrelsen-enhetschef.txt');
const secondAd = join(JOB_AD_FIXTURES, 'migrationsverket-jurist.txt');
const directory = mkdtempSync(join(tmpdir(), 'vk-lifecycle-'));
const savedArgv = process.argv;
const savedDb = process.env['VARDEKOLLEN_DB'];
let window: FakeBrowserWindow;

const openedFiles = () => window.webContents.sent.filter((m) => m.channel === HOST_CHANNELS.openFile).map((m) => m.args[0] as { fileName: string; bytes: Uint8Array });
const menuLabels = () => (electronState.applicationMenu ?? []).map((item: MenuItemConstructorOptions) => item.label);

beforeAll(async () => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  process.env['VARDEKOLLEN_DB'] = join(directory, 'db', 'vardekollen.db');
  electronState.app.paths = { userData: join(directory, 'userData'), documents: join(directory, 'Documents') };
  // Started by "open with" on Linux: the packaged executable, a Chromium switch, the document.
  process.argv = ['/opt/Värdekollen/vardekollen', '--no-sandbox', firstAd];
  vi.resetModules();
  await import('../../../electron/main/main.js');
  electronState.app.becomeReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  window = FakeBrowserWindow.instances[0]!;
});

afterAll(() => {
  electronState.app.emit('will-quit');
  process.argv = savedArgv;
  if (savedDb === undefined) delete process.env['VARDEKOLLEN_DB'];
  else process.env['VARDEKOLLEN_DB'] = savedDb;
  vi.restoreAllMocks();
});

describe('the main process from start', () => {
  it('sandboxes every renderer and registers app:// as a secure standard scheme that does not bypass the CSP', () => {
    expect(electronState.app.sandboxEnabled).toBe(true);
    expect(electronState.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }) }]);
  });

  it('when ready: serves the page, locks down the session, answers IPC, shows the Swedish menu and opens the window', () => {
    expect([...electronState.protocolHandlers.keys()]).toEqual(['app']);
    expect(electronState.session.beforeRequest).toBeDefined();
    expect(electronState.session.headersReceived).toBeDefined();
    expect(electronState.session.permissionRequestHandler).toBeDefined();
    expect([...electronState.ipcHandlers.keys()].sort()).toEqual([HOST_CHANNELS.openDocumentDialog, HOST_CHANNELS.saveFile, IPC_CALL_CHANNEL, IPC_CANCEL_CHANNEL].sort());
    expect(menuLabels()).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    expect(window.loadedUrl).toBe(APP_ENTRY_URL);
    expect(window.options.webPreferences?.preload).toBe(join(process.cwd(), 'dist', 'electron', 'preload', 'preload.cjs'));
    expect(window.options.webPreferences?.devTools).toBe(true); // not packaged: development
  });

  it('sends the document from the command line once the page has loaded, as bytes', async () => {
    expect(openedFiles()).toEqual([]);
    window.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(openedFiles()).toHaveLength(1));
    expect(openedFiles()[0]).toEqual({ fileName: 'lansstyrelsen-enhetschef.txt', bytes: new Uint8Array(readFileSync(firstAd)) });
  });

  it('takes documents from a second start ("open with" on Windows/Linux) and from macOS open-file events', async () => {
    electronState.app.emit('second-instance', {}, ['/opt/Värdekollen/vardekollen', secondAd], '/home/anna');
    await vi.waitFor(() => expect(openedFiles()).toHaveLength(2));
    expect(openedFiles()[1]?.fileName).toBe('migrationsverket-jurist.txt');
    expect(window.focused).toBe(true);
    const event = { preventDefault: vi.fn() };
    electronState.app.emit('open-file', event, firstAd);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(openedFiles()).toHaveLength(3));
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('tells the user, in their language, when an opened document cannot be read', async () => {
    electronState.app.emit('second-instance', {}, ['/opt/Värdekollen/vardekollen', '/nowhere/borta.pdf'], '/');
    await vi.waitFor(() => expect(electronState.dialogs.shown.some((d) => d.kind === 'message')).toBe(true));
    const shown = electronState.dialogs.shown.find((d) => d.kind === 'message')!.options;
    expect(shown['title']).toBe('Dokumentet kunde inte öppnas');
    expect(shown['detail']).toBe('Filen /nowhere/borta.pdf finns inte eller kan inte läsas.');
    expect(openedFiles()).toHaveLength(3);
  });

  it('passes the menu\'s "Exportera…" to the page', () => {
    const file = electronState.applicationMenu![0]!.submenu as MenuItemConstructorOptions[];
    (file.find((i) => i.label === 'Exportera…')!.click as () => void)();
    expect(window.webContents.sent.filter((m) => m.channel === HOST_CHANNELS.menuCommand).map((m) => m.args[0])).toEqual(['export']);
  });

  it('rebuilds the menu in English when the page changes the language setting', async () => {
    const handler = electronState.ipcHandlers.get(IPC_CALL_CHANNEL)!;
    const reply = (await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, { callId: '1', method: 'updateSettings', request: { language: 'en' } })) as { ok: boolean };
    expect(reply.ok).toBe(true);
    expect(menuLabels()).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(JSON.parse(readFileSync(join(directory, 'db', 'settings.json'), 'utf8'))).toMatchObject({ language: 'en' });
  });

  it('quits when the window is closed (Windows, Linux), after saving its state', () => {
    window.close();
    electronState.app.emit('window-all-closed');
    expect(electronState.app.quitCalls).toBe(1);
    expect(JSON.parse(readFileSync(join(directory, 'userData', 'window-state.json'), 'utf8'))).toMatchObject({ width: 1280, height: 860, maximized: false });
  });
});

describe('a second start', () => {
  it('without the single-instance lock quits at once and opens nothing', async () => {
    resetFakeElectron();
    electronState.app.hasLock = false;
    vi.resetModules();
    await import('../../../electron/main/main.js');
    expect(electronState.app.quitCalls).toBe(1);
    expect(electronState.app.listenerCount('second-instance')).toBe(0);
    electronState.app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});
