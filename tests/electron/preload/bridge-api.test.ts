import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { deliverToRenderer, electronState, FakeBrowserWindow, ipcMain, ipcRenderer, resetFakeElectron } from '../helpers/fake-electron.js';
import { copyAcrossContextBridge } from '../helpers/context-bridge-copy.js';
import { wireIpc } from '../helpers/wire-ipc.js';
import { createBridgeApi } from '../../../electron/preload/bridge-api.js';
import type { BridgeError, OpenedFile, VardekollenBridge } from '../../../electron/preload/bridge-types.js';
import { HOST_CHANNELS } from '../../../electron/preload/host-channels.js';
import { registerIpcHandlers } from '../../../electron/main/ipc/register-ipc.js';
import { APP_ENTRY_URL } from '../../../electron/main/app-scheme.js';
import { readUserFile } from '../../../electron/main/read-user-file.js';
import { writeFileAtomic } from '../../../electron/main/write-file-atomic.js';
import { createReviewService, type ClosableReviewService } from '../../../core/service/index.js';
import { IPC_PROGRESS_CHANNEL, REMOTE_METHOD_NAMES } from '../../../core/service/remote/remote-method-names.js';
import type { ImportProgress } from '../../../core/import/import-options.js';
import { JOB_AD_FIXTURES } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { buildTextPdf } from '../../fixtures/pdf/build-text-pdf.js';

vi.mock('electron', () => import('../helpers/fake-electron.js'));

const HOST_ACTIONS = ['onMenuCommand', 'onOpenFile', 'openDocumentDialog', 'saveFile'];
const JOB_AD = 'trafikverket-kommunikator.txt';
const jobAdBytes = new Uint8Array(readFileSync(join(JOB_AD_FIXTURES, JOB_AD)));

let directory: string;
let service: ClosableReviewService;
let window: FakeBrowserWindow;
let api: VardekollenBridge;
/** The same object as the page's own scripts see it, across the (re-created) context bridge. */
let pageApi: VardekollenBridge;
let dialogPath: string | undefined;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'vk-preload-'));
  service = createReviewService({ databasePath: join(directory, 'reviews.db') });
});
afterAll(() => service.close());

beforeEach(async () => {
  resetFakeElectron();
  dialogPath = undefined;
  window = new FakeBrowserWindow();
  await window.loadURL(APP_ENTRY_URL);
  registerIpcHandlers(ipcMain as never, {
    service,
    getWindow: () => window as never,
    askForDocument: () => Promise.resolve(dialogPath),
    readDocument: (path) => readUserFile(path, 10 * 1024 * 1024),
    askWhereToSave: (name) => Promise.resolve(join(directory, name)),
    writeFile: writeFileAtomic,
  });
  wireIpc(window);
  api = createBridgeApi(ipcRenderer as never);
  pageApi = copyAcrossContextBridge(api) as VardekollenBridge;
});

async function rejection(promise: Promise<unknown>): Promise<BridgeError> {
  try {
    await promise;
  } catch (error) {
    return error as BridgeError;
  }
  throw new Error('expected the call to fail');
}

describe('the preload', () => {
  it('exposes exactly one object, window.vardekollen, with every service method and the host actions', async () => {
    resetFakeElectron();
    vi.resetModules();
    await import('../../../electron/preload/preload.js');
    expect([...electronState.exposed.keys()]).toEqual(['vardekollen']);
    const exposed = electronState.exposed.get('vardekollen') as Record<string, unknown>;
    expect(Object.keys(exposed).sort()).toEqual([...REMOTE_METHOD_NAMES, ...HOST_ACTIONS].sort());
    for (const [name, member] of Object.entries(exposed)) expect(typeof member, name).toBe('function');
  });

  it('runs a call in the main process on the real service and returns its value', async () => {
    const request = { source: { kind: 'bytes' as const, bytes: jobAdBytes, fileName: JOB_AD } };
    const checked = await pageApi.checkDocument(request);
    expect(checked.document.metadata.fileName).toBe(JOB_AD);
    expect(checked).toEqual(await service.checkDocument(request));
    expect(await pageApi.listSeries()).toEqual(await service.listSeries());
    expect(await pageApi.listRules()).toEqual(await service.listRules());
  });

  it('routes progress to the call it belongs to, also with two calls at once', async () => {
    const pdf = await buildTextPdf([{ lines: ['Första sidan.'] }, { lines: ['Andra sidan.'] }, { lines: ['Tredje sidan.'] }, { lines: ['Fjärde sidan.'] }]);
    const pdfProgress: ImportProgress[] = [];
    const textProgress: ImportProgress[] = [];
    const [pdfDocument, textDocument] = await Promise.all([
      pageApi.importDocument({ source: { kind: 'bytes', bytes: pdf, fileName: 'fyra.pdf' } }, { onProgress: (p) => pdfProgress.push(p) }),
      pageApi.importDocument({ source: { kind: 'bytes', bytes: jobAdBytes, fileName: JOB_AD } }, { onProgress: (p) => textProgress.push(p) }),
    ]);
    expect(pdfDocument.metadata.pageCount).toBe(4);
    expect(textDocument.metadata.format).toBe('text');
    expect(pdfProgress.filter((p) => p.stage === 'pages').map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
    expect(textProgress.some((p) => p.stage === 'pages')).toBe(false);
    expect(textProgress.at(-1)).toEqual({ stage: 'assembling', done: 1, total: 1 });
    // A finished call hears nothing more, and a message for an unknown call goes nowhere.
    const before = pdfProgress.length;
    for (const callId of ['1', '2', '3', 'x']) deliverToRenderer(IPC_PROGRESS_CHANNEL, { callId, progress: { stage: 'pages', done: 9, total: 9 } });
    expect(pdfProgress.length).toBe(before);
  });

  it("rethrows the main process's errors with their code, params, messages in both languages", async () => {
    const error = await rejection(pageApi.getChecklist({ reviewId: 'finns-inte' }));
    expect(error).toMatchObject({ name: 'VardekollenError', code: 'REVIEW_NOT_FOUND', params: { id: 'finns-inte' } });
    expect(error.messages.sv).toBe('Det finns ingen granskning med id finns-inte.');
    expect(error.messages.en).toBe('There is no review with id finns-inte.');
    expect(error.message).toBe(error.messages.en);
    const invalid = await rejection(pageApi.importDocument({ source: { kind: 'path', path: '/etc/passwd' } } as never));
    expect(invalid.code).toBe('INVALID_ARGUMENT');
  });

  it('rejects with plain data because contextBridge would strip an Error down to its message', async () => {
    // Why BridgeError is not an Error: across the bridge, an Error keeps its message only.
    const asError = Object.assign(new Error('There is no review'), { code: 'REVIEW_NOT_FOUND' });
    const copied = await rejection(copyAcrossContextBridge(Promise.reject(asError)) as Promise<unknown>);
    expect((copied as unknown as { code?: string }).code).toBeUndefined();
    // Ours keeps everything (see the previous test, which went through the same copy).
    const ours = await rejection(pageApi.getChecklist({ reviewId: 'x' }));
    expect(ours.code).toBe('REVIEW_NOT_FOUND');
  });

  it('rebuilds details, and reports a malformed reply as INTERNAL rather than returning garbage', async () => {
    const replies: unknown[] = [
      { ok: false, error: { code: 'RULES_INVALID', params: { count: 2 }, message: '2 errors', messages: { sv: '2 fel', en: '2 errors' }, details: ['a.yaml:3: x', 'b.yaml:1: y'] } },
      { ok: 'yes' },
      undefined,
      { ok: false, error: { code: 'NOT_A_CODE', message: 'x', messages: { sv: 'x', en: 'x' } } },
    ];
    electronState.invoke = () => Promise.resolve(replies.shift());
    const fresh = copyAcrossContextBridge(createBridgeApi(ipcRenderer as never)) as VardekollenBridge;
    const invalid = await rejection(fresh.listRules());
    expect(invalid).toMatchObject({ code: 'RULES_INVALID', params: { count: 2 }, messages: { sv: '2 fel', en: '2 errors' }, details: ['a.yaml:3: x', 'b.yaml:1: y'] });
    for (let i = 0; i < 3; i++) {
      const error = await rejection(fresh.listSeries());
      expect(error.code).toBe('INTERNAL');
      expect(error.messages.sv).toContain('Ett internt fel inträffade');
      expect(error.messages.en).toContain('malformed');
    }
  });
});

describe('the preload: host actions', () => {
  it('opens the document the user picks and returns its bytes, or null when cancelled', async () => {
    dialogPath = join(JOB_AD_FIXTURES, JOB_AD);
    const file = await pageApi.openDocumentDialog();
    expect(file?.fileName).toBe(JOB_AD);
    expect(file?.bytes).toEqual(jobAdBytes);
    dialogPath = undefined;
    expect(await pageApi.openDocumentDialog()).toBeNull();
  });

  it('saves an export where the user chooses', async () => {
    const bytes = new TextEncoder().encode('{"checklist":true}');
    expect(await pageApi.saveFile({ suggestedName: 'checklista.json', bytes })).toEqual({ saved: true, fileName: 'checklista.json' });
    expect(new Uint8Array(readFileSync(join(directory, 'checklista.json')))).toEqual(bytes);
  });

  it('keeps files opened before the page listens, and hands them to the first listener', () => {
    const early: OpenedFile = { fileName: 'tidig.pdf', bytes: new Uint8Array([1, 2, 3]) };
    window.webContents.send(HOST_CHANNELS.openFile, early);
    const received: OpenedFile[] = [];
    const stop = pageApi.onOpenFile((file) => received.push(file));
    expect(received).toEqual([early]);
    const late: OpenedFile = { fileName: 'sen.docx', bytes: new Uint8Array([4]) };
    window.webContents.send(HOST_CHANNELS.openFile, late);
    expect(received).toEqual([early, late]);
    stop();
    window.webContents.send(HOST_CHANNELS.openFile, early);
    expect(received).toHaveLength(2);
  });

  it('passes known menu commands to the page and nothing else', () => {
    const commands: string[] = [];
    const stop = pageApi.onMenuCommand((command) => commands.push(command));
    window.webContents.send(HOST_CHANNELS.menuCommand, 'export');
    window.webContents.send(HOST_CHANNELS.menuCommand, 'format-disk');
    window.webContents.send(HOST_CHANNELS.menuCommand, { command: 'export' });
    stop();
    window.webContents.send(HOST_CHANNELS.menuCommand, 'export');
    expect(commands).toEqual(['export']);
  });
});
