import type { PickedFile } from './api-types.js';

/** Reads a file the user chose or dropped into bytes for the service. */
export async function readPickedFile(file: File): Promise<PickedFile> {
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
