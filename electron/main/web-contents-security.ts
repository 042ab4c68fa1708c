import type { WebContents } from 'electron';
import { logWarning } from './log.js';

const hardened = new WeakSet<WebContents>();

/**
 * Locks down one web contents (Electron's security checklist, items 13–15): the page can
 * never navigate away from itself (links, `location = ...`, form posts, redirects, in any
 * frame), open a window, or attach a <webview>. The app is one page; every one of these would
 * be a way out of its Content-Security-Policy and sandbox for injected content. Applied to
 * every web contents the app creates (see app-lifecycle.ts), not only the main window's.
 */
export function hardenWebContents(contents: WebContents): void {
  // The main window hardens its own contents, and 'web-contents-created' sees them again.
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    logWarning(`blocked navigation to ${event.url.slice(0, 200)}`);
  });
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
    logWarning(`blocked frame navigation to ${event.url.slice(0, 200)}`);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
    logWarning(`blocked redirect to ${event.url.slice(0, 200)}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logWarning('blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    logWarning(`blocked a new window for ${url.slice(0, 200)}`);
    return { action: 'deny' };
  });
}
