import type { ContentChange } from './compare-manifests.js';
import type { SignedContent } from './signed-content.js';
import type { SignedEntryField } from './signature-entry.js';

/**
 * The overall answer, most serious first:
 * - `invalid`: a signature does not hold, or the content changed after it was signed;
 * - `unsigned`: well-formed, but nobody signed it;
 * - `unknown-signer`: every signature holds, but a key is not among the known reviewers given;
 * - `document-mismatch`: the signatures hold, but the document given is not the one signed (neither its bytes nor its text);
 * - `valid-same-text`: the signatures hold and the document's text is the signed one, though its bytes differ (a re-saved PDF);
 * - `valid`: every signature holds over the unchanged content (and the document given is the one signed).
 */
export type Verdict = 'invalid' | 'unsigned' | 'unknown-signer' | 'document-mismatch' | 'valid-same-text' | 'valid';

/** What can be wrong with one signature. */
export type SignatureProblem =
  /** The public key is not an Ed25519 SPKI PEM exactly as written at signing. */
  | 'public-key-unreadable'
  /** The fingerprint is not the fingerprint of the public key. */
  | 'fingerprint-mismatch'
  /** The Ed25519 signature does not verify: something it covers, or the signature itself, was edited. */
  | 'signature-mismatch'
  /** The signature holds, but the unsigned field hashes beside it were edited. */
  | 'field-hashes-altered'
  /** The signature holds, but the content differs from what was signed (see `changes`). */
  | 'content-changed'
  /** An earlier entry was made with the same key. */
  | 'duplicate-signer';

/** Whether the signer's key is one the caller knows (only when `knownKeys` was given). */
export type SignerStatus = 'known' | 'unknown-key' | 'name-differs' | 'not-checked';

export interface SignatureCheck {
  /** 0-based position in the file's `signatures`. */
  readonly index: number;
  /** As written in the entry: self-asserted; the fingerprint identifies the key. */
  readonly reviewer: string;
  readonly keyFingerprint: string;
  readonly signedAt: string;
  /** True when the entry is intact and signs exactly the current content. */
  readonly valid: boolean;
  /** True when the Ed25519 signature verifies over the entry's signed members. */
  readonly signatureVerifies: boolean;
  readonly problems: readonly SignatureProblem[];
  /**
   * Which members of the entry were edited after signing, as far as can be told: signed members
   * whose hash differs from the one recorded at signing, `signature` when the signature fails
   * although every member is as recorded, `fieldHashes` when only those were edited,
   * `publicKey`/`keyFingerprint` when they do not fit each other.
   */
  readonly alteredFields: readonly (SignedEntryField | 'signature' | 'fieldHashes')[];
  /** What differs between the content this entry signed and the current content. */
  readonly changes: readonly ContentChange[];
  readonly signer: SignerStatus;
  /** With `signer: 'name-differs'`: the name the caller knows this key by. */
  readonly knownAs?: string;
}

/** The document the caller holds, compared with the one signed. */
export interface DocumentCheck {
  readonly signedFileSha256: string;
  readonly signedTextSha256: string;
  /** Set when document bytes were given. */
  readonly fileSha256?: string;
  readonly fileMatches?: boolean;
  /** Set when a text hash was given. */
  readonly textSha256?: string;
  readonly textMatches?: boolean;
  /** `same-file` when the bytes match; `same-text` when only the text does; `different` otherwise. */
  readonly conclusion: 'same-file' | 'same-text' | 'different';
}

export interface VerificationReport {
  readonly verdict: Verdict;
  /** True for `valid` and `valid-same-text`. */
  readonly valid: boolean;
  /** The content as it stands in the file (what the signatures are checked against). */
  readonly content: SignedContent;
  readonly signatures: readonly SignatureCheck[];
  /** Every content change any signature shows, each once, in the order first seen. */
  readonly changes: readonly ContentChange[];
  readonly document?: DocumentCheck;
}
