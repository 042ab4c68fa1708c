import type Database from 'better-sqlite3';
import { VardekollenError } from '../errors/vardekollen-error.js';
import type { ImportedDocument } from '../model/document.js';
import { DECISIONS_NEEDING_REASON, type Checklist, type DecisionRecord } from '../review/checklist-types.js';
import type { DocumentType } from '../rules/rule-types.js';
import { assembleChecklist } from './assemble-checklist.js';
import { openConnection } from './connection.js';
import { localActor } from './local-actor.js';
import { decisionRepository } from './repositories/decision-repository.js';
import { historyRepository } from './repositories/history-repository.js';
import { reviewRepository } from './repositories/review-repository.js';
import { reviewerRepository } from './repositories/reviewer-repository.js';
import { seriesRepository } from './repositories/series-repository.js';
import type { HistoryEvent, NewReview, ReviewStore, StoredReview, StoredReviewer, StoredSeries, StoredSignature, StoredVersion } from './review-store.js';
import { toDecisionRecord } from './rows/item-rows.js';
import { toStoredReview } from './rows/review-rows.js';
import { toStoredReviewer, toStoredSignature } from './rows/reviewer-rows.js';
import { toStoredSeries, toStoredVersion } from './rows/series-rows.js';
import { toHistoryEvent } from './rows/history-rows.js';
import { toStoreError } from './store-errors.js';

/**
 * Opens the review database at `path` (see {@link openConnection}: folder created, version and
 * integrity checked, schema migrated) and returns the store. Every write is one IMMEDIATE
 * transaction — it takes the write lock up front, so two windows or CLI runs writing at once
 * queue up (for up to the busy timeout) instead of failing half-way — and appends its history
 * event in the same transaction.
 */
export function openReviewStore(path: string): ReviewStore {
  return createSqliteReviewStore(openConnection(path), path);
}

/** The store over an already opened and migrated connection. */
export function createSqliteReviewStore(db: Database.Database, path: string): ReviewStore {
  const series = seriesRepository(db);
  const reviews = reviewRepository(db);
  const decisions = decisionRepository(db);
  const reviewers = reviewerRepository(db);
  const history = historyRepository(db);
  // When the caller names no actor for a series or a version, the account running the app stands in.
  const localAccount = localActor();

  /** Runs `fn` with SQLite's and stored values' errors turned into typed ones. */
  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw toStoreError(path, error);
    }
  };
  const write = <A extends unknown[], T>(fn: (...args: A) => T): ((...args: A) => T) => {
    const transaction = db.transaction(fn);
    return (...args: A) => guard(() => transaction.immediate(...args));
  };
  // Reads that take several statements run in one (deferred) transaction: under WAL it is a
  // snapshot, so a checklist never mixes items from before and decisions from after a commit.
  const read = <A extends unknown[], T>(fn: (...args: A) => T): ((...args: A) => T) => {
    const transaction = db.transaction(fn);
    return (...args: A) => guard(() => transaction.deferred(...args));
  };

  const openReviewOrThrow = (reviewId: string) => {
    const status = reviews.statusOf(reviewId);
    if (!status) throw new VardekollenError('REVIEW_NOT_FOUND', { id: reviewId });
    return status;
  };

  const createSeries = write((name: string, documentType: DocumentType, at: string, actor: string): StoredSeries => {
    if (name.trim().length === 0) throw new VardekollenError('INVALID_ARGUMENT', { detail: 'a series needs a name' });
    const existing = series.seriesByName(name);
    if (existing) return toStoredSeries(existing);
    const id = series.insertSeries(name, documentType, at);
    history.append({ at, actor, action: 'series-created', seriesId: id, details: { name, documentType } });
    return { id, name, documentType, createdAt: at };
  });
  // Most calls find the series: look without taking the write lock first, and only then
  // create it in a write transaction (which looks again, in case another process was quicker).
  const ensureSeries = (name: string, documentType: DocumentType, at: string, actor: string = localAccount): StoredSeries => {
    const existing = guard(() => series.seriesByName(name));
    return existing ? toStoredSeries(existing) : createSeries(name, documentType, at, actor);
  };

  const addVersionAs = write((seriesId: number, document: ImportedDocument, at: string, actor: string): StoredVersion => {
    if (!series.seriesById(seriesId)) throw new VardekollenError('SERIES_NOT_FOUND', { name: `#${seriesId}` });
    const number = series.nextVersionNumber(seriesId);
    const id = series.insertVersion(seriesId, number, document, at);
    const { fileName, fileSha256, textSha256 } = document.metadata;
    history.append({ at, actor, action: 'version-imported', seriesId, details: { versionId: id, number, fileName, fileSha256, textSha256 } });
    const row = series.versionById(id);
    if (!row) throw new Error(`version ${id} vanished inside its own transaction`);
    return toStoredVersion(row);
  });

  const createReview = write((input: NewReview): StoredReview => {
    const version = series.versionById(input.versionId);
    if (!version) throw new VardekollenError('INVALID_ARGUMENT', { detail: `there is no document version with id ${input.versionId}` });
    if (reviews.statusOf(input.reviewId)) throw new VardekollenError('INVALID_ARGUMENT', { detail: `a review with id ${input.reviewId} already exists` });
    if (input.previousReviewId !== undefined && !reviews.statusOf(input.previousReviewId)) {
      throw new VardekollenError('REVIEW_NOT_FOUND', { id: input.previousReviewId });
    }
    reviews.insertReview(input);
    let carried = 0;
    for (const item of input.items) {
      const itemId = reviews.insertItem(input.reviewId, item);
      if (item.decision !== undefined) {
        decisions.insert(itemId, item.decision, true);
        carried++;
      }
    }
    input.resolved.forEach((item, position) => reviews.insertResolved(input.reviewId, position, item));
    input.changes.forEach((change, position) => reviews.insertChange(input.reviewId, position, change));
    history.append({
      at: input.createdAt,
      actor: input.createdBy,
      action: 'review-created',
      seriesId: version.series_id,
      reviewId: input.reviewId,
      details: {
        versionId: input.versionId,
        versionNumber: version.number,
        items: input.items.length,
        carriedDecisions: carried,
        resolved: input.resolved.length,
        changes: input.changes.length,
        ...(input.previousReviewId !== undefined ? { previousReviewId: input.previousReviewId } : {}),
      },
    });
    const row = reviews.reviewById(input.reviewId);
    if (!row) throw new Error(`review ${input.reviewId} vanished inside its own transaction`);
    return toStoredReview(row);
  });

  const getChecklist = read((reviewId: string): Checklist | undefined => assembleChecklist({ series, reviews, reviewers }, reviewId));

  const recordDecision = write((reviewId: string, itemKey: string, record: DecisionRecord): void => {
    const review = openReviewOrThrow(reviewId);
    if (review.status === 'completed') throw new VardekollenError('REVIEW_COMPLETED');
    const itemId = reviews.itemId(reviewId, itemKey);
    if (itemId === undefined) throw new VardekollenError('ITEM_NOT_FOUND', { item: itemKey, review: reviewId });
    if (DECISIONS_NEEDING_REASON.includes(record.decision) && (record.reason ?? '').trim().length === 0) {
      throw new VardekollenError('REASON_REQUIRED', { decision: record.decision });
    }
    decisions.insert(itemId, record, false);
    history.append({
      at: record.decidedAt,
      actor: record.reviewer,
      action: 'decision-recorded',
      seriesId: review.series_id,
      reviewId,
      itemKey,
      details: { decision: record.decision, ...(record.reason !== undefined ? { reason: record.reason } : {}), ...(record.answer !== undefined ? { answer: record.answer } : {}) },
    });
  });

  const decisionHistory = read((reviewId: string, itemKey: string): DecisionRecord[] => {
    openReviewOrThrow(reviewId);
    const itemId = reviews.itemId(reviewId, itemKey);
    if (itemId === undefined) throw new VardekollenError('ITEM_NOT_FOUND', { item: itemKey, review: reviewId });
    return decisions.ofItem(itemId).flatMap((row) => toDecisionRecord(row) ?? []);
  });

  const completeReview = write((reviewId: string, reviewer: string, at: string): void => {
    const review = openReviewOrThrow(reviewId);
    if (review.status === 'completed') throw new VardekollenError('REVIEW_COMPLETED');
    const open = reviews.undecidedCount(reviewId);
    if (open > 0) throw new VardekollenError('ITEMS_OPEN', { count: open });
    reviews.markCompleted(reviewId, at, reviewer);
    history.append({ at, actor: reviewer, action: 'review-completed', seriesId: review.series_id, reviewId, details: { round: review.completion_round + 1 } });
  });

  const reopenReview = write((reviewId: string, reviewer: string, at: string): void => {
    const review = openReviewOrThrow(reviewId);
    // Reopening an open review changes nothing, so nothing is logged: the history only shows
    // real changes of state.
    if (review.status === 'open') return;
    const invalidated = reviewers.signaturesOfRound(reviewId, review.completion_round).length;
    reviews.markReopened(reviewId);
    history.append({
      at,
      actor: reviewer,
      action: 'review-reopened',
      seriesId: review.series_id,
      reviewId,
      details: { round: review.completion_round, signaturesNoLongerValid: invalidated },
    });
  });

  const saveReviewer = write((reviewer: StoredReviewer): void => {
    if (reviewer.name.trim().length === 0) throw new VardekollenError('INVALID_ARGUMENT', { detail: 'a reviewer needs a name' });
    if (reviewers.reviewerByName(reviewer.name)) throw new VardekollenError('REVIEWER_EXISTS', { name: reviewer.name });
    reviewers.insertReviewer(reviewer);
    history.append({ at: reviewer.createdAt, actor: reviewer.name, action: 'reviewer-created', details: { keyFingerprint: reviewer.keyFingerprint } });
  });

  const addSignature = write((reviewId: string, signature: StoredSignature): void => {
    const review = openReviewOrThrow(reviewId);
    if (review.status !== 'completed') throw new VardekollenError('REVIEW_NOT_COMPLETED');
    const reviewer = reviewers.reviewerByName(signature.reviewer);
    if (!reviewer) throw new VardekollenError('REVIEWER_NOT_FOUND', { name: signature.reviewer });
    // A signature names the key that made it; a different key than the reviewer's own would
    // make the stored signature unverifiable against the reviewer we show.
    if (reviewer.key_fingerprint !== signature.keyFingerprint) {
      throw new VardekollenError('INVALID_ARGUMENT', { detail: `the signature's key ${signature.keyFingerprint} is not ${signature.reviewer}'s key ${reviewer.key_fingerprint}` });
    }
    if (reviewers.hasSigned(reviewId, review.completion_round, signature.reviewer)) throw new VardekollenError('ALREADY_SIGNED', { name: signature.reviewer });
    reviewers.insertSignature(reviewId, review.completion_round, signature);
    history.append({
      at: signature.signedAt,
      actor: signature.reviewer,
      action: 'review-signed',
      seriesId: review.series_id,
      reviewId,
      details: { keyFingerprint: signature.keyFingerprint, round: review.completion_round },
    });
  });

  const listSignatures = read((reviewId: string): StoredSignature[] => {
    const review = openReviewOrThrow(reviewId);
    return review.status === 'completed' ? reviewers.signaturesOfRound(reviewId, review.completion_round).map(toStoredSignature) : [];
  });

  return {
    ensureSeries,
    findSeries: (name) => guard(() => {
      const row = series.seriesByName(name);
      return row ? toStoredSeries(row) : undefined;
    }),
    listSeries: () => guard(() => series.allSeries().map(toStoredSeries)),

    addVersion: (seriesId: number, document: ImportedDocument, at: string, actor: string = localAccount) => addVersionAs(seriesId, document, at, actor),
    getVersion: (versionId) => guard(() => {
      const row = series.versionById(versionId);
      return row ? toStoredVersion(row) : undefined;
    }),
    getVersionDocument: (versionId) => guard(() => series.versionDocument(versionId)),
    listVersions: (seriesId) => guard(() => series.versionsOf(seriesId).map(toStoredVersion)),

    createReview,
    getReview: (reviewId) => guard(() => {
      const row = reviews.reviewById(reviewId);
      return row ? toStoredReview(row) : undefined;
    }),
    latestReviewOfVersion: (versionId) => guard(() => {
      const row = reviews.latestOfVersion(versionId);
      return row ? toStoredReview(row) : undefined;
    }),
    listReviews: (seriesId) => guard(() => reviews.reviews(seriesId).map(toStoredReview)),
    getChecklist,

    recordDecision,
    decisionHistory,
    completeReview,
    reopenReview,

    saveReviewer,
    findReviewer: (name) => guard(() => {
      const row = reviewers.reviewerByName(name);
      return row ? toStoredReviewer(row) : undefined;
    }),
    listReviewers: () => guard(() => reviewers.allReviewers().map(toStoredReviewer)),

    addSignature,
    listSignatures,

    history: (filter = {}): HistoryEvent[] =>
      guard(() => {
        if (filter.limit !== undefined && !(Number.isInteger(filter.limit) && filter.limit >= 0)) {
          throw new VardekollenError('INVALID_ARGUMENT', { detail: `history limit must be a whole number ≥ 0, not ${filter.limit}` });
        }
        return history.list(filter).map(toHistoryEvent);
      }),

    close: () => guard(() => {
      db.close();
    }),
  };
}
