// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../core/import/import-options.js';
import { createReviewService, type ClosableReviewService } from '../../../core/service/index.js';
import { createHttpApi } from '../../../renderer/src/api/http-api.js';
import { ServiceError } from '../../../renderer/src/api/service-error.js';
import { base64ToBytes, bytesToBase64, fromWireJson, toWireJson } from '../../../renderer/src/api/wire-json.js';
import { startLocalServer, type LocalServer } from '../../../server/local-server.js';
import { buildTextPdf } from '../../fixtures/pdf/build-text-pdf.js';

/**
 * The renderer's HTTP client against the real loopback server and a real service: the token
 * header, NDJSON progress lines arriving as events, bytes both ways, and typed errors rebuilt
 * with their code and both messages.
 */
let dir: string;
let service: ClosableReviewService;
let server: LocalServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vardekollen-http-api-'));
  service = createReviewService({ databasePath: join(dir, 'db.sqlite'), isolateImports: false });
  server = await startLocalServer({ service, staticDirectory: fileURLToPath(new URL('../../../dist/renderer', import.meta.url)) });
});
afterAll(async () => {
  await server.close();
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the HTTP client of the renderer', () => {
  it('starts a review of a PDF with its pages reported as progress, and exports it as bytes', async () => {
    const api = createHttpApi({ baseUrl: server.origin, token: server.token });
    const pdf = await buildTextPdf(
      [{ lines: ['Mediepolicy för myndigheten', '', 'Medarbetare får inte uttala sig i media.'] }, { lines: ['Policyn gäller för alla medarbetare.'] }, { lines: ['Beslutad av generaldirektören.'] }],
      { title: 'Mediepolicy' },
    );
    const progress: ImportProgress[] = [];
    const started = await api.startReview({ source: { kind: 'bytes', bytes: pdf, fileName: 'mediepolicy.pdf' }, reviewer: 'Anna Berg' }, { onProgress: (p) => progress.push(p) });
    expect(started.checklist.document.format).toBe('pdf');
    expect(started.checklist.document.pageCount).toBe(3);
    expect(progress.filter((p) => p.stage === 'pages').map((p) => `${p.done}/${p.total}`)).toEqual(expect.arrayContaining(['1/3', '2/3', '3/3']));

    const exported = await api.exportChecklist({ reviewId: started.checklist.reviewId, format: 'markdown', language: 'sv' });
    expect(exported.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(exported.bytes)).toContain('Mediepolicy');
    expect((await api.listSeries()).map((s) => s.name)).toEqual([started.checklist.seriesName]);
  });

  it('rebuilds the service’s errors with their code, parameters and both messages', async () => {
    const api = createHttpApi({ baseUrl: server.origin, token: server.token });
    const error = await api.getChecklist({ reviewId: 'finns-inte-v1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'REVIEW_NOT_FOUND', params: { id: 'finns-inte-v1' } });
    expect((error as ServiceError).messages.sv).toBe('Det finns ingen granskning med id finns-inte-v1.');
    expect((error as ServiceError).messages.en).toBe('There is no review with id finns-inte-v1.');

    const refused = await api.decide({ reviewId: 'x', itemKey: 'y', decision: 'maybe' as never, reviewer: 'A' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('is refused without the right token, and says the server stopped when it cannot be reached', async () => {
    const wrong = createHttpApi({ baseUrl: server.origin, token: '0'.repeat(64) });
    await expect(wrong.listSeries()).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', messages: { en: 'Invalid value: missing or wrong access token' } });
    const gone = createHttpApi({ baseUrl: 'http://127.0.0.1:9', token: server.token });
    const failure = await gone.listSeries().catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'TRANSPORT_FAILED' });
    expect((failure as ServiceError).messages.sv).toMatch(/^Värdekollen svarar inte/);
  });

  it('encodes file bytes as the server decodes them, both ways', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    const wire = toWireJson({ source: { bytes, fileName: 'a.pdf' } });
    expect(JSON.parse(wire)).toEqual({ source: { bytes: { $bytes: Buffer.from(bytes).toString('base64') }, fileName: 'a.pdf' } });
    expect(fromWireJson(wire)).toEqual({ source: { bytes, fileName: 'a.pdf' } });
  });
});
