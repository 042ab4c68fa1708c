import { parentPort, workerData } from 'node:worker_threads';
import { toVardekollenError } from '../../errors/index.js';
import { importDocument } from '../import-document.js';
import type { ImportWorkerMessage, ImportWorkerRequest } from './worker-protocol.js';

/** Worker entry: imports one document and posts progress and the result to the parent. */
const request = workerData as ImportWorkerRequest;
const post = (message: ImportWorkerMessage): void => parentPort?.postMessage(message);

importDocument(request.bytes, {
  ...(request.fileName !== undefined ? { fileName: request.fileName } : {}),
  ...(request.password !== undefined ? { password: request.password } : {}),
  limits: request.limits,
  onProgress: (progress) => post({ type: 'progress', progress }),
}).then(
  (document) => post({ type: 'done', document }),
  (error: unknown) => post({ type: 'failed', error: toVardekollenError(error).toJSON() }),
);
