import type { Session } from 'electron';
import { SECURITY_HEADERS } from '../../server/security-headers.js';
import { logWarning } from './log.js';
import { isAllowedRequest } from './network-policy.js';

/**
 * Locks down the window's session:
 * - every request that is not to our own `app://` page is cancelled (no network at all);
 * - every response carries the strict Content-Security-Policy and the other security headers
 *   (the app scheme sets them too; this covers any response that does not come from it);
 * - every permission request and check is denied (camera, notifications, clipboard reads,
 *   geolocation, HID/USB/serial devices, ...): the app needs none of them;
 * - the spell checker is on only where it is the operating system's own (macOS): elsewhere
 *   Chromium would download Hunspell dictionaries from the network.
 */
export function hardenSession(session: Session, options: { readonly isDevelopment: boolean; readonly platform: NodeJS.Platform }): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options);
    if (!allowed) logWarning(`blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  session.webRequest.onHeadersReceived((details, callback) => {
    // DevTools' own pages (development only) must not get the page's CSP, or DevTools breaks.
    if (details.url.startsWith('devtools:')) {
      callback({});
      return;
    }
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders ?? {}) });
  });

  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    logWarning(`denied a permission request: ${permission} from ${details.requestingUrl}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(options.platform === 'darwin');
}

/** The response's headers with ours in place of any the response had under the same names (in any case). */
export function withSecurityHeaders(headers: Readonly<Record<string, string | string[]>>): Record<string, string[]> {
  const ours = new Set(Object.keys(SECURITY_HEADERS).map((name) => name.toLowerCase()));
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!ours.has(name.toLowerCase())) result[name] = Array.isArray(value) ? [...value] : [value];
  }
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) result[name] = [value];
  return result;
}
