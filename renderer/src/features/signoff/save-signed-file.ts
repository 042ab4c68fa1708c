import type { SignedFile } from '../../../../core/signoff/signed-file.js';
import type { ExportedFile } from '../../../../core/service/review-contract.js';

/**
 * The signed checklist as the file people keep and send: indented JSON as core writes it
 * (serializeSignedFile), named `<review id>.vardekollen.json`. Layout is not signed, so this
 * text verifies exactly like the CLI's.
 */
export function signedFileToSave(reviewId: string, file: SignedFile): ExportedFile {
  return { fileName: `${reviewId}.vardekollen.json`, mediaType: 'application/json', bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`) };
}
