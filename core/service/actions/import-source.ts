import type { ImportedDocument } from '../../model/document.js';
import { importFile } from '../../import/import-file.js';
import type { ImportOptions } from '../../import/import-options.js';
import type { ImportRequest, ProgressEvents } from '../contract.js';
import type { ServiceDeps } from '../service-deps.js';

/** Imports the request's source (a path or bytes) with the service's importer. */
export function importFromRequest(deps: ServiceDeps, request: ImportRequest, events: ProgressEvents = {}): Promise<ImportedDocument> {
  const options: ImportOptions = {
    ...(request.password !== undefined ? { password: request.password } : {}),
    ...(request.limits !== undefined ? { limits: request.limits } : {}),
    ...(events.onProgress ? { onProgress: events.onProgress } : {}),
    ...(events.signal ? { signal: events.signal } : {}),
  };
  if (request.source.kind === 'path') return importFile(request.source.path, deps.importer, options);
  return deps.importer(request.source.bytes, { ...options, fileName: request.source.fileName });
}
