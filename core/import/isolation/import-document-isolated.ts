import { Worker } from 'node:worker_threads';
import type { ImportedDocument } from '../../model/document.js';
import { VardekollenError } from '../../errors/index.js';
import { formatDuration } from '../format-units.js';
import { resolveLimits, type ImportOptions } from '../import-options.js';
import type { ImportWorkerMessage, ImportWorkerRequest } from './worker-protocol.js';

/** Time the worker gets beyond the import's own time limit to report that limit itself. */
const HARD_KILL_GRACE_MS = 2000;

/**
 * Imports a document in a worker thread with a memory cap and a hard time limit: a hostile
 * file that sends a library into an endless synchronous loop or an allocation storm costs a
 * terminated worker, never a hung or crashed application. It also keeps the calling thread
 * (the Electron main process, the web server) responsive while a 300-page PDF is read.
 */
export function importDocumentIsolated(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportedDocument> {
  const limits = resolveLimits(options.limits);
  // Copy into a buffer of our own so that it can be transferred without detaching the caller's bytes.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const request: ImportWorkerRequest = {
    bytes: copy,
    limits,
    ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
    ...(options.password !== undefined ? { password: options.password } : {}),
  };

  return new Promise<ImportedDocument>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(options.signal.reason);
      return;
    }
    const worker = new Worker(workerEntry(), {
      eval: import.meta.url.endsWith('.ts'),
      workerData: request,
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(hardKill);
      options.signal?.removeEventListener('abort', onAbort);
      outcome();
      void worker.terminate();
    };
    const hardKill = setTimeout(
      () => settle(() => reject(new VardekollenError('TIMEOUT', { limit: formatDuration(limits.timeoutMs) }))),
      limits.timeoutMs + HARD_KILL_GRACE_MS,
    );
    const onAbort = (): void => settle(() => reject(options.signal?.reason));
    options.signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: ImportWorkerMessage) => {
      switch (message.type) {
        case 'progress':
          try {
            options.onProgress?.(message.progress);
          } catch {
            // A failing progress listener must not fail the import.
          }
          break;
        case 'done':
          settle(() => resolve(message.document));
          break;
        case 'failed':
          settle(() => reject(VardekollenError.fromJSON(message.error)));
          break;
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const typed =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new VardekollenError('OUT_OF_MEMORY', {}, { cause: error })
          : new VardekollenError('INTERNAL', { detail: error.message }, { cause: error });
      settle(() => reject(typed));
    });
    worker.on('exit', (code) => {
      settle(() => reject(new VardekollenError('INTERNAL', { detail: `import worker exited with code ${code}` })));
    });
  });
}

/**
 * The worker's code. Built code runs `import-worker.js` directly. When running from the
 * TypeScript sources (tests, benchmarks under tsx) the worker first registers tsx's loader and
 * then imports the `.ts` entry; tsx is a development dependency and is never needed when built.
 */
function workerEntry(): URL | string {
  if (!import.meta.url.endsWith('.ts')) return new URL('./import-worker.js', import.meta.url);
  const entry = new URL('./import-worker.ts', import.meta.url).href;
  return `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}
