import type { ImportedDocument } from '../model/document.js';
import type { DocumentType } from '../rules/rule-types.js';
import type { CheckResult } from '../check/check-document.js';
import type { Checklist, ChecklistItem, DecisionRecord, ParagraphChange, ResolvedItem } from '../review/checklist-types.js';

/**
 * Persistence for series, document versions, reviews, decisions, reviewers, sign-offs and
 * history. Implemented with SQLite (sqlite-review-store.ts); the review logic depends only on
 * this interface. Every write is one transaction: it happens completely or not at all.
 * Nothing is ever silently overwritten: decisions, history and signatures are append-only.
 */
export interface ReviewStore {
  /**
   * The series with this name, created (with the given type) if it does not exist. `actor` is
   * named in the history (default: the operating-system account running Värdekollen).
   */
  ensureSeries(name: string, documentType: DocumentType, at: string, actor?: string): StoredSeries;
  findSeries(name: string): StoredSeries | undefined;
  listSeries(): StoredSeries[];

  /** Adds the next version (number = previous + 1) of a series; `actor` as for {@link ensureSeries}. */
  addVersion(seriesId: number, document: ImportedDocument, at: string, actor?: string): StoredVersion;
  getVersion(versionId: number): StoredVersion | undefined;
  /** The document as imported for this version. */
  getVersionDocument(versionId: number): ImportedDocument | undefined;
  listVersions(seriesId: number): StoredVersion[];

  /**
   * Creates a review of a version with its checklist items, the resolved items and paragraph
   * changes of the carry-over, and the initial decisions of carried items (recorded as
   * decisions of this review, so their history starts with where they came from).
   */
  createReview(input: NewReview): StoredReview;
  getReview(reviewId: string): StoredReview | undefined;
  /** The newest review of a version, if any. */
  latestReviewOfVersion(versionId: number): StoredReview | undefined;
  listReviews(seriesId?: number): StoredReview[];
  /** The full checklist with every item's current decision and the signatures. */
  getChecklist(reviewId: string): Checklist | undefined;

  /** Appends a decision; refuses an unknown item or a completed review (REVIEW_COMPLETED). */
  recordDecision(reviewId: string, itemKey: string, record: DecisionRecord): void;
  /** Every decision ever recorded for an item, oldest first. */
  decisionHistory(reviewId: string, itemKey: string): DecisionRecord[];

  /** Marks the review completed; refuses when any item is still open (ITEMS_OPEN). */
  completeReview(reviewId: string, reviewer: string, at: string): void;
  /** Reopens a completed review for more decisions (existing signatures then no longer match). */
  reopenReview(reviewId: string, reviewer: string, at: string): void;

  saveReviewer(reviewer: StoredReviewer): void;
  findReviewer(name: string): StoredReviewer | undefined;
  listReviewers(): StoredReviewer[];

  /** Appends a signature of a completed review. */
  addSignature(reviewId: string, signature: StoredSignature): void;
  listSignatures(reviewId: string): StoredSignature[];

  /** The append-only event log, newest last, optionally for one series or review. */
  history(filter?: { seriesId?: number; reviewId?: string; limit?: number }): HistoryEvent[];

  close(): void;
}

export interface StoredSeries {
  readonly id: number;
  readonly name: string;
  readonly documentType: DocumentType;
  readonly createdAt: string;
}

export interface StoredVersion {
  readonly id: number;
  readonly seriesId: number;
  /** 1-based within the series. */
  readonly number: number;
  readonly fileName?: string;
  readonly title: string;
  readonly format: ImportedDocument['metadata']['format'];
  readonly fileSha256: string;
  readonly textSha256: string;
  readonly importedAt: string;
}

export interface NewReview {
  readonly reviewId: string;
  readonly versionId: number;
  readonly documentType: DocumentType;
  readonly ruleSet: { readonly version: string; readonly hash: string };
  readonly createdAt: string;
  readonly createdBy: string;
  /** The check that produced the findings (coverage and metrics are shown with the checklist). */
  readonly check: CheckResult;
  readonly items: readonly ChecklistItem[];
  readonly resolved: readonly ResolvedItem[];
  readonly changes: readonly ParagraphChange[];
  /** The review the items were carried over from. */
  readonly previousReviewId?: string;
}

export interface StoredReview {
  readonly id: string;
  readonly versionId: number;
  readonly seriesId: number;
  readonly documentType: DocumentType;
  readonly ruleSet: { readonly version: string; readonly hash: string };
  readonly createdAt: string;
  readonly createdBy: string;
  readonly status: 'open' | 'completed';
  readonly completedAt?: string;
  readonly completedBy?: string;
  readonly previousReviewId?: string;
  readonly check: CheckResult;
}

/** A reviewer's key: the public key in the clear, the private key encrypted with their passphrase. */
export interface StoredReviewer {
  readonly name: string;
  readonly publicKeyPem: string;
  readonly encryptedPrivateKeyPem: string;
  /** "SHA256:" + base64 of the SHA-256 of the public key (DER), as ssh-keygen prints it. */
  readonly keyFingerprint: string;
  readonly createdAt: string;
}

export interface StoredSignature {
  readonly reviewer: string;
  readonly keyFingerprint: string;
  readonly signedAt: string;
  /** The complete signature entry as it goes into the signed file (JSON). */
  readonly entry: unknown;
}

export interface HistoryEvent {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: HistoryAction;
  readonly seriesId?: number;
  readonly reviewId?: string;
  readonly itemKey?: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export type HistoryAction =
  | 'series-created'
  | 'version-imported'
  | 'review-created'
  | 'decision-recorded'
  | 'review-completed'
  | 'review-reopened'
  | 'reviewer-created'
  | 'review-signed';
