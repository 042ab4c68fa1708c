/**
 * The Electron main process's entry (package.json "main": dist/electron/main/main.js).
 * Everything that must happen before the app is ready happens here, in this order.
 */
import { app } from 'electron';
import { registerAppScheme } from './app-scheme.js';
import { startApp } from './app-lifecycle.js';

// Every renderer sandboxed, whatever a window's own preferences say (defence in depth).
app.enableSandbox();
registerAppScheme();

// One instance: a second start (e.g. "open with" on Windows and Linux) passes its command line
// to the first through 'second-instance' and quits.
if (app.requestSingleInstanceLock()) startApp();
else app.quit();
