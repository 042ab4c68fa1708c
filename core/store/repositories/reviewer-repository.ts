import type Database from 'better-sqlite3';
import type { StoredReviewer, StoredSignature } from '../review-store.js';
import type { ReviewerRow, SignatureRow } from '../rows/reviewer-rows.js';

const REVIEWER_COLUMNS = 'name, public_key_pem, encrypted_private_key_pem, key_fingerprint, created_at';

/** Reviewers (with their keys) and the append-only signatures. */
export function reviewerRepository(db: Database.Database) {
  const insertReviewer = db.prepare<[string, string, string, string, string]>(
    `INSERT INTO reviewers (${REVIEWER_COLUMNS}) VALUES (?, ?, ?, ?, ?)`,
  );
  const reviewerByName = db.prepare<[string], ReviewerRow>(`SELECT ${REVIEWER_COLUMNS} FROM reviewers WHERE name = ?`);
  const allReviewers = db.prepare<[], ReviewerRow>(`SELECT ${REVIEWER_COLUMNS} FROM reviewers ORDER BY name`);
  const insertSignature = db.prepare<[string, number, string, string, string, string]>(
    'INSERT INTO signatures (review_id, completion_round, reviewer, key_fingerprint, signed_at, entry) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const signaturesOfRound = db.prepare<[string, number], SignatureRow>(
    'SELECT reviewer, key_fingerprint, signed_at, entry FROM signatures WHERE review_id = ? AND completion_round = ? ORDER BY id',
  );
  const hasSigned = db
    .prepare<[string, number, string], number>('SELECT count(*) FROM signatures WHERE review_id = ? AND completion_round = ? AND reviewer = ?')
    .pluck();

  return {
    insertReviewer(reviewer: StoredReviewer): void {
      insertReviewer.run(reviewer.name, reviewer.publicKeyPem, reviewer.encryptedPrivateKeyPem, reviewer.keyFingerprint, reviewer.createdAt);
    },
    reviewerByName: (name: string): ReviewerRow | undefined => reviewerByName.get(name),
    allReviewers: (): ReviewerRow[] => allReviewers.all(),
    insertSignature(reviewId: string, round: number, signature: StoredSignature): void {
      insertSignature.run(reviewId, round, signature.reviewer, signature.keyFingerprint, signature.signedAt, JSON.stringify(signature.entry));
    },
    /** The signatures given to one completion of a review, oldest first. */
    signaturesOfRound: (reviewId: string, round: number): SignatureRow[] => signaturesOfRound.all(reviewId, round),
    hasSigned: (reviewId: string, round: number, reviewer: string): boolean => (hasSigned.get(reviewId, round, reviewer) ?? 0) > 0,
  };
}

/** The functions of {@link reviewerRepository}. */
export type ReviewerRepository = ReturnType<typeof reviewerRepository>;
