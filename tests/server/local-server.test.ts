import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createReviewService, type ClosableReviewService } from '../../core/service/index.js';
import { startLocalServer, TOKEN_HEADER, type LocalServer } from '../../server/local-server.js';
import { fromWireJson, toWireJson } from '../../core/service/remote/wire-json.js';
import { readJobAdFixture } from '../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { importUntilCancelled } from '../helpers/import-until-cancelled.js';

/** Raw HTTP so that the Host header can be set to what an attacker's page would send. */
function raw(server: LocalServer, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: url.port, path: options.path, method: options.method ?? 'GET', headers: { host: url.host, ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let service: ClosableReviewService;
let server: LocalServer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vardekollen-server-'));
  service = createReviewService({ databasePath: join(dir, 'db.sqlite'), isolateImports: false });
  server = await startLocalServer({ service, staticDirectory: fileURLToPath(new URL('../../dist/renderer', import.meta.url)) });
});
afterAll(async () => {
  await server.close();
  service.close();
});

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(server, { path: `/api/${method}`, method: 'POST', headers: { [TOKEN_HEADER]: server.token, 'content-type': 'application/json', ...headers }, body: toWireJson(body) });
const lines = (body: string): Record<string, unknown>[] => body.trim().split('\n').map((l) => fromWireJson(l) as Record<string, unknown>);

describe('the loopback server', () => {
  it('listens on 127.0.0.1 at a random port with a 256-bit token in the URL fragment', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves the built interface with a strict Content-Security-Policy', async () => {
    const page = await raw(server, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await raw(server, { path: '/../../../../etc/passwd' })).status).toBe(404);
    expect((await raw(server, { path: '/%2e%2e/%2e%2e/package.json' })).status).toBe(404);
  });

  it('refuses requests for another Host (DNS rebinding), without the token, or from another origin', async () => {
    expect((await raw(server, { path: '/', headers: { host: 'evil.example:80' } })).status).toBe(421);
    expect((await api('listSeries', {}, { [TOKEN_HEADER]: 'x'.repeat(64) })).status).toBe(403);
    expect((await raw(server, { path: '/api/listSeries', method: 'POST', body: '{}' })).status).toBe(403);
    expect((await api('listSeries', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await raw(server, { path: '/api/listSeries', method: 'GET', headers: { [TOKEN_HEADER]: server.token } })).status).toBe(405);
  });

  it('refuses unknown methods and malformed requests, naming the field', async () => {
    expect((await api('deleteEverything', {})).status).toBe(404);
    const wrong = lines((await api('decide', { reviewId: 'x', itemKey: 'y', decision: 'maybe', reviewer: 'A' })).body);
    expect(wrong.at(-1)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(JSON.stringify(wrong.at(-1))).toContain('decision');
    const path = lines((await api('importDocument', { source: { kind: 'path', path: '/etc/passwd' } })).body);
    expect(path.at(-1)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('runs a real review over HTTP with progress and typed errors', async () => {
    const bytes = new TextEncoder().encode(readJobAdFixture('trafikverket-kommunikator.txt'));
    const started = lines((await api('startReview', { source: { kind: 'bytes', bytes, fileName: 'annons.txt' }, reviewer: 'Anna Berg', seriesName: 'Webbannons' })).body);
    const result = started.at(-1) as { ok: boolean; value: { checklist: { reviewId: string; items: unknown[] } } };
    expect(result.ok).toBe(true);
    expect(result.value.checklist.reviewId).toBe('webbannons-v1');
    expect(started.slice(0, -1).every((l) => 'progress' in l)).toBe(true);
    const missing = lines((await api('getChecklist', { reviewId: 'saknas-v1' })).body);
    expect(missing.at(-1)).toMatchObject({ ok: false, error: { code: 'REVIEW_NOT_FOUND', messages: { sv: expect.stringContaining('saknas-v1') } } });
    const exported = lines((await api('exportChecklist', { reviewId: 'webbannons-v1', format: 'docx', language: 'sv' })).body).at(-1) as { value: { bytes: Uint8Array } };
    expect(exported.value.bytes).toBeInstanceOf(Uint8Array);
    expect(exported.value.bytes[0]).toBe(0x50); // "PK": a Word file is a zip
  });
});

describe('cancelling over HTTP', () => {
  it('stops the work when the page stops waiting (the connection closes)', async () => {
    const waiting = importUntilCancelled(service);
    const other = await startLocalServer({ service: waiting.service, staticDirectory: fileURLToPath(new URL('../../dist/renderer', import.meta.url)) });
    const url = new URL(other.origin);
    const req = httpRequest({ host: '127.0.0.1', port: url.port, path: '/api/importDocument', method: 'POST', headers: { host: url.host, [TOKEN_HEADER]: other.token, 'content-type': 'application/json' } });
    req.on('error', () => undefined);
    req.end(toWireJson({ source: { kind: 'bytes', bytes: new TextEncoder().encode('Rubrik\n\nText.'), fileName: 'a.txt' } }));
    // The page gives up once the server is working on the call.
    await vi.waitFor(() => expect(waiting.signal()).toBeDefined());
    req.destroy();
    expect(await waiting.stopped).toMatchObject({ code: 'CANCELLED' });
    expect(waiting.signal()?.aborted).toBe(true);
    await other.close();
  });
});
