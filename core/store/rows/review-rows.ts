import type { CheckResult } from '../../check/check-document.js';
import type { DocumentType } from '../../rules/rule-types.js';
import { decodeJson } from '../json-codec.js';
import type { StoredReview } from '../review-store.js';

/** A row of `reviews`, with the series of its version joined in. */
export interface ReviewRow {
  readonly id: string;
  readonly version_id: number;
  readonly series_id: number;
  readonly document_type: DocumentType;
  readonly rule_set_version: string;
  readonly rule_set_hash: string;
  readonly created_at: string;
  readonly created_by: string;
  readonly status: 'open' | 'completed';
  readonly completed_at: string | null;
  readonly completed_by: string | null;
  readonly previous_review_id: string | null;
  readonly completion_round: number;
  readonly check_encoding: string;
  readonly check_result: Buffer;
}

export function toStoredReview(row: ReviewRow): StoredReview {
  return {
    id: row.id,
    versionId: row.version_id,
    seriesId: row.series_id,
    documentType: row.document_type,
    ruleSet: { version: row.rule_set_version, hash: row.rule_set_hash },
    createdAt: row.created_at,
    createdBy: row.created_by,
    status: row.status,
    ...(row.completed_at !== null ? { completedAt: row.completed_at } : {}),
    ...(row.completed_by !== null ? { completedBy: row.completed_by } : {}),
    ...(row.previous_review_id !== null ? { previousReviewId: row.previous_review_id } : {}),
    check: decodeJson<CheckResult>(row.check_encoding, row.check_result),
  };
}
