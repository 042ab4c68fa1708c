/**
 * A stand-in for the `electron` module, for tests of the main process and the preload: the
 * Electron binary cannot run on the build machine (no download, no display). It records what
 * our code asks of Electron (window options, handlers, headers, menus) and lets a test play
 * Electron's part (emit navigation events, call the registered handlers, deliver IPC). It is
 * loaded with `vi.mock('electron', () => import('../helpers/fake-electron.js'))`.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';

export interface FakeFrame {
  url: string;
  processId: number;
  routingId: number;
  parent: FakeFrame | null;
}

/** One message sent to a page (main → renderer). */
export interface SentMessage {
  readonly channel: string;
  readonly args: readonly unknown[];
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly sent: SentMessage[] = [];
  readonly mainFrame: FakeFrame = { url: '', processId: 40 + this.id, routingId: 1, parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  destroyed = false;
  devToolsOpened = false;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
    this.emit('fake:to-renderer', channel, ...args);
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  openDevTools(): void {
    this.devToolsOpened = true;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly options: BrowserWindowConstructorOptions;
  bounds: { x: number; y: number; width: number; height: number };
  maximized = false;
  shown = false;
  focused = false;
  destroyed = false;
  loadedUrl: string | undefined;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.instances.push(this);
    electronState.app.emit('web-contents-created', {}, this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }

  getNormalBounds() {
    return { ...this.bounds };
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }

  isMinimized(): boolean {
    return false;
  }

  restore(): void {}

  show(): void {
    this.shown = true;
  }

  focus(): void {
    this.focused = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** What closing the window does: 'close', then destroyed, then 'closed'. */
  close(): void {
    this.emit('close', { preventDefault() {} });
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

type Listener = (...args: never[]) => unknown;

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready = false;
  hasLock = true;
  quitCalls = 0;
  exitCode: number | undefined;
  sandboxEnabled = false;
  paths: Record<string, string> = { userData: join(tmpdir(), 'vardekollen-fake-userdata'), documents: join(tmpdir(), 'vardekollen-fake-documents') };
  appPath = process.cwd();
  #resolveReady: (() => void) | undefined;
  readonly #whenReady = new Promise<void>((resolve) => (this.#resolveReady = resolve));

  getPath(name: string): string {
    const path = this.paths[name];
    if (path === undefined) throw new Error(`fake app.getPath: no path for ${name}`);
    return path;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return '0.1.0-test';
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  quit(): void {
    this.quitCalls++;
  }
  exit(code: number): void {
    this.exitCode = code;
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.#whenReady;
  }
  /** The test's "Electron is ready now". */
  becomeReady(): void {
    this.ready = true;
    this.#resolveReady?.();
  }
}

type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { cancel?: boolean; responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

class FakeSession {
  beforeRequest: RequestListener | undefined;
  headersReceived: HeadersListener | undefined;
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void) | undefined;
  permissionCheckHandler: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | undefined;
  devicePermissionHandler: ((details: unknown) => boolean) | undefined;
  spellChecker: boolean | undefined;
  readonly webRequest = {
    onBeforeRequest: (listener: RequestListener) => {
      this.beforeRequest = listener;
    },
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersReceived = listener;
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

/** Everything the fake records, reset by `resetFakeElectron()`. */
export const electronState = {
  app: new FakeApp(),
  session: new FakeSession(),
  schemes: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  ipcHandlers: new Map<string, InvokeHandler>(),
  exposed: new Map<string, unknown>(),
  rendererListeners: new Map<string, Set<Listener>>(),
  applicationMenu: undefined as MenuItemConstructorOptions[] | undefined,
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] as { workArea: { x: number; y: number; width: number; height: number } }[],
  dialogs: {
    openPaths: [] as string[] | undefined,
    savePath: undefined as string | undefined,
    shown: [] as { kind: string; options: Record<string, unknown> }[],
  },
  /** How ipcRenderer.invoke reaches the main process; tests wire it to the registered handlers. */
  invoke: (_channel: string, ..._args: unknown[]): Promise<unknown> => Promise.reject(new Error('fake ipcRenderer.invoke is not wired')),
};

/** Starts each test from a fresh Electron. */
export function resetFakeElectron(): void {
  electronState.app.removeAllListeners();
  electronState.app = new FakeApp();
  electronState.session = new FakeSession();
  electronState.schemes = [];
  electronState.protocolHandlers.clear();
  electronState.ipcHandlers.clear();
  electronState.exposed.clear();
  electronState.rendererListeners.clear();
  electronState.applicationMenu = undefined;
  electronState.dialogs = { openPaths: [], savePath: undefined, shown: [] };
  FakeBrowserWindow.instances.length = 0;
}

// --- the module's exports, as `import { app, ... } from 'electron'` sees them ---
// Getters, because tests replace the recorded objects between tests.

export const app = new Proxy({} as FakeApp, {
  get: (_target, key) => {
    const value = Reflect.get(electronState.app, key) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(electronState.app) : value;
  },
});

export const BrowserWindow = FakeBrowserWindow;

export const session = {
  get defaultSession() {
    return electronState.session;
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    electronState.schemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    electronState.protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle(channel: string, handler: InvokeHandler): void {
    if (electronState.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    electronState.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    electronState.ipcHandlers.delete(channel);
  },
};

export const ipcRenderer = {
  invoke: (channel: string, ...args: unknown[]): Promise<unknown> => electronState.invoke(channel, ...args),
  on(channel: string, listener: Listener) {
    const listeners = electronState.rendererListeners.get(channel) ?? new Set();
    listeners.add(listener);
    electronState.rendererListeners.set(channel, listeners);
    return ipcRenderer;
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (electronState.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    electronState.exposed.set(key, api);
  },
};

export const dialog = {
  showOpenDialog(...args: unknown[]) {
    electronState.dialogs.shown.push({ kind: 'open', options: args.at(-1) as Record<string, unknown> });
    const paths = electronState.dialogs.openPaths;
    return Promise.resolve(paths && paths.length > 0 ? { canceled: false, filePaths: paths } : { canceled: true, filePaths: [] });
  },
  showSaveDialog(...args: unknown[]) {
    electronState.dialogs.shown.push({ kind: 'save', options: args.at(-1) as Record<string, unknown> });
    const path = electronState.dialogs.savePath;
    return Promise.resolve(path !== undefined ? { canceled: false, filePath: path } : { canceled: true, filePath: '' });
  },
  showMessageBox(...args: unknown[]) {
    electronState.dialogs.shown.push({ kind: 'message', options: args.at(-1) as Record<string, unknown> });
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
};

export const Menu = {
  buildFromTemplate(template: MenuItemConstructorOptions[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: MenuItemConstructorOptions[] } | null): void {
    electronState.applicationMenu = menu?.template;
  },
};

export const screen = {
  getAllDisplays() {
    return electronState.displays;
  },
};

/** Delivers a main → renderer message to the preload's `ipcRenderer.on` listeners. */
export function deliverToRenderer(channel: string, ...args: unknown[]): void {
  for (const listener of electronState.rendererListeners.get(channel) ?? []) (listener as (...a: unknown[]) => void)({ sender: ipcRenderer }, ...args);
}
