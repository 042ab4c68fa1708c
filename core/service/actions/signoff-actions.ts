import { readFile } from 'node:fs/promises';
import { VardekollenError } from '../../errors/index.js';
import { createReviewerKey } from '../../signoff/reviewer-key.js';
import { signableContent } from '../../signoff/signed-content.js';
import { signContent } from '../../signoff/sign-content.js';
import { buildSignedFile, type SignedFile } from '../../signoff/signed-file.js';
import { buildManifest } from '../../signoff/manifest.js';
import { verifySignedFile } from '../../signoff/verify-signed-file.js';
import type { VerificationReport } from '../../signoff/verification-report.js';
import type { SignatureEntry } from '../../signoff/signature-entry.js';
import { readFileWithinLimit } from '../../import/import-file.js';
import { resolveLimits } from '../../import/import-options.js';
import type { ReviewerInfo, ReviewRef, SignRequest, VerifyRequest } from '../review-contract.js';
import type { ServiceDeps } from '../service-deps.js';

/** The largest signed checklist read for verification. */
const MAX_SIGNED_FILE_BYTES = 50 * 1024 * 1024;

export function signoffActions(deps: ServiceDeps) {
  /** The review's checklist as signed content, and the stored signatures that sign exactly it. */
  const signedState = (reviewId: string): { file: SignedFile } => {
    const store = deps.store();
    const checklist = store.getChecklist(reviewId);
    if (!checklist) throw new VardekollenError('REVIEW_NOT_FOUND', { id: reviewId });
    const content = signableContent(checklist);
    const contentHash = buildManifest(content).content;
    // Signatures made before the review was reopened and changed no longer fit its content;
    // they stay in the database's history but are not part of the file.
    const entries = store
      .listSignatures(reviewId)
      .map((s) => s.entry as SignatureEntry)
      .filter((entry) => entry.manifest.content === contentHash);
    return { file: buildSignedFile(content, entries) };
  };

  return {
    /** Creates a reviewer's Ed25519 key pair; the private key is kept encrypted with the passphrase. */
    async createReviewer(request: { readonly name: string; readonly passphrase: string }): Promise<ReviewerInfo> {
      const name = request.name.replace(/\s+/g, ' ').trim();
      if (!name) throw new VardekollenError('INVALID_ARGUMENT', { detail: 'reviewer name is missing' });
      const store = deps.store();
      if (store.findReviewer(name)) throw new VardekollenError('REVIEWER_EXISTS', { name });
      const reviewer = createReviewerKey(name, request.passphrase, deps.now());
      store.saveReviewer(reviewer);
      return { name: reviewer.name, keyFingerprint: reviewer.keyFingerprint, createdAt: reviewer.createdAt };
    },

    async listReviewers(): Promise<ReviewerInfo[]> {
      return deps
        .store()
        .listReviewers()
        .map((r) => ({ name: r.name, keyFingerprint: r.keyFingerprint, createdAt: r.createdAt }));
    },

    /**
     * Signs a completed review with the reviewer's key and returns the signed checklist file
     * with every signature that holds for the current content (co-signing: each reviewer signs
     * in turn; earlier signatures are kept).
     */
    async signReview(request: SignRequest): Promise<SignedFile> {
      const store = deps.store();
      const review = store.getReview(request.reviewId);
      if (!review) throw new VardekollenError('REVIEW_NOT_FOUND', { id: request.reviewId });
      if (review.status !== 'completed') throw new VardekollenError('REVIEW_NOT_COMPLETED');
      const reviewer = store.findReviewer(request.reviewer);
      if (!reviewer) throw new VardekollenError('REVIEWER_NOT_FOUND', { name: request.reviewer });
      const { file } = signedState(request.reviewId);
      if (file.signatures.some((s) => s.keyFingerprint === reviewer.keyFingerprint)) throw new VardekollenError('ALREADY_SIGNED', { name: reviewer.name });
      const entry = signContent(file.content, reviewer, request.passphrase, deps.now());
      store.addSignature(request.reviewId, { reviewer: reviewer.name, keyFingerprint: reviewer.keyFingerprint, signedAt: entry.signedAt, entry });
      return buildSignedFile(file.content, [...file.signatures, entry]);
    },

    /** The review's signed checklist file as it stands (possibly without signatures yet). */
    async signedFile(request: ReviewRef): Promise<SignedFile> {
      return signedState(request.reviewId).file;
    },

    /**
     * Verifies a signed checklist offline. Given the document, compares its bytes and, when they
     * differ, re-imports it to see whether its text is still the one signed. Signers are marked
     * known when their key fingerprint belongs to a reviewer in the local database.
     */
    async verify(request: VerifyRequest): Promise<VerificationReport> {
      if (request.signedFile.length > MAX_SIGNED_FILE_BYTES) {
        throw new VardekollenError('SIGNED_FILE_INVALID', { detail: 'the file is larger than 50 MB' });
      }
      let documentBytes: Uint8Array | undefined;
      if (request.document) {
        documentBytes =
          request.document.kind === 'bytes' ? request.document.bytes : await readFileWithinLimit(request.document.path, resolveLimits(undefined).maxBytes);
      }
      // Re-import the document only when its bytes differ: a re-saved PDF can still hold the signed text.
      let documentTextSha256: string | undefined;
      if (documentBytes && verifySignedFile(request.signedFile, { documentBytes }).document?.fileMatches === false) {
        try {
          documentTextSha256 = (await deps.importer(documentBytes, {})).metadata.textSha256;
        } catch {
          // A document that cannot be imported cannot hold the signed text: the byte comparison stands.
        }
      }
      const knownKeys = safeKnownKeys(deps);
      return verifySignedFile(request.signedFile, {
        ...(documentBytes ? { documentBytes } : {}),
        ...(documentTextSha256 ? { documentTextSha256 } : {}),
        ...(knownKeys ? { knownKeys } : {}),
      });
    },
  };
}

/** Reviewers in the local database, if there is one; verification works without a database too. */
function safeKnownKeys(deps: ServiceDeps): { name: string; keyFingerprint: string }[] | undefined {
  try {
    return deps
      .existingStore()
      ?.listReviewers()
      .map((r) => ({ name: r.name, keyFingerprint: r.keyFingerprint }));
  } catch {
    // An unreadable database must not stop an offline verification: signers are then unchecked.
    return undefined;
  }
}

/** Reads a signed checklist file from disk (for transports that have paths). */
export async function readSignedFileText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new VardekollenError('FILE_NOT_FOUND', { path }, { cause: error });
  }
}
