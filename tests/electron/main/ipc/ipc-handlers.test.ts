import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronState, FakeBrowserWindow, ipcMain, resetFakeElectron, type FakeFrame } from '../../helpers/fake-electron.js';
import { registerIpcHandlers } from '../../../../electron/main/ipc/register-ipc.js';
import { APP_ENTRY_URL } from '../../../../electron/main/app-scheme.js';
import { readUserFile } from '../../../../electron/main/read-user-file.js';
import { writeFileAtomic } from '../../../../electron/main/write-file-atomic.js';
import { HOST_CHANNELS } from '../../../../electron/preload/host-channels.js';
import { createReviewService, type ClosableReviewService } from '../../../../core/service/index.js';
import { IPC_CALL_CHANNEL, IPC_CANCEL_CHANNEL, IPC_PROGRESS_CHANNEL, type RemoteResult } from '../../../../core/service/remote/remote-method-names.js';
import { JOB_AD_FIXTURES } from '../../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { buildTextPdf } from '../../../fixtures/pdf/build-text-pdf.js';

vi.mock('electron', () => import('../../helpers/fake-electron.js'));

const JOB_AD = 'skatteverket-it-utvecklare.txt';
const jobAdBytes = new Uint8Array(readFileSync(join(JOB_AD_FIXTURES, JOB_AD)));

let directory: string;
let service: ClosableReviewService;
let window: FakeBrowserWindow;
let unregister: () => void;
const afterCall = vi.fn();
const dialogs = { documentPath: undefined as string | undefined, savePath: undefined as string | undefined, suggestedNames: [] as string[] };

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'vk-ipc-'));
  // The real service over a real SQLite file, with imports in worker threads as in the app.
  service = createReviewService({ databasePath: join(directory, 'reviews.db') });
});
afterAll(() => service.close());

beforeEach(async () => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  afterCall.mockClear();
  dialogs.documentPath = undefined;
  dialogs.savePath = undefined;
  dialogs.suggestedNames = [];
  window = new FakeBrowserWindow();
  await window.loadURL(APP_ENTRY_URL);
  unregister = registerIpcHandlers(ipcMain as never, {
    service,
    getWindow: () => window as never,
    afterCall,
    askForDocument: () => Promise.resolve(dialogs.documentPath),
    readDocument: (path) => readUserFile(path, 64 * 1024),
    askWhereToSave: (name) => {
      dialogs.suggestedNames.push(name);
      return Promise.resolve(dialogs.savePath);
    },
    writeFile: writeFileAtomic,
  });
});
afterEach(() => {
  unregister();
  vi.restoreAllMocks();
});

interface Sender {
  readonly sender: unknown;
  readonly senderFrame: FakeFrame | null;
}
const fromOurPage = (): Sender => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame });

/** What ipcRenderer.invoke would resolve to, after the structured clone that IPC applies. */
async function invoke(channel: string, from: Sender, ...args: unknown[]): Promise<RemoteResult> {
  const handler = electronState.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return structuredClone((await handler(from, ...args)) as RemoteResult);
}
const call = (method: string, request?: unknown, from: Sender = fromOurPage(), callId = 'c1') => invoke(IPC_CALL_CHANNEL, from, { callId, method, request });

function errorOf(reply: RemoteResult) {
  if (reply.ok) throw new Error(`expected an error, got ${JSON.stringify(reply.value).slice(0, 200)}`);
  return reply.error;
}
function valueOf<T>(reply: RemoteResult): T {
  if (!reply.ok) throw new Error(`expected a value, got ${reply.error.code}: ${reply.error.message}`);
  return reply.value as T;
}

describe('IPC: valid calls reach the real service', () => {
  it('checks a job ad sent as bytes and returns what the service returns', async () => {
    const request = { source: { kind: 'bytes', bytes: jobAdBytes, fileName: JOB_AD } };
    const reply = await call('checkDocument', request);
    const value = valueOf<Awaited<ReturnType<ClosableReviewService['checkDocument']>>>(reply);
    expect(value.document.metadata.fileName).toBe(JOB_AD);
    expect(value.document.metadata.fileSha256).toBe(createHash('sha256').update(jobAdBytes).digest('hex'));
    expect(value.document.text).toContain('Skatteverket');
    expect(value.result.documentType.type).toBe('jobad');
    expect(value).toEqual(await service.checkDocument(request as never));
  });

  it('runs a review through IPC: start, read the checklist, decide an item', async () => {
    const started = valueOf<{ checklist: { reviewId: string; items: { key: string }[] }; reused: boolean }>(
      await call('startReview', { source: { kind: 'bytes', bytes: jobAdBytes, fileName: JOB_AD }, reviewer: 'Ida Granskare', seriesName: 'IPC-serien' }),
    );
    const { reviewId, items } = started.checklist;
    expect(items.length).toBeGreaterThan(0);
    expect(valueOf(await call('getChecklist', { reviewId }))).toEqual(started.checklist);
    const item = valueOf<{ key: string; decision?: { decision: string } }>(
      await call('decide', { reviewId, itemKey: items[0]!.key, decision: 'not-applicable', reason: 'Gäller inte tjänsten.', reviewer: 'Ida Granskare' }),
    );
    expect(item.key).toBe(items[0]!.key);
    const series = valueOf<{ name: string }[]>(await call('listSeries'));
    expect(series.map((s) => s.name)).toContain('IPC-serien');
  });

  it("returns the service's typed errors as { ok: false } with their code and both languages", async () => {
    const missing = errorOf(await call('getChecklist', { reviewId: 'no-such-review' }));
    expect(missing.code).toBe('REVIEW_NOT_FOUND');
    expect(missing.params).toEqual({ id: 'no-such-review' });
    expect(missing.messages.sv).toContain('no-such-review');
    expect(missing.messages.en).toContain('no-such-review');
    const damaged = errorOf(await call('importDocument', { source: { kind: 'bytes', bytes: new TextEncoder().encode('%PDF-1.7\n garbage'), fileName: 'trasig.pdf' } }));
    expect(damaged.code).toBe('CORRUPT_FILE');
  });

  it('turns an unexpected exception into an INTERNAL error instead of throwing across IPC', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(service, 'listSeries').mockRejectedValueOnce(new TypeError('boom'));
    const error = errorOf(await call('listSeries'));
    expect(error.code).toBe('INTERNAL');
    expect(error.params).toEqual({ detail: 'boom' });
  });

  it('sends progress with the call id to the calling page only', async () => {
    const other = new FakeBrowserWindow();
    await other.loadURL(APP_ENTRY_URL);
    const pdf = await buildTextPdf([{ lines: ['Sida ett.'] }, { lines: ['Sida två.'] }, { lines: ['Sida tre.'] }]);
    const reply = await call('importDocument', { source: { kind: 'bytes', bytes: pdf, fileName: 'tre-sidor.pdf' } }, fromOurPage(), 'call-42');
    expect(valueOf<{ metadata: { pageCount: number } }>(reply).metadata.pageCount).toBe(3);
    const progress = window.webContents.sent.filter((m) => m.channel === IPC_PROGRESS_CHANNEL).map((m) => m.args[0] as { callId: string; progress: { stage: string; done: number; total: number } });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.callId === 'call-42')).toBe(true);
    expect(progress.filter((p) => p.progress.stage === 'pages').at(-1)?.progress).toEqual({ stage: 'pages', done: 3, total: 3 });
    expect(other.webContents.sent).toEqual([]);
  });

  it('stops sending progress to a page that is gone, without failing the call', async () => {
    window.webContents.destroyed = true;
    const reply = await call('importDocument', { source: { kind: 'bytes', bytes: jobAdBytes, fileName: JOB_AD } });
    expect(reply.ok).toBe(true);
    expect(window.webContents.sent).toEqual([]);
  });

  it('tells the app when settings changed (to rebuild the menu in the new language)', async () => {
    const settings = valueOf<{ language: string }>(await call('updateSettings', { language: 'en' }));
    expect(settings.language).toBe('en');
    expect(afterCall).toHaveBeenCalledWith('updateSettings', expect.objectContaining({ language: 'en' }));
    await call('updateSettings', { language: 'sv' });
  });
});

describe('IPC: the sender is checked', () => {
  const foreignSenders: Record<string, () => Sender> = {
    'an iframe in our page': () => ({
      sender: window.webContents,
      senderFrame: { url: APP_ENTRY_URL, processId: window.webContents.mainFrame.processId, routingId: 99, parent: window.webContents.mainFrame },
    }),
    'another window showing our page': () => {
      const other = new FakeBrowserWindow();
      other.webContents.mainFrame.url = APP_ENTRY_URL;
      return { sender: other.webContents, senderFrame: other.webContents.mainFrame };
    },
    'our window after navigating to a web site': () => {
      window.webContents.mainFrame.url = 'https://evil.example/index.html';
      return fromOurPage();
    },
    'our window showing a file:// page': () => {
      window.webContents.mainFrame.url = 'file:///tmp/index.html';
      return fromOurPage();
    },
    'another app:// host': () => {
      window.webContents.mainFrame.url = 'app://evil/index.html';
      return fromOurPage();
    },
    'a frame that is gone': () => ({ sender: window.webContents, senderFrame: null }),
    'a top-level frame of our contents that is not the main frame': () => ({
      sender: window.webContents,
      senderFrame: { url: APP_ENTRY_URL, processId: 12345, routingId: 1, parent: null },
    }),
    'a closed window': () => {
      window.close();
      return fromOurPage();
    },
  };

  for (const [name, sender] of Object.entries(foreignSenders)) {
    it(`refuses ${name} with INVALID_ARGUMENT, without running anything`, async () => {
      const settings = vi.spyOn(service, 'getSettings');
      const from = sender();
      for (const channel of [IPC_CALL_CHANNEL, IPC_CANCEL_CHANNEL, HOST_CHANNELS.openDocumentDialog, HOST_CHANNELS.saveFile]) {
        const error = errorOf(await invoke(channel, from, { callId: 'x', method: 'getSettings' }));
        expect(error.code).toBe('INVALID_ARGUMENT');
        expect(error.params['detail']).toContain('may only be called by the Värdekollen window');
      }
      expect(settings).not.toHaveBeenCalled();
      expect(dialogs.suggestedNames).toEqual([]);
      expect(console.warn).toHaveBeenCalled();
    });
  }

  it('stops an import in its worker when the page cancels it, and only for that page', async () => {
    const bytes = await buildTextPdf(Array.from({ length: 300 }, (_, i) => ({ lines: [`Sida ${i + 1}. Vi bemöter alla med respekt och saklighet i varje ärende.`] })));
    const pending = call('importDocument', { source: { kind: 'bytes', bytes, fileName: 'lang.pdf' } }, fromOurPage(), 'long');
    // Another page cannot stop it; ours can.
    const other = new FakeBrowserWindow();
    other.webContents.mainFrame.url = APP_ENTRY_URL;
    expect((await invoke(IPC_CANCEL_CHANNEL, { sender: other.webContents, senderFrame: other.webContents.mainFrame }, { callId: 'long' })).ok).toBe(false);
    expect(await invoke(IPC_CANCEL_CHANNEL, fromOurPage(), { callId: 'long' })).toEqual({ ok: true, value: true });
    expect(errorOf(await pending).code).toBe('CANCELLED');
    expect(await invoke(IPC_CANCEL_CHANNEL, fromOurPage(), { callId: 'long' })).toEqual({ ok: true, value: false });
  });

  it('refuses every call when there is no window', async () => {
    unregister();
    unregister = registerIpcHandlers(ipcMain as never, { ...dummyHostDeps(), service, getWindow: () => undefined });
    expect(errorOf(await call('getSettings')).code).toBe('INVALID_ARGUMENT');
  });
});

describe('IPC: payloads are validated', () => {
  const malformed: Record<string, unknown> = {
    'no payload': undefined,
    null: null,
    'a string': 'getSettings',
    'an array': ['c1', 'getSettings'],
    'no method': { callId: 'c1' },
    'an unknown method': { callId: 'c1', method: 'deleteEverything' },
    'a prototype property as method': { callId: 'c1', method: 'constructor' },
    '__proto__ as method': { callId: 'c1', method: '__proto__' },
    'close (not a remote method)': { callId: 'c1', method: 'close' },
    'a numeric call id': { callId: 7, method: 'getSettings' },
    'an empty call id': { callId: '', method: 'getSettings' },
    'an overlong call id': { callId: 'x'.repeat(101), method: 'getSettings' },
    'an extra field': { callId: 'c1', method: 'getSettings', request: {}, sender: 'main' },
    'a path instead of bytes': { callId: 'c1', method: 'importDocument', request: { source: { kind: 'path', path: '/etc/passwd' } } },
    'bytes as a plain array': { callId: 'c1', method: 'importDocument', request: { source: { kind: 'bytes', bytes: [37, 80, 68, 70], fileName: 'a.pdf' } } },
    'an unknown request field': { callId: 'c1', method: 'getChecklist', request: { reviewId: 'r', sql: 'DROP TABLE reviews' } },
  };
  for (const [name, payload] of Object.entries(malformed)) {
    it(`refuses ${name} with INVALID_ARGUMENT`, async () => {
      const reply = await invoke(IPC_CALL_CHANNEL, fromOurPage(), payload);
      const error = errorOf(reply);
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.messages.sv).toMatch(/^Ogiltigt värde: /);
    });
  }
});

describe('IPC: host actions', () => {
  it("reads the document the user picked in the open dialog and returns its name and bytes, or null when cancelled", async () => {
    dialogs.documentPath = join(JOB_AD_FIXTURES, JOB_AD);
    const file = valueOf<{ fileName: string; bytes: Uint8Array }>(await invoke(HOST_CHANNELS.openDocumentDialog, fromOurPage()));
    expect(file.fileName).toBe(JOB_AD);
    expect(file.bytes).toEqual(jobAdBytes);
    dialogs.documentPath = undefined;
    expect(valueOf(await invoke(HOST_CHANNELS.openDocumentDialog, fromOurPage()))).toBeNull();
  });

  it('refuses a picked document over the size limit and arguments to the open dialog', async () => {
    dialogs.documentPath = join(directory, 'big.txt');
    await writeFileAtomic(dialogs.documentPath, new Uint8Array(64 * 1024 + 1).fill(65));
    expect(errorOf(await invoke(HOST_CHANNELS.openDocumentDialog, fromOurPage())).code).toBe('TOO_LARGE');
    expect(errorOf(await invoke(HOST_CHANNELS.openDocumentDialog, fromOurPage(), '/etc/passwd')).code).toBe('INVALID_ARGUMENT');
  });

  it('saves bytes where the user chooses, under a safe suggested name, and tells only the file name', async () => {
    dialogs.savePath = join(directory, 'saved', 'checklista.md');
    const bytes = new TextEncoder().encode('# Checklista\n');
    const result = valueOf(await invoke(HOST_CHANNELS.saveFile, fromOurPage(), { suggestedName: '../../.bashrc/checklista.md', bytes }));
    expect(result).toEqual({ saved: true, fileName: 'checklista.md' });
    expect(dialogs.suggestedNames).toEqual(['checklista.md']);
    expect(new Uint8Array(readFileSync(dialogs.savePath))).toEqual(bytes);
    expect(readdirSync(join(directory, 'saved'))).toEqual(['checklista.md']);
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const result = valueOf(await invoke(HOST_CHANNELS.saveFile, fromOurPage(), { suggestedName: 'x.md', bytes: new Uint8Array([1]) }));
    expect(result).toEqual({ saved: false });
  });

  it('refuses malformed save requests', async () => {
    dialogs.savePath = join(directory, 'never.md');
    for (const payload of [undefined, {}, { suggestedName: 'x.md' }, { suggestedName: 'x.md', bytes: [1, 2] }, { suggestedName: '', bytes: new Uint8Array(1) }, { suggestedName: 'x.md', bytes: new Uint8Array(1), path: '/etc/x' }]) {
      expect(errorOf(await invoke(HOST_CHANNELS.saveFile, fromOurPage(), payload)).code).toBe('INVALID_ARGUMENT');
    }
    expect(dialogs.suggestedNames).toEqual([]);
  });

  it('removes its handlers when asked', () => {
    unregister();
    expect([...electronState.ipcHandlers.keys()]).toEqual([]);
    unregister = () => {};
  });
});

function dummyHostDeps() {
  return {
    askForDocument: () => Promise.resolve(undefined),
    readDocument: () => Promise.reject(new Error('unused')),
    askWhereToSave: () => Promise.resolve(undefined),
    writeFile: () => Promise.reject(new Error('unused')),
  };
}
