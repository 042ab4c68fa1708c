import { isAppUrl } from './app-scheme.js';

/**
 * Whether the window may load a URL at all. The app makes no network request: everything it
 * shows comes from `app://vardekollen/` (plus `data:` images, which the CSP allows). http(s),
 * WebSockets, file:// (the page never needs it, and a file:// load could read the disk) and
 * every other scheme are refused. DevTools' own `devtools:` pages are allowed in development
 * only, where DevTools can be opened at all.
 */
export function isAllowedRequest(url: string, options: { readonly isDevelopment: boolean }): boolean {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'data:') return true;
  return options.isDevelopment && scheme === 'devtools:';
}
