import type Database from 'better-sqlite3';
import type { ChecklistItem, ParagraphChange, ResolvedItem } from '../../review/checklist-types.js';
import { encodeJson } from '../json-codec.js';
import type { NewReview } from '../review-store.js';
import { resolvedBody, type ChangeRow, type ResolvedRow } from '../rows/carry-rows.js';
import { itemBody, type ItemRow } from '../rows/item-rows.js';
import type { ReviewRow } from '../rows/review-rows.js';

const REVIEW_SELECT = `
  SELECT r.id, r.version_id, v.series_id, r.document_type, r.rule_set_version, r.rule_set_hash, r.created_at, r.created_by,
         r.status, r.completed_at, r.completed_by, r.previous_review_id, r.completion_round, r.check_encoding, r.check_result
  FROM reviews r JOIN document_versions v ON v.id = r.version_id`;

/**
 * The newest decision of each item is the one with the highest id; the subquery walks the
 * (item_id, id) index backwards, one step per item.
 */
const ITEM_SELECT = `
  SELECT i.key, i.kind, i.principle, i.severity, i.rule_id, i.question_id, i.fingerprint, i.position, i.carry,
         i.previous_key, i.body, d.decision, d.reason, d.answer, d.reviewer, d.decided_at
  FROM review_items i
  LEFT JOIN decisions d ON d.id = (SELECT max(id) FROM decisions WHERE item_id = i.id)`;

/** Reviews with their items, resolved items and paragraph changes. */
export function reviewRepository(db: Database.Database) {
  const insertReview = db.prepare<[ReviewInsert]>(
    `INSERT INTO reviews (id, version_id, document_type, rule_set_version, rule_set_hash, created_at, created_by,
       previous_review_id, check_encoding, check_result)
     VALUES (@id, @versionId, @documentType, @ruleSetVersion, @ruleSetHash, @createdAt, @createdBy,
       @previousReviewId, @checkEncoding, @checkResult)`,
  );
  const insertItem = db.prepare<[ItemInsert]>(
    `INSERT INTO review_items (review_id, key, kind, principle, severity, rule_id, question_id, fingerprint, position,
       carry, previous_key, body)
     VALUES (@reviewId, @key, @kind, @principle, @severity, @ruleId, @questionId, @fingerprint, @position,
       @carry, @previousKey, @body)`,
  );
  const insertResolved = db.prepare<[string, number, string, string | null, string, string, string]>(
    'INSERT INTO resolved_items (review_id, position, previous_key, rule_id, principle, fingerprint, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertChange = db.prepare<[string, number, string, string | null, string | null]>(
    'INSERT INTO paragraph_changes (review_id, position, kind, before, after) VALUES (?, ?, ?, ?, ?)',
  );
  const reviewById = db.prepare<[string], ReviewRow>(`${REVIEW_SELECT} WHERE r.id = ?`);
  const latestOfVersion = db.prepare<[number], ReviewRow>(`${REVIEW_SELECT} WHERE r.version_id = ? ORDER BY r.rowid DESC LIMIT 1`);
  const allReviews = db.prepare<[], ReviewRow>(`${REVIEW_SELECT} ORDER BY r.rowid`);
  const reviewsOfSeries = db.prepare<[number], ReviewRow>(`${REVIEW_SELECT} WHERE v.series_id = ? ORDER BY r.rowid`);
  const statusOf = db.prepare<[string], { status: 'open' | 'completed'; completion_round: number; series_id: number }>(
    'SELECT r.status, r.completion_round, v.series_id FROM reviews r JOIN document_versions v ON v.id = r.version_id WHERE r.id = ?',
  );
  const itemsOf = db.prepare<[string], ItemRow>(`${ITEM_SELECT} WHERE i.review_id = ? ORDER BY i.position`);
  const itemId = db.prepare<[string, string], number>('SELECT id FROM review_items WHERE review_id = ? AND key = ?').pluck();
  const undecided = db
    .prepare<[string], number>(`SELECT count(*) FROM (${ITEM_SELECT} WHERE i.review_id = ?) WHERE decision IS NULL OR decision = 'open'`)
    .pluck();
  const complete = db.prepare<[string, string, string]>(
    "UPDATE reviews SET status = 'completed', completed_at = ?, completed_by = ?, completion_round = completion_round + 1 WHERE id = ?",
  );
  const reopen = db.prepare<[string]>("UPDATE reviews SET status = 'open', completed_at = NULL, completed_by = NULL WHERE id = ?");
  const resolvedOf = db.prepare<[string], ResolvedRow>(
    'SELECT previous_key, rule_id, principle, fingerprint, body FROM resolved_items WHERE review_id = ? ORDER BY position',
  );
  const changesOf = db.prepare<[string], ChangeRow>('SELECT kind, before, after FROM paragraph_changes WHERE review_id = ? ORDER BY position');

  return {
    insertReview(review: NewReview): void {
      const check = encodeJson(review.check);
      insertReview.run({
        id: review.reviewId,
        versionId: review.versionId,
        documentType: review.documentType,
        ruleSetVersion: review.ruleSet.version,
        ruleSetHash: review.ruleSet.hash,
        createdAt: review.createdAt,
        createdBy: review.createdBy,
        previousReviewId: review.previousReviewId ?? null,
        checkEncoding: check.encoding,
        checkResult: check.bytes,
      });
    },
    /** Inserts an item and returns its row id (what decisions refer to). */
    insertItem(reviewId: string, item: ChecklistItem): number {
      return Number(
        insertItem.run({
          reviewId,
          key: item.key,
          kind: item.kind,
          principle: item.principle,
          severity: item.severity,
          ruleId: item.ruleId ?? null,
          questionId: item.questionId ?? null,
          fingerprint: item.fingerprint,
          position: item.position,
          carry: item.carry,
          previousKey: item.previousKey ?? null,
          body: itemBody(item),
        }).lastInsertRowid,
      );
    },
    insertResolved(reviewId: string, position: number, item: ResolvedItem): void {
      insertResolved.run(reviewId, position, item.previousKey, item.ruleId ?? null, item.principle, item.fingerprint, resolvedBody(item));
    },
    insertChange(reviewId: string, position: number, change: ParagraphChange): void {
      const json = (block: ParagraphChange['before']): string | null => (block === undefined ? null : JSON.stringify(block));
      insertChange.run(reviewId, position, change.kind, json(change.before), json(change.after));
    },

    reviewById: (id: string): ReviewRow | undefined => reviewById.get(id),
    latestOfVersion: (versionId: number): ReviewRow | undefined => latestOfVersion.get(versionId),
    reviews: (seriesId?: number): ReviewRow[] => (seriesId === undefined ? allReviews.all() : reviewsOfSeries.all(seriesId)),
    /** Status, completion round and series of a review, without reading its check result. */
    statusOf: (id: string) => statusOf.get(id),
    itemsOf: (reviewId: string): ItemRow[] => itemsOf.all(reviewId),
    itemId: (reviewId: string, key: string): number | undefined => itemId.get(reviewId, key),
    /** How many items have no decision, or `open` as their newest one. */
    undecidedCount: (reviewId: string): number => undecided.get(reviewId) ?? 0,
    markCompleted(reviewId: string, at: string, by: string): void {
      complete.run(at, by, reviewId);
    },
    markReopened(reviewId: string): void {
      reopen.run(reviewId);
    },
    resolvedOf: (reviewId: string): ResolvedRow[] => resolvedOf.all(reviewId),
    changesOf: (reviewId: string): ChangeRow[] => changesOf.all(reviewId),
  };
}

interface ReviewInsert {
  readonly id: string;
  readonly versionId: number;
  readonly documentType: string;
  readonly ruleSetVersion: string;
  readonly ruleSetHash: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly previousReviewId: string | null;
  readonly checkEncoding: string;
  readonly checkResult: Buffer;
}

interface ItemInsert {
  readonly reviewId: string;
  readonly key: string;
  readonly kind: string;
  readonly principle: string;
  readonly severity: string;
  readonly ruleId: string | null;
  readonly questionId: string | null;
  readonly fingerprint: string;
  readonly position: number;
  readonly carry: string;
  readonly previousKey: string | null;
  readonly body: string;
}

/** The functions of {@link reviewRepository}. */
export type ReviewRepository = ReturnType<typeof reviewRepository>;
