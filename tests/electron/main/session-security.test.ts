import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronState, resetFakeElectron } from '../helpers/fake-electron.js';
import { hardenSession } from '../../../electron/main/session-security.js';
import { CONTENT_SECURITY_POLICY } from '../../../server/security-headers.js';

vi.mock('electron', () => import('../helpers/fake-electron.js'));

function harden(options: { isDevelopment?: boolean; platform?: NodeJS.Platform } = {}) {
  hardenSession(electronState.session as never, { isDevelopment: options.isDevelopment ?? false, platform: options.platform ?? 'linux' });
  return electronState.session;
}

/** What the session's request filter decides for a URL: true when the request may go ahead. */
function allowed(url: string, options: { isDevelopment?: boolean } = {}): boolean {
  const session = harden(options);
  let decision: boolean | undefined;
  session.beforeRequest!({ url }, (response) => (decision = response.cancel !== true));
  if (decision === undefined) throw new Error('the request listener did not answer');
  return decision;
}

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('the session', () => {
  it('cancels every request that is not to our own page: no network at all', () => {
    for (const url of [
      'http://example.com/',
      'https://example.com/tracker.js',
      'https://127.0.0.1:8080/api',
      'ws://localhost:1234/',
      'wss://example.com/socket',
      'ftp://example.com/file',
      'file:///etc/passwd',
      'file:///C:/Users/x/Documents/policy.pdf',
      'blob:app://vardekollen/123',
      'app://evil/index.html',
      'app://vardekollen:8080/index.html',
      'app://user@vardekollen/index.html',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abc/script.js',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(allowed(url), url).toBe(false);
    }
  });

  it('lets the page load its own files and data: images', () => {
    expect(allowed('app://vardekollen/index.html')).toBe(true);
    expect(allowed('app://vardekollen/assets/index-abc.js')).toBe(true);
    expect(allowed('APP://VARDEKOLLEN/index.html')).toBe(true);
    expect(allowed('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
  });

  it("allows DevTools' own pages in development only", () => {
    expect(allowed('devtools://devtools/bundled/inspector.html', { isDevelopment: true })).toBe(true);
    expect(allowed('https://example.com/', { isDevelopment: true })).toBe(false);
  });

  it('puts the strict Content-Security-Policy on every response, replacing a weaker one', () => {
    const session = harden();
    let headers: Record<string, string | string[]> | undefined;
    session.headersReceived!(
      { url: 'app://vardekollen/index.html', responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-inline' 'unsafe-eval'"], 'Content-Type': ['text/html'] } },
      (response) => (headers = response.responseHeaders),
    );
    const cspNames = Object.keys(headers!).filter((name) => name.toLowerCase() === 'content-security-policy');
    expect(cspNames).toEqual(['Content-Security-Policy']);
    const csp = String(headers!['Content-Security-Policy']);
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe');
    expect(headers!['Content-Type']).toEqual(['text/html']);
    expect(headers!['X-Content-Type-Options']).toEqual(['nosniff']);
  });

  it('puts the policy on a response that had no headers at all', () => {
    const session = harden();
    let headers: Record<string, string | string[]> | undefined;
    session.headersReceived!({ url: 'app://vardekollen/assets/x.js' }, (response) => (headers = response.responseHeaders));
    expect(headers!['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('denies every permission request and check', () => {
    const session = harden();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'fileSystem', 'unknown']) {
      const callback = vi.fn();
      session.permissionRequestHandler!({}, permission, callback, { requestingUrl: 'app://vardekollen/index.html' });
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler!({}, permission, 'app://vardekollen', {}), permission).toBe(false);
    }
    expect(session.devicePermissionHandler!({ deviceType: 'usb', origin: 'app://vardekollen' })).toBe(false);
  });

  it('turns the spell checker on only on macOS (elsewhere Chromium would download dictionaries)', () => {
    expect(harden({ platform: 'linux' }).spellChecker).toBe(false);
    expect(harden({ platform: 'win32' }).spellChecker).toBe(false);
    expect(harden({ platform: 'darwin' }).spellChecker).toBe(true);
  });
});
