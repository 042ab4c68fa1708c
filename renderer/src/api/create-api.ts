import type { AppConnection } from './api-types.js';
import { downloadFile } from './browser-download.js';
import { connectDesktop } from './desktop-bridge.js';
import { createHttpApi } from './http-api.js';
import { transportError } from './service-error.js';

const TOKEN_STORAGE_KEY = 'vardekollen.token';

/**
 * Reads the loopback server's access token from the URL fragment (`#token=…`) and keeps it for
 * this tab only (sessionStorage), then takes it out of the address bar so it does not end up in
 * screenshots, bookmarks or the history. A reload finds it again in sessionStorage.
 */
export function takeToken(win: Window): string | undefined {
  const match = /(?:^#|&)token=([0-9a-f]{16,})/i.exec(win.location.hash);
  if (match?.[1]) {
    try {
      win.sessionStorage.setItem(TOKEN_STORAGE_KEY, match[1]);
    } catch {
      // Storage can be disabled; the token then lives only as long as this page.
    }
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
    return match[1];
  }
  try {
    return win.sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The one place that chooses the transport: the Electron bridge when the preload provided it,
 * otherwise the loopback server the page was served from.
 */
export function createApi(win: Window = window): AppConnection {
  const save = (file: Parameters<typeof downloadFile>[0]): Promise<string> => downloadFile(file, win.document);
  if (win.vardekollen) return connectDesktop(win.vardekollen, save);
  const token = takeToken(win);
  if (!token) throw transportError('TRANSPORT_NO_TOKEN', win.location.origin);
  return { api: createHttpApi({ baseUrl: '', token }), host: { kind: 'browser', saveFile: save } };
}
