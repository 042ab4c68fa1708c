import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReviewService } from '../core/service/contract.js';
import { callRemote, isRemoteMethod } from '../core/service/remote/remote-requests.js';
import { fromWireJson, toWireJson } from '../core/service/remote/wire-json.js';
import { toVardekollenError, VardekollenError } from '../core/errors/index.js';
import { DEFAULT_IMPORT_LIMITS } from '../core/import/import-options.js';
import { readStaticFile } from './static-files.js';
import { SECURITY_HEADERS } from './security-headers.js';

export interface LocalServerOptions {
  readonly service: ReviewService;
  /** The built renderer (dist/renderer). */
  readonly staticDirectory: string;
  /** 0 (the default) picks a free port at random. */
  readonly port?: number;
}

export interface LocalServer {
  /** The address to open, with the access token in the fragment (never sent to the server or logged). */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  close(): Promise<void>;
}

/** The header the renderer sends the token in. */
export const TOKEN_HEADER = 'x-vardekollen-token';

/** Request bodies: the largest document as base64 plus JSON around it. */
const MAX_BODY_BYTES = Math.ceil(DEFAULT_IMPORT_LIMITS.maxBytes * 1.4) + 1024 * 1024;

/**
 * The same interface as the desktop app, in a local browser: the built renderer and the service
 * over HTTP, for machines where the Electron binary is not installed. It listens on 127.0.0.1
 * only, on a random port; every API call must carry a random 256-bit token (given to the page in
 * the URL fragment) and a Host header naming exactly this address, so another user's browser
 * tab, a web page doing DNS rebinding or a cross-site form cannot reach the service.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const token = randomBytes(32).toString('hex');
  const tokenBytes = Buffer.from(token);
  let origin = '';
  let allowedHosts: ReadonlySet<string> = new Set();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: toVardekollenError(error).toJSON() });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (!allowedHosts.has(request.headers.host ?? '')) {
      // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host.
      sendJson(response, 421, { ok: false, error: new VardekollenError('INVALID_ARGUMENT', { detail: 'wrong Host header' }).toJSON() });
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) {
      await handleApi(request, response, url.pathname.slice('/api/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, { ok: false, error: new VardekollenError('INVALID_ARGUMENT', { detail: 'method not allowed' }).toJSON() });
      return;
    }
    const file = await readStaticFile(options.staticDirectory, url.pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.body.length });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    const refuse = (status: number, detail: string): void => sendJson(response, status, { ok: false, error: new VardekollenError('INVALID_ARGUMENT', { detail }).toJSON() });
    if (request.method !== 'POST') return refuse(405, 'API calls are POST');
    const given = Buffer.from(String(request.headers[TOKEN_HEADER] ?? ''));
    if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) return refuse(403, 'missing or wrong access token');
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return refuse(403, 'cross-origin request');
    if (!isRemoteMethod(method)) return refuse(404, `unknown method ${method}`);
    let body: unknown;
    try {
      body = fromWireJson(await readBody(request, MAX_BODY_BYTES));
    } catch (error) {
      sendJson(response, 400, { ok: false, error: toVardekollenError(error).toJSON() });
      return;
    }
    // Progress lines first, the result last: the page shows a progress bar per page of a PDF.
    response.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
    const writeLine = (value: unknown): void => {
      response.write(`${toWireJson(value)}\n`);
    };
    // A page that stops waiting (the user cancelled) closes the connection: stop the work too.
    const cancel = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) cancel.abort(new VardekollenError('CANCELLED'));
    });
    try {
      const value = await callRemote(options.service, method, body, (progress) => writeLine({ progress }), cancel.signal);
      writeLine({ ok: true, value });
    } catch (error) {
      writeLine({ ok: false, error: toVardekollenError(error).toJSON() });
    }
    response.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new VardekollenError('TOO_LARGE', { size: `${size} B`, limit: `${limit} B` }));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8') || '{}'));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
}
