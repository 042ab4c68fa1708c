import { protocol } from 'electron';

/**
 * The page is served from `app://vardekollen/`, a custom scheme, rather than `file://`: the
 * page then has one fixed origin that IPC senders are checked against, it cannot read other
 * files on disk the way a file:// page can, and the scheme can be registered as secure.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'vardekollen';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registers the scheme's privileges; Electron requires this before the app is ready.
 * `standard` gives it real origins and relative URLs, `secure` makes the page a secure context,
 * `supportFetchAPI` and `corsEnabled` let Chromium load the renderer's ES module scripts from it.
 * Deliberately not `bypassCSP`: the page's Content-Security-Policy must hold.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true, bypassCSP: false, allowServiceWorkers: false, stream: false },
    },
  ]);
}

/** True for a URL of our own page (`app://vardekollen/...`), false for anything else or garbage. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compared by protocol and host: the WHATWG URL parser reports the origin of a non-special
  // scheme as "null", so `parsed.origin` cannot be used here. It also keeps such a host's case,
  // which Chromium lowercases for a standard scheme like ours.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '' && parsed.port === '';
}
