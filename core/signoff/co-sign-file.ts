import { VardekollenError } from '../errors/vardekollen-error.js';
import type { StoredReviewer } from '../store/review-store.js';
import { signContent } from './sign-content.js';
import { buildSignedFile, type SignedFile } from './signed-file.js';
import { verifySignedFile } from './verify-signed-file.js';
import { readSignedFile } from './parse-signed-file.js';

/**
 * Adds one reviewer's signature to an existing signed file (the second reviewer of a "two
 * pairs of eyes" sign-off signs the file the first one sent). The earlier entries are kept
 * exactly as they are.
 *
 * @throws VardekollenError SIGNED_FILE_INVALID when the file is malformed or was changed after
 *   an earlier signature (co-signing an altered checklist would lend it credibility);
 *   ALREADY_SIGNED when this reviewer's key already signed it; and whatever {@link signContent} throws.
 */
export function coSignFile(json: unknown, reviewer: StoredReviewer, passphrase: string, signedAt: string): SignedFile {
  const file = readSignedFile(json);
  const report = verifySignedFile(file);
  if (report.verdict === 'invalid') {
    throw new VardekollenError('SIGNED_FILE_INVALID', { detail: 'it was changed after it was signed; verify it to see what changed' });
  }
  if (file.signatures.some((entry) => entry.keyFingerprint === reviewer.keyFingerprint)) {
    throw new VardekollenError('ALREADY_SIGNED', { name: reviewer.name });
  }
  return buildSignedFile(file.content, [...file.signatures, signContent(file.content, reviewer, passphrase, signedAt)]);
}
