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
 * purpose), builds the manifest and signs it with Ed25519.
 *
 * @param signedAt ISO 8601 UTC time of the sign-off.
 * @throws VardekollenError REVIEW_NOT_COMPLETED (the review is not completed or an item is still
 *   open: a sign-off is a statement that every item was decided), PASSPHRASE_INCORRECT,
 *   INVALID_ARGUMENT (a bad time or a damaged stored key).
 */
export function signContent(content: SignedContent, reviewer: StoredReviewer, passphrase: string, signedAt: string): SignatureEntry {
  assertSignable(content);
  assertIsoUtc(signedAt, 'the signing time');
  return signContentWithKey(content, reviewer, unlockReviewerKey(reviewer, passphrase), signedAt);
}

/**
 * {@link signContent} with a key already unlocked by {@link unlockReviewerKey} (for a reviewer
 * signing several reviews in one sitting, and for measuring signing apart from key derivation).
 */
export function signContentWithKey(content: SignedContent, reviewer: StoredReviewer, privateKey: KeyObject, signedAt: string): SignatureEntry {
  assertSignable(content);
  assertIsoUtc(signedAt, 'the signing time');
  assertVerifiableContent(content);
  assertReviewerName(reviewer.name);
  if (!createPublicKey(privateKey).equals(createPublicKey(reviewer.publicKeyPem))) {
    throw new VardekollenError('INVALID_ARGUMENT', { detail: `the private key given does not belong to reviewer "${reviewer.name}"` });
  }
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

function assertSignable(content: SignedContent): void {
  if (content.review.completedAt === null || content.items.some((item) => item.decision === 'open')) {
    throw new VardekollenError('REVIEW_NOT_COMPLETED');
  }
}
