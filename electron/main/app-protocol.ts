import { protocol } from 'electron';
import { readStaticFile } from '../../server/static-files.js';
import { SECURITY_HEADERS } from '../../server/security-headers.js';
import { APP_SCHEME, isAppUrl } from './app-scheme.js';

/** Serves the built renderer on `app://vardekollen/`. Call once the app is ready. */
export function serveAppProtocol(rendererDirectory: string): void {
  protocol.handle(APP_SCHEME, (request) => respondWithAppFile(rendererDirectory, request));
}

/**
 * One response of the app scheme: a file of the built renderer with the same security headers
 * as the loopback server (strict Content-Security-Policy, nosniff, no referrer). Paths that
 * leave the renderer folder, other hosts and other methods than GET/HEAD get nothing, so the
 * scheme can never be used to read other files on disk.
 */
export async function respondWithAppFile(rendererDirectory: string, request: Request): Promise<Response> {
  const headers = { ...SECURITY_HEADERS };
  if (!isAppUrl(request.url)) return new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const file = await readStaticFile(rendererDirectory, new URL(request.url).pathname);
  if (!file) return new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body.buffer, file.body.byteOffset, file.body.byteLength), {
    status: 200,
    headers: { ...headers, 'Content-Type': file.contentType, 'Content-Length': String(file.body.length) },
  });
}
