import { checkDocument } from '../../check/check-document.js';
import { VardekollenError } from '../../errors/index.js';
import { buildChecklistItems } from '../../review/build-checklist-items.js';
import { carryOver } from '../../review/carry-over.js';
import { DECISIONS, DECISIONS_NEEDING_REASON, type Checklist, type ChecklistItem, type DecisionRecord } from '../../review/checklist-types.js';
import { diffParagraphs } from '../../review/paragraph-diff.js';
import type { HistoryEvent, StoredReview } from '../../store/review-store.js';
import type { ProgressEvents } from '../contract.js';
import type {
  DecideRequest,
  HistoryRequest,
  ReviewDocument,
  ReviewerRequest,
  ReviewRef,
  SeriesSummary,
  StartedReview,
  StartReviewRequest,
} from '../review-contract.js';
import type { ServiceDeps } from '../service-deps.js';
import { importWhileCompiling } from './import-source.js';
import { deriveSeriesName, reviewIdFor } from './series-naming.js';

/** Longest reason or answer stored (a reason is a sentence or a paragraph, not a document). */
const MAX_TEXT = 4000;

export function reviewActions(deps: ServiceDeps) {
  const getReview = (reviewId: string): StoredReview => {
    const review = deps.store().getReview(reviewId);
    if (!review) throw new VardekollenError('REVIEW_NOT_FOUND', { id: reviewId });
    return review;
  };
  const getChecklist = (reviewId: string): Checklist => {
    const checklist = deps.store().getChecklist(reviewId);
    if (!checklist) throw new VardekollenError('REVIEW_NOT_FOUND', { id: reviewId });
    return checklist;
  };

  return {
    /**
     * Imports a draft into its series, checks it and opens its checklist. From the second
     * version on, the previous version's review is carried over (fixed, remaining with its
     * decision, new) and the paragraph changes are recorded. Importing the same file again
     * returns its existing review instead of adding a version.
     */
    async startReview(request: StartReviewRequest, events: ProgressEvents = {}): Promise<StartedReview> {
      const reviewer = requireName(request.reviewer, 'reviewer');
      const { document, compiled } = await importWhileCompiling(deps, request, request.rules, events);
      const check = checkDocument(document, compiled, request.type !== undefined ? { type: request.type } : {});
      const store = deps.store();
      const now = deps.now();
      const seriesName = request.seriesName?.trim() || deriveSeriesName(document);
      const series = store.ensureSeries(seriesName, check.documentType.type, now, reviewer);
      const versions = store.listVersions(series.id);
      const latest = versions.at(-1);

      if (latest && latest.fileSha256 === document.metadata.fileSha256) {
        const existing = store.latestReviewOfVersion(latest.id);
        if (existing) return { checklist: getChecklist(existing.id), check: existing.check, reused: true };
      }
      const sameFile = latest && latest.fileSha256 === document.metadata.fileSha256;
      const previousVersion = sameFile ? versions.at(-2) : latest;
      const previousReview = previousVersion ? store.latestReviewOfVersion(previousVersion.id) : undefined;
      const previous = previousReview ? store.getChecklist(previousReview.id) : undefined;
      const previousDocument = previousVersion ? store.getVersionDocument(previousVersion.id) : undefined;
      // A version whose review was never created (the process stopped in between) is reused.
      const version = sameFile && latest ? latest : store.addVersion(series.id, document, now, reviewer);

      const fresh = buildChecklistItems(check, compiled.ruleSet.questions, check.documentType.type);
      const carried = previous ? carryOver(previous.items, fresh) : { items: fresh, resolved: [] };
      const earlier = store.listReviews(series.id).filter((r) => r.versionId === version.id).length;
      const reviewId = reviewIdFor(series.name, version.number, earlier);
      store.createReview({
        reviewId,
        versionId: version.id,
        documentType: check.documentType.type,
        ruleSet: { version: compiled.ruleSet.version, hash: compiled.ruleSet.hash },
        createdAt: now,
        createdBy: reviewer,
        check,
        items: carried.items,
        resolved: carried.resolved,
        changes: previousDocument ? diffParagraphs(previousDocument.blocks, document.blocks) : [],
        ...(previousReview ? { previousReviewId: previousReview.id } : {}),
      });
      return { checklist: getChecklist(reviewId), check, reused: false };
    },

    async getChecklist(request: ReviewRef): Promise<Checklist> {
      return getChecklist(request.reviewId);
    },

    /** The imported document and the check behind a review, for the document view. */
    async getReviewDocument(request: ReviewRef): Promise<ReviewDocument> {
      const review = getReview(request.reviewId);
      const document = deps.store().getVersionDocument(review.versionId);
      if (!document) throw new VardekollenError('REVIEW_NOT_FOUND', { id: request.reviewId });
      return { document, check: review.check };
    },

    /** Records a reviewer's decision on one item; accepted and not-applicable need a reason. */
    async decide(request: DecideRequest): Promise<ChecklistItem> {
      if (!DECISIONS.includes(request.decision)) {
        throw new VardekollenError('INVALID_ARGUMENT', { detail: `decision "${String(request.decision)}": ${DECISIONS.join(', ')}` });
      }
      const reason = cleanText(request.reason, 'reason');
      const answer = cleanText(request.answer, 'answer');
      if (DECISIONS_NEEDING_REASON.includes(request.decision) && !reason) {
        throw new VardekollenError('REASON_REQUIRED', { decision: request.decision });
      }
      const record: DecisionRecord = {
        decision: request.decision,
        ...(reason ? { reason } : {}),
        ...(answer ? { answer } : {}),
        reviewer: requireName(request.reviewer, 'reviewer'),
        decidedAt: deps.now(),
      };
      deps.store().recordDecision(request.reviewId, request.itemKey, record);
      const item = getChecklist(request.reviewId).items.find((i) => i.key === request.itemKey);
      if (!item) throw new VardekollenError('ITEM_NOT_FOUND', { item: request.itemKey, review: request.reviewId });
      return item;
    },

    async itemHistory(request: ReviewRef & { readonly itemKey: string }): Promise<DecisionRecord[]> {
      getReview(request.reviewId);
      return deps.store().decisionHistory(request.reviewId, request.itemKey);
    },

    async completeReview(request: ReviewerRequest): Promise<Checklist> {
      deps.store().completeReview(request.reviewId, requireName(request.reviewer, 'reviewer'), deps.now());
      return getChecklist(request.reviewId);
    },

    async reopenReview(request: ReviewerRequest): Promise<Checklist> {
      deps.store().reopenReview(request.reviewId, requireName(request.reviewer, 'reviewer'), deps.now());
      return getChecklist(request.reviewId);
    },

    async listSeries(): Promise<SeriesSummary[]> {
      const store = deps.store();
      return store.listSeries().map((series) => {
        const versions = store.listVersions(series.id);
        const latest = versions.at(-1);
        const review = latest ? store.latestReviewOfVersion(latest.id) : undefined;
        const checklist = review ? store.getChecklist(review.id) : undefined;
        return {
          name: series.name,
          documentType: series.documentType,
          versions: versions.length,
          ...(latest
            ? {
                latest: {
                  version: latest.number,
                  ...(review ? { reviewId: review.id, status: review.status } : {}),
                  ...(checklist ? { openItems: checklist.items.filter((i) => !i.decision || i.decision.decision === 'open').length } : {}),
                },
              }
            : {}),
        };
      });
    },

    async history(request: HistoryRequest = {}): Promise<HistoryEvent[]> {
      const store = deps.store();
      let seriesId: number | undefined;
      if (request.seriesName !== undefined) {
        const series = store.findSeries(request.seriesName);
        if (!series) throw new VardekollenError('SERIES_NOT_FOUND', { name: request.seriesName });
        seriesId = series.id;
      }
      if (request.reviewId !== undefined) getReview(request.reviewId);
      return store.history({
        ...(seriesId !== undefined ? { seriesId } : {}),
        ...(request.reviewId !== undefined ? { reviewId: request.reviewId } : {}),
        ...(request.limit !== undefined ? { limit: request.limit } : {}),
      });
    },
  };
}

function requireName(value: string | undefined, what: string): string {
  const name = value?.replace(/\s+/g, ' ').trim() ?? '';
  if (!name) throw new VardekollenError('INVALID_ARGUMENT', { detail: `${what} name is missing` });
  if (name.length > 200) throw new VardekollenError('INVALID_ARGUMENT', { detail: `${what} name is longer than 200 characters` });
  return name;
}

function cleanText(value: string | undefined, what: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (text.length > MAX_TEXT) throw new VardekollenError('INVALID_ARGUMENT', { detail: `${what} is longer than ${MAX_TEXT} characters` });
  return text;
}
