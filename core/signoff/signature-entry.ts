import { canonicalJson } from '../util/canonical-json.js';
import { composeCanonicalObject } from './compose-canonical.js';
import { shortHashHex } from './hashes.js';
import type { Manifest } from './manifest.js';

/**
 * A constant signed along with every sign-off, so an Ed25519 signature made for a Värdekollen
 * checklist can never be passed off as a signature over some other JSON with the same members
 * (domain separation). It is not stored in the file; a new meaning gets a new constant.
 */
export const SIGNATURE_PURPOSE = 'vardekollen-checklist-signoff/1';

/** The members of an entry that its signature covers. */
export const SIGNED_ENTRY_FIELDS = ['reviewer', 'keyFingerprint', 'publicKey', 'signedAt', 'manifest'] as const;
export type SignedEntryField = (typeof SIGNED_ENTRY_FIELDS)[number];

/**
 * One reviewer's signature over a content. Several entries over the same content are
 * co-signatures; each stands alone, so adding one never changes another.
 */
export interface SignatureEntry {
  /** The reviewer's name as they chose it (self-asserted: the key fingerprint is what identifies them). */
  readonly reviewer: string;
  /** "SHA256:" + unpadded base64 of the SHA-256 of the public key's DER SubjectPublicKeyInfo. */
  readonly keyFingerprint: string;
  /** Ed25519 public key, SPKI PEM as Node exports it. */
  readonly publicKey: string;
  /** ISO 8601 UTC. */
  readonly signedAt: string;
  readonly manifest: Manifest;
  /** Ed25519 signature (64 bytes, standard base64 with padding) over {@link SignedMembers.payload}. */
  readonly signature: string;
  /**
   * NOT signed, and never trusted for the verdict: the short hash of each signed member as it was
   * at signing time. When the signature fails, these say which member was edited ("signedAt
   * changed") instead of only "the signature is invalid". A file whose signature holds but whose
   * field hashes differ was edited too, and is reported as such.
   */
  readonly fieldHashes: Readonly<Record<SignedEntryField, string>>;
}

/** What signing and verifying need from an entry's signed members, each serialised once. */
export interface SignedMembers {
  /** The exact bytes the signature is over: canonical JSON of the signed members plus {@link SIGNATURE_PURPOSE}. */
  readonly payload: Buffer;
  /** The short hash of each signed member, as stored in {@link SignatureEntry.fieldHashes}. */
  readonly fieldHashes: Record<SignedEntryField, string>;
}

/** Serialises an entry's signed members (the manifest, the large one, only once). */
export function signedMembers(entry: Pick<SignatureEntry, SignedEntryField>): SignedMembers {
  const members: Record<SignedEntryField, string> = {
    reviewer: JSON.stringify(entry.reviewer),
    keyFingerprint: JSON.stringify(entry.keyFingerprint),
    publicKey: JSON.stringify(entry.publicKey),
    signedAt: JSON.stringify(entry.signedAt),
    manifest: canonicalJson(entry.manifest),
  };
  return {
    payload: Buffer.from(composeCanonicalObject({ ...members, purpose: JSON.stringify(SIGNATURE_PURPOSE) }), 'utf8'),
    fieldHashes: {
      reviewer: shortHashHex(members.reviewer),
      keyFingerprint: shortHashHex(members.keyFingerprint),
      publicKey: shortHashHex(members.publicKey),
      signedAt: shortHashHex(members.signedAt),
      manifest: shortHashHex(members.manifest),
    },
  };
}
