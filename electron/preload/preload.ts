/**
 * The Electron preload: runs sandboxed, in an isolated world, before the page. It exposes one
 * object, `window.vardekollen` (see bridge-types.ts), and nothing else: no `ipcRenderer`, no
 * Node. It is bundled into one CommonJS file (scripts/bundle-preload.mjs) because a sandboxed
 * preload can load no other modules; it may import only `electron` and plain-data modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridgeApi } from './bridge-api.js';

contextBridge.exposeInMainWorld('vardekollen', createBridgeApi(ipcRenderer));
