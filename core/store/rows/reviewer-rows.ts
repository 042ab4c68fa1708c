import type { SignatureSummary } from '../../review/checklist-types.js';
import { parseJsonText } from '../json-codec.js';
import type { StoredReviewer, StoredSignature } from '../review-store.js';

/** A row of `reviewers`. */
export interface ReviewerRow {
  readonly name: string;
  readonly public_key_pem: string;
  readonly encrypted_private_key_pem: string;
  readonly key_fingerprint: string;
  readonly created_at: string;
}

/** A row of `signatures`. */
export interface SignatureRow {
  readonly reviewer: string;
  readonly key_fingerprint: string;
  readonly signed_at: string;
  readonly entry: string;
}

export function toStoredReviewer(row: ReviewerRow): StoredReviewer {
  return {
    name: row.name,
    publicKeyPem: row.public_key_pem,
    encryptedPrivateKeyPem: row.encrypted_private_key_pem,
    keyFingerprint: row.key_fingerprint,
    createdAt: row.created_at,
  };
}

export function toStoredSignature(row: SignatureRow): StoredSignature {
  return { reviewer: row.reviewer, keyFingerprint: row.key_fingerprint, signedAt: row.signed_at, entry: parseJsonText<unknown>(row.entry) };
}

export function toSignatureSummary(row: SignatureRow): SignatureSummary {
  return { reviewer: row.reviewer, keyFingerprint: row.key_fingerprint, signedAt: row.signed_at };
}
