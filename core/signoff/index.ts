export { createReviewerKey, unlockReviewerKey } from './reviewer-key.js';
export { keyFingerprint } from './key-fingerprint.js';
export { MIN_PASSPHRASE_LENGTH } from './passphrase.js';
export { KEY_ARMOUR_FORMAT, SCRYPT_PARAMETERS } from './encrypted-key-armour.js';
export {
  signableContent,
  SIGNED_CONTENT_FORMAT,
  SIGNED_CONTENT_FORMAT_VERSION,
  type SignedContent,
  type SignedDecision,
  type SignedDocument,
  type SignedItem,
  type SignedLocation,
  type SignedOccurrence,
  type SignedResolvedItem,
  type SignedReview,
} from './signed-content.js';
export { buildManifest, type KeyedDigest, type Manifest, type PartDigest } from './manifest.js';
export { SIGNATURE_PURPOSE, SIGNED_ENTRY_FIELDS, type SignatureEntry, type SignedEntryField } from './signature-entry.js';
export { signContent, signContentWithKey } from './sign-content.js';
export { buildSignedFile, serializeSignedFile, SIGNED_FILE_FORMAT, SIGNED_FILE_FORMAT_VERSION, type SignedFile } from './signed-file.js';
export { coSignFile } from './co-sign-file.js';
export { readSignedFile } from './parse-signed-file.js';
export { SIGNED_FILE_LIMITS } from './limits.js';
export { verifySignedFile, type KnownKey, type VerifyOptions } from './verify-signed-file.js';
export type { ContentChange } from './compare-manifests.js';
export type { DocumentCheck, SignatureCheck, SignatureProblem, SignerStatus, VerificationReport, Verdict } from './verification-report.js';
export { describeVerification, describeChange } from './describe-verification.js';
