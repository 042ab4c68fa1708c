import { createPublicKey, sign, type KeyObject } from 'node:crypto';
import { VardekollenError } from '../errors/vardekollen-error.js';
import type { StoredReviewer } from '../store/review-store.js';
import { assertIsoUtc } from './iso-time.js';
import { buildManifest } from './manifest.js';
import { assertVerifiableContent } from './parse-signed-file.js';
import { assertReviewerName, unlockReviewerKey } from './reviewer-key.js';
import type { SignedContent } from './signed-content.js';
import { signedMembers, type SignatureEntry } from './signature-entry.js';

/**
 * Signs a content as one reviewer: unlocks their key with the passphrase (about a second, on
 * purpose), builds the manifest and signs it with Ed25519. Everything that can be refused is
 * refused before the passphrase is tried, so nobody waits for the key derivation to learn that
 * the review was not complete.
 *
 * @param signedAt ISO 8601 UTC time of the sign-off.
 * @throws VardekollenError REVIEW_NOT_COMPLETED (the review is not completed or an item is still
 *   open: a sign-off is a statement that every item was decided), PASSPHRASE_INCORRECT,
 *   INVALID_ARGUMENT (a bad time, a content the verifier could not read back, a damaged stored key).
 */
export function signContent(content: SignedContent, reviewer: StoredReviewer, passphrase: string, signedAt: string): SignatureEntry {
  assertSignable(content, reviewer, signedAt);
  return signChecked(content, reviewer, unlockReviewerKey(reviewer, passphrase), signedAt);
}

/**
 * {@link signContent} with a key already unlocked by {@link unlockReviewerKey} (for a reviewer
 * signing several reviews in one sitting, and for measuring signing apart from key derivation).
 *
 * @throws VardekollenError as {@link signContent}; INVALID_ARGUMENT when the key is not the reviewer's.
 */
export function signContentWithKey(content: SignedContent, reviewer: StoredReviewer, privateKey: KeyObject, signedAt: string): SignatureEntry {
  assertSignable(content, reviewer, signedAt);
  if (!createPublicKey(privateKey).equals(createPublicKey(reviewer.publicKeyPem))) {
    throw new VardekollenError('INVALID_ARGUMENT', { detail: `the private key given does not belong to reviewer "${reviewer.name}"` });
  }
  return signChecked(content, reviewer, privateKey, signedAt);
}

function assertSignable(content: SignedContent, reviewer: StoredReviewer, signedAt: string): void {
  if (content.review.completedAt === null || content.items.some((item) => item.decision === 'open')) {
    throw new VardekollenError('REVIEW_NOT_COMPLETED');
  }
  assertIsoUtc(signedAt, 'the signing time');
  assertReviewerName(reviewer.name);
  // Never sign what the verifier would refuse to read (an over-long key, a time not in UTC).
  assertVerifiableContent(content);
}

function signChecked(content: SignedContent, reviewer: StoredReviewer, privateKey: KeyObject, signedAt: string): SignatureEntry {
  const signed = {
    reviewer: reviewer.name,
    keyFingerprint: reviewer.keyFingerprint,
    publicKey: reviewer.publicKeyPem,
    signedAt,
    manifest: buildManifest(content),
  };
  const { payload, fieldHashes } = signedMembers(signed);
  return { ...signed, signature: sign(null, payload, privateKey).toString('base64'), fieldHashes };
}
