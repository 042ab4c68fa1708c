import type { Checklist } from '../review/checklist-types.js';
import type { ReviewRepository } from './repositories/review-repository.js';
import type { ReviewerRepository } from './repositories/reviewer-repository.js';
import type { SeriesRepository } from './repositories/series-repository.js';
import { toParagraphChange, toResolvedItem } from './rows/carry-rows.js';
import { toChecklistItem } from './rows/item-rows.js';
import { toSignatureSummary } from './rows/reviewer-rows.js';

/**
 * Builds a review's checklist from its rows: items in checklist order with their newest
 * decision, the version's number and document facts, the series name, and the signatures of
 * the current completion (none while the review is open: signatures given before a reopening
 * sign a state that no longer exists). Run it inside one read transaction for a consistent
 * snapshot. Undefined when there is no such review.
 */
export function assembleChecklist(
  repositories: { readonly series: SeriesRepository; readonly reviews: ReviewRepository; readonly reviewers: ReviewerRepository },
  reviewId: string,
): Checklist | undefined {
  const { series, reviews, reviewers } = repositories;
  const review = reviews.reviewById(reviewId);
  if (!review) return undefined;
  const version = series.versionById(review.version_id);
  const owner = version ? series.seriesById(version.series_id) : undefined;
  // Foreign keys make this impossible unless the file was edited by hand.
  if (!version || !owner) throw new Error(`review ${reviewId} refers to a missing version or series`);
  return {
    reviewId,
    seriesName: owner.name,
    version: version.number,
    documentType: review.document_type,
    document: {
      ...(version.file_name !== null ? { fileName: version.file_name } : {}),
      title: version.title,
      format: version.format,
      fileSha256: version.file_sha256,
      textSha256: version.text_sha256,
      ...(version.page_count !== null ? { pageCount: version.page_count } : {}),
      wordCount: version.word_count,
    },
    ruleSet: { version: review.rule_set_version, hash: review.rule_set_hash },
    createdAt: review.created_at,
    status: review.status,
    ...(review.completed_at !== null ? { completedAt: review.completed_at } : {}),
    ...(review.completed_by !== null ? { completedBy: review.completed_by } : {}),
    items: reviews.itemsOf(reviewId).map(toChecklistItem),
    resolved: reviews.resolvedOf(reviewId).map(toResolvedItem),
    changes: reviews.changesOf(reviewId).map(toParagraphChange),
    signatures: review.status === 'completed' ? reviewers.signaturesOfRound(reviewId, review.completion_round).map(toSignatureSummary) : [],
  };
}
