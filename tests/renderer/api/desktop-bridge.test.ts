// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toVardekollenError } from '../../../core/errors/index.js';
import type { ImportProgress } from '../../../core/import/import-options.js';
import { callRemote, isRemoteMethod } from '../../../core/service/remote/remote-requests.js';
import { IPC_CALL_CHANNEL, IPC_CANCEL_CHANNEL, IPC_PROGRESS_CHANNEL } from '../../../core/service/remote/remote-method-names.js';
import { createReviewService, type ClosableReviewService } from '../../../core/service/index.js';
import { cancelCallHandler, RunningCalls, serviceCallHandler } from '../../../electron/main/ipc/service-call-handler.js';
import { createBridgeApi, type BridgeIpc } from '../../../electron/preload/bridge-api.js';
import { HOST_CHANNELS } from '../../../electron/preload/host-channels.js';
import type { DesktopBridge } from '../../../renderer/src/api/desktop-bridge.js';
import { connectDesktop } from '../../../renderer/src/api/desktop-bridge.js';
import { ServiceError } from '../../../renderer/src/api/service-error.js';
import { readJobAdFixture } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { importUntilCancelled } from '../../helpers/import-until-cancelled.js';

/**
 * The renderer's desktop connection over the real preload object (electron/preload/bridge-api.ts),
 * with an IPC stand-in that does what the main process does: run the call on a real service and
 * answer `{ok, value}` or the typed error's plain form, sending progress by call id.
 */
let dir: string;
let service: ClosableReviewService;
const savedRequests: unknown[] = [];
let saveAnswer: { saved: boolean; fileName?: string } = { saved: true, fileName: 'checklista-sparad.md' };

function mainProcess(): BridgeIpc {
  const listeners = new Map<string, ((event: unknown, message: unknown) => void)[]>();
  const send = (channel: string, message: unknown): void => listeners.get(channel)?.forEach((listener) => listener({}, message));
  return {
    on(channel: string, listener: (event: unknown, message: unknown) => void) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return this;
    },
    async invoke(channel: string, payload?: unknown) {
      if (channel === HOST_CHANNELS.saveFile) {
        savedRequests.push(payload);
        return { ok: true, value: saveAnswer };
      }
      if (channel !== IPC_CALL_CHANNEL) throw new Error(`unexpected channel ${channel}`);
      const { callId, method, request } = payload as { callId: string; method: string; request: unknown };
      if (!isRemoteMethod(method)) return { ok: false, error: toVardekollenError(new Error('unknown method')).toJSON() };
      try {
        return { ok: true, value: await callRemote(service, method, request, (progress) => send(IPC_PROGRESS_CHANNEL, { callId, progress })) };
      } catch (error) {
        return { ok: false, error: toVardekollenError(error).toJSON() };
      }
    },
  } as unknown as BridgeIpc;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vardekollen-desktop-bridge-'));
  service = createReviewService({ databasePath: join(dir, 'db.sqlite'), isolateImports: false });
});
afterAll(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the renderer over the Electron preload', () => {
  it('runs service calls with progress, and rebuilds plain-object errors as ServiceErrors', async () => {
    const bridge: DesktopBridge = createBridgeApi(mainProcess());
    const { api } = connectDesktop(bridge, async () => undefined);
    const progress: ImportProgress[] = [];
    const bytes = new TextEncoder().encode(readJobAdFixture('trafikverket-kommunikator.txt'));
    const started = await api.startReview({ source: { kind: 'bytes', bytes, fileName: 'annons.txt' }, reviewer: 'Anna Berg' }, { onProgress: (p) => progress.push(p) });
    expect(started.checklist.items.length).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThan(0);

    const error = await api.completeReview({ reviewId: started.checklist.reviewId, reviewer: 'Anna Berg' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'ITEMS_OPEN', params: { count: started.checklist.items.length } });
    expect((error as ServiceError).messages.sv).toBe(`Granskningen kan inte avslutas: ${started.checklist.items.length} punkter är fortfarande öppna.`);
  });

  it('stops waiting when the page cancels, although the signal cannot cross the bridge', async () => {
    const bridge: DesktopBridge = createBridgeApi(mainProcess());
    const { api } = connectDesktop(bridge, async () => undefined);
    const controller = new AbortController();
    const bytes = new TextEncoder().encode(readJobAdFixture('trafikverket-kommunikator.txt'));
    const pending = api.checkDocument({ source: { kind: 'bytes', bytes, fileName: 'annons.txt' } }, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('stops the work in the main process too when the page cancels (an import does not run on for minutes)', async () => {
    const waiting = importUntilCancelled(service);
    // The main process's real handlers, for one page.
    const running = new RunningCalls();
    const page = { sender: { id: 7, isDestroyed: () => false, send: () => undefined } } as never;
    const calls = serviceCallHandler(waiting.service, {}, running);
    const cancels = cancelCallHandler(running);
    const ipc = {
      on() {
        return this;
      },
      invoke: (channel: string, payload: unknown) => (channel === IPC_CALL_CHANNEL ? calls(page, payload) : channel === IPC_CANCEL_CHANNEL ? cancels(page, payload) : Promise.reject(new Error(channel))),
    } as unknown as BridgeIpc;
    const { api } = connectDesktop(createBridgeApi(ipc), async () => undefined);
    const controller = new AbortController();
    const pending = api.importDocument({ source: { kind: 'bytes', bytes: new TextEncoder().encode('Rubrik\n\nText.'), fileName: 'a.txt' } }, { signal: controller.signal });
    await vi.waitFor(() => expect(waiting.signal()).toBeDefined());
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    expect(await waiting.stopped).toMatchObject({ code: 'CANCELLED' });
  });

  it('lets a page stop only its own calls that are still running', async () => {
    const running = new RunningCalls();
    const cancels = cancelCallHandler(running);
    const signal = running.start(1, 'c1');
    expect(await cancels({ sender: { id: 2 } } as never, { callId: 'c1' })).toEqual({ ok: true, value: false });
    expect(signal.aborted).toBe(false);
    expect(await cancels({ sender: { id: 1 } } as never, { callId: 'c1' })).toEqual({ ok: true, value: true });
    expect(signal.aborted).toBe(true);
    expect(await cancels({ sender: { id: 1 } } as never, { callId: 'c1' })).toEqual({ ok: true, value: false });
    expect(await cancels({ sender: { id: 1 } } as never, { callId: 'c1', method: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('saves through the native dialog under the suggested name and reports the name chosen, or a cancel', async () => {
    const bridge: DesktopBridge = createBridgeApi(mainProcess());
    const { host } = connectDesktop(bridge, async () => 'download');
    expect(host.kind).toBe('desktop');
    const file = { fileName: 'granskning-v1.md', mediaType: 'text/markdown', bytes: new Uint8Array([35, 32, 65]) };
    expect(await host.saveFile(file)).toBe('checklista-sparad.md');
    expect(savedRequests.at(-1)).toEqual({ suggestedName: 'granskning-v1.md', bytes: file.bytes });
    saveAnswer = { saved: false };
    expect(await host.saveFile(file)).toBeUndefined();
  });
});
