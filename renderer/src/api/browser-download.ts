import type { ExportedFile } from '../../../core/service/review-contract.js';

/**
 * Saves a file in the browser: a Blob, an object URL and a temporary <a download>. The URL is
 * revoked a little later, once the browser has started the download (revoking at once can
 * cancel it in some browsers).
 */
export async function downloadFile(file: ExportedFile, doc: Document = document): Promise<string> {
  const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return file.fileName;
}
