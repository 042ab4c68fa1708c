import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { VardekollenError } from '../errors/vardekollen-error.js';
import { compareManifests, type ContentChange } from './compare-manifests.js';
import { decodeCanonicalBase64, isSha256Hex, sha256HexOfBytes } from './hashes.js';
import { keyFingerprint } from './key-fingerprint.js';
import { buildManifest, contentHash, type Manifest } from './manifest.js';
import { readSignedFile } from './parse-signed-file.js';
import { SIGNED_ENTRY_FIELDS, signedMembers, type SignatureEntry } from './signature-entry.js';
import type { SignedContent } from './signed-content.js';
import type { DocumentCheck, SignatureCheck, SignatureProblem, SignerStatus, VerificationReport, Verdict } from './verification-report.js';

/** A reviewer key the caller trusts, e.g. from the review store. */
export interface KnownKey {
  readonly name: string;
  readonly keyFingerprint: string;
}

export interface VerifyOptions {
  /** The document's file: its SHA-256 is compared with the signed one. */
  readonly documentBytes?: Uint8Array;
  /** SHA-256 (hex) of the document's normalised text after the caller re-imported it. */
  readonly documentTextSha256?: string;
  /**
   * Keys the caller knows. Anyone can make a key in anyone's name, so a signature proves who
   * signed only if its fingerprint is known; given these, each signer is marked known or not.
   */
  readonly knownKeys?: readonly KnownKey[];
}

/**
 * Verifies a signed checklist offline: reads the untrusted file defensively, checks every
 * signature, compares what each signed with the current content and names what changed, and
 * optionally compares the document the caller holds.
 *
 * @param json the file's text, its bytes, or its parsed JSON.
 * @throws VardekollenError SIGNED_FILE_INVALID when the input is not a well-formed signed
 *   checklist (the detail names where); INVALID_ARGUMENT for a malformed `documentTextSha256`.
 */
export function verifySignedFile(json: unknown, options: VerifyOptions = {}): VerificationReport {
  const textSha256 = options.documentTextSha256?.toLowerCase();
  if (textSha256 !== undefined && !isSha256Hex(textSha256)) {
    throw new VardekollenError('INVALID_ARGUMENT', { detail: 'documentTextSha256 must be a SHA-256 hex string' });
  }
  const file = readSignedFile(json);
  // The field-level manifest of the current content is only needed to name changes; while
  // every entry signed exactly this content, its hash is enough.
  const hash = contentHash(file.content);
  let manifest: Manifest | undefined;
  const current = (): Manifest => (manifest ??= buildManifest(file.content));
  const seen = new Set<string>();
  const signatures = file.signatures.map((entry, index) => {
    const changes = entry.manifest.content === hash ? [] : compareManifests(entry.manifest, current());
    const check = checkEntry(entry, index, changes, seen.has(entry.keyFingerprint), options.knownKeys);
    seen.add(entry.keyFingerprint);
    return check;
  });
  const document = checkDocument(file.content, options.documentBytes, textSha256);
  const verdict = verdictOf(signatures, document, options.knownKeys !== undefined);
  return {
    verdict,
    valid: verdict === 'valid' || verdict === 'valid-same-text',
    content: file.content,
    signatures,
    changes: uniqueChanges(signatures.flatMap((s) => s.changes)),
    ...(document ? { document } : {}),
  };
}

function checkEntry(
  entry: SignatureEntry,
  index: number,
  changes: readonly ContentChange[],
  duplicate: boolean,
  knownKeys: readonly KnownKey[] | undefined,
): SignatureCheck {
  const problems: SignatureProblem[] = [];
  const altered = new Set<SignatureCheck['alteredFields'][number]>();

  const key = readPublicKey(entry.publicKey);
  if (!key) problems.push('public-key-unreadable');
  else if (keyFingerprint(key) !== entry.keyFingerprint) problems.push('fingerprint-mismatch');

  const signature = decodeCanonicalBase64(entry.signature);
  const { payload, fieldHashes: actual } = signedMembers(entry);
  const verifies = key !== undefined && signature !== undefined && signature.length === 64 && verify(null, payload, key, signature);
  const differing = SIGNED_ENTRY_FIELDS.filter((field) => entry.fieldHashes[field] !== actual[field]);
  if (!verifies) {
    problems.push('signature-mismatch');
    for (const field of differing) altered.add(field);
    if (differing.length === 0) altered.add('signature');
  } else if (differing.length > 0) {
    problems.push('field-hashes-altered');
    altered.add('fieldHashes');
  }
  if (problems.includes('public-key-unreadable')) altered.add('publicKey');
  if (problems.includes('fingerprint-mismatch') && !altered.has('publicKey')) altered.add('keyFingerprint');

  if (changes.length > 0) problems.push('content-changed');
  if (duplicate) problems.push('duplicate-signer');

  const known = knownKeys?.find((k) => k.keyFingerprint === entry.keyFingerprint);
  const signer: SignerStatus = !knownKeys ? 'not-checked' : !known ? 'unknown-key' : known.name === entry.reviewer ? 'known' : 'name-differs';
  return {
    index,
    reviewer: entry.reviewer,
    keyFingerprint: entry.keyFingerprint,
    signedAt: entry.signedAt,
    valid: problems.length === 0,
    signatureVerifies: verifies,
    problems,
    alteredFields: [...altered],
    changes,
    signer,
    ...(signer === 'name-differs' && known ? { knownAs: known.name } : {}),
  };
}

/** The entry's public key, if it is an Ed25519 SPKI PEM exactly as Node writes it (so no edit hides in its armour). */
function readPublicKey(pem: string): KeyObject | undefined {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    // Unreadable is the finding itself; it is reported as 'public-key-unreadable'.
    return undefined;
  }
  if (key.asymmetricKeyType !== 'ed25519') return undefined;
  return key.export({ type: 'spki', format: 'pem' }).toString() === pem ? key : undefined;
}

function checkDocument(content: SignedContent, bytes: Uint8Array | undefined, textSha256: string | undefined): DocumentCheck | undefined {
  if (bytes === undefined && textSha256 === undefined) return undefined;
  const fileSha256 = bytes !== undefined ? sha256HexOfBytes(bytes) : undefined;
  const fileMatches = fileSha256 !== undefined ? fileSha256 === content.document.fileSha256 : undefined;
  const textMatches = textSha256 !== undefined ? textSha256 === content.document.textSha256 : undefined;
  return {
    signedFileSha256: content.document.fileSha256,
    signedTextSha256: content.document.textSha256,
    ...(fileSha256 !== undefined ? { fileSha256, fileMatches } : {}),
    ...(textSha256 !== undefined ? { textSha256, textMatches } : {}),
    conclusion: fileMatches === true ? 'same-file' : textMatches === true ? 'same-text' : 'different',
  };
}

function verdictOf(signatures: readonly SignatureCheck[], document: DocumentCheck | undefined, keysChecked: boolean): Verdict {
  if (signatures.some((s) => !s.valid)) return 'invalid';
  if (signatures.length === 0) return 'unsigned';
  if (keysChecked && signatures.some((s) => s.signer !== 'known')) return 'unknown-signer';
  if (document?.conclusion === 'different') return 'document-mismatch';
  if (document?.conclusion === 'same-text') return 'valid-same-text';
  return 'valid';
}

function uniqueChanges(changes: readonly ContentChange[]): ContentChange[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const id = `${c.change} ${c.path}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
