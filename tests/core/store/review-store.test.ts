import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../core/review/checklist-types.js';
import { SCHEMA_VERSION } from '../../../core/store/migrations/migration-list.js';
import type { ReviewStore, StoredSeries, StoredVersion } from '../../../core/store/review-store.js';
import { openReviewStore } from '../../../core/store/sqlite-review-store.js';
import { checkText, decided, newReview, policyVersion1, policyVersion2, tempFolder, testReviewer, type CheckedText } from './store-factories.js';

let v1: CheckedText;
beforeAll(() => {
  v1 = policyVersion1();
});

let folder: ReturnType<typeof tempFolder>;
let path: string;
let store: ReviewStore;
beforeEach(() => {
  folder = tempFolder();
  path = join(folder.dir, 'data', 'vardekollen', 'vardekollen.db');
  store = openReviewStore(path);
});
afterEach(() => {
  store.close();
  folder.remove();
});

/** A series with version 1 of the policy and an open review of it. */
function reviewedPolicy(): { series: StoredSeries; version: StoredVersion; reviewId: string } {
  const series = store.ensureSeries('Uppförandekod', 'policy', '2025-03-01T08:00:00.000Z');
  const version = store.addVersion(series.id, v1.document, '2025-03-01T08:01:00.000Z');
  const { id: reviewId } = store.createReview(newReview(version.id, v1));
  return { series, version, reviewId };
}

function decideAll(reviewId: string, items: readonly ChecklistItem[]): void {
  for (const item of items) {
    store.recordDecision(reviewId, item.key, item.kind === 'question' ? decided('fixed', 'Anna Lind', '2025-03-04T10:00:00.000Z', { answer: 'Protokoll 2025-03-04 § 12' }) : decided('accepted'));
  }
}

describe('opening', () => {
  it('creates the folders and a WAL database at the current schema version', () => {
    expect(existsSync(path)).toBe(true);
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      raw.close();
    }
  });
});

describe('series and versions', () => {
  it('creates a series once and returns it afterwards, keeping the first document type', () => {
    const first = store.ensureSeries('Jobbannons handläggare', 'jobad', '2025-03-01T08:00:00.000Z');
    const again = store.ensureSeries('Jobbannons handläggare', 'policy', '2025-03-02T08:00:00.000Z');
    expect(again).toEqual(first);
    expect(first).toMatchObject({ name: 'Jobbannons handläggare', documentType: 'jobad', createdAt: '2025-03-01T08:00:00.000Z' });
    expect(store.findSeries('Jobbannons handläggare')).toEqual(first);
    expect(store.findSeries('jobbannons handläggare')).toBeUndefined();
    const other = store.ensureSeries('Mediepolicy', 'policy', '2025-03-01T09:00:00.000Z');
    expect(store.listSeries()).toEqual([first, other]);
    expect(store.history().filter((e) => e.action === 'series-created').map((e) => e.seriesId)).toEqual([first.id, other.id]);
  });

  it('refuses a series without a name', () => {
    expect(() => store.ensureSeries('   ', 'policy', '2025-03-01T08:00:00.000Z')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('numbers versions 1, 2, 3 within each series and gives the document back as imported', () => {
    const a = store.ensureSeries('A', 'policy', '2025-03-01T08:00:00.000Z');
    const b = store.ensureSeries('B', 'policy', '2025-03-01T08:00:00.000Z');
    const small = checkText('Rutin för bisysslor\n\nAnställda får inte ha några bisysslor.', 'rutin.txt').document;
    const a1 = store.addVersion(a.id, v1.document, '2025-03-01T08:01:00.000Z');
    const b1 = store.addVersion(b.id, small, '2025-03-01T08:02:00.000Z');
    const a2 = store.addVersion(a.id, small, '2025-03-01T08:03:00.000Z');
    const a3 = store.addVersion(a.id, v1.document, '2025-03-01T08:04:00.000Z');
    expect([a1.number, a2.number, a3.number, b1.number]).toEqual([1, 2, 3, 1]);
    expect(a1).toEqual({
      id: a1.id,
      seriesId: a.id,
      number: 1,
      fileName: 'uppforandekod.txt',
      title: v1.document.metadata.title,
      format: 'text',
      fileSha256: v1.document.metadata.fileSha256,
      textSha256: v1.document.metadata.textSha256,
      importedAt: '2025-03-01T08:01:00.000Z',
    });
    expect(store.getVersion(a2.id)).toEqual(a2);
    expect(store.listVersions(a.id)).toEqual([a1, a2, a3]);
    expect(store.getVersionDocument(a1.id)).toEqual(v1.document);
    expect(store.getVersionDocument(b1.id)).toEqual(small);
    expect(store.getVersion(9999)).toBeUndefined();
    expect(store.getVersionDocument(9999)).toBeUndefined();
    const imported = store.history({ seriesId: a.id }).filter((e) => e.action === 'version-imported');
    expect(imported.map((e) => e.details['number'])).toEqual([1, 2, 3]);
  });

  it('refuses a version of a series that does not exist', () => {
    expect(() => store.addVersion(42, v1.document, '2025-03-01T08:00:00.000Z')).toThrow(expect.objectContaining({ code: 'SERIES_NOT_FOUND' }));
    expect(store.history()).toEqual([]);
  });
});

describe('reviews and checklists', () => {
  it('gives back the checklist as created: items by position, document facts, no decisions yet', () => {
    const series = store.ensureSeries('Uppförandekod', 'policy', '2025-03-01T08:00:00.000Z');
    const version = store.addVersion(series.id, v1.document, '2025-03-01T08:01:00.000Z');
    // Written in reverse order: the checklist's order comes from the positions, not the insert order.
    const input = newReview(version.id, v1, { items: [...v1.items].reverse() });
    const review = store.createReview(input);

    expect(review).toMatchObject({ id: input.reviewId, versionId: version.id, seriesId: series.id, status: 'open', createdBy: 'Anna Lind' });
    expect(review.completedAt).toBeUndefined();
    expect(review.check).toEqual(v1.check);
    expect(store.getReview(input.reviewId)).toEqual(review);

    const checklist = store.getChecklist(input.reviewId)!;
    expect(checklist.items).toEqual(v1.items);
    expect(checklist.items.every((item) => item.decision === undefined)).toBe(true);
    expect(checklist).toMatchObject({
      reviewId: input.reviewId,
      seriesName: 'Uppförandekod',
      version: 1,
      documentType: v1.check.documentType.type,
      ruleSet: input.ruleSet,
      createdAt: input.createdAt,
      status: 'open',
      resolved: [],
      changes: [],
      signatures: [],
    });
    expect(checklist.document).toEqual({
      fileName: 'uppforandekod.txt',
      title: v1.document.metadata.title,
      format: 'text',
      fileSha256: v1.document.metadata.fileSha256,
      textSha256: v1.document.metadata.textSha256,
      wordCount: v1.document.metadata.wordCount,
    });
    expect(store.history({ reviewId: input.reviewId })).toMatchObject([
      { action: 'review-created', actor: 'Anna Lind', seriesId: series.id, details: { items: v1.items.length, carriedDecisions: 0 } },
    ]);
  });

  it('returns nothing for a review that does not exist', () => {
    expect(store.getChecklist('no-such-review')).toBeUndefined();
    expect(store.getReview('no-such-review')).toBeUndefined();
    expect(store.latestReviewOfVersion(1)).toBeUndefined();
  });

  it('carries decisions, resolved items and paragraph changes over to the next version', () => {
    const first = reviewedPolicy();
    decideAll(first.reviewId, v1.items);
    store.completeReview(first.reviewId, 'Anna Lind', '2025-03-04T11:00:00.000Z');

    const decidedItems = store.getChecklist(first.reviewId)!.items;
    const v2 = policyVersion2(v1, decidedItems);
    const carried = v2.items.filter((item) => item.decision !== undefined);
    // The real carry-over keeps some decisions, marks some items new and resolves the removed one.
    expect(carried.length).toBeGreaterThan(0);
    expect(v2.items.some((item) => item.carry === 'new')).toBe(true);
    expect(v2.resolved.length).toBeGreaterThan(0);
    expect(v2.changes.length).toBeGreaterThan(0);

    const version2 = store.addVersion(first.series.id, v2.document, '2025-03-05T08:00:00.000Z');
    const input = newReview(version2.id, v2, { resolved: v2.resolved, changes: v2.changes, previousReviewId: first.reviewId, createdBy: 'Bo Ek' });
    const review = store.createReview(input);
    expect(review.previousReviewId).toBe(first.reviewId);

    const checklist = store.getChecklist(input.reviewId)!;
    expect(checklist.version).toBe(2);
    expect(checklist.items).toEqual(v2.items);
    expect(checklist.resolved).toEqual(v2.resolved);
    expect(checklist.changes).toEqual(v2.changes);
    // A carried item's history starts with the decision it came with.
    const item = carried[0]!;
    expect(store.decisionHistory(input.reviewId, item.key)).toEqual([item.decision]);
    expect(store.history({ reviewId: input.reviewId })[0]).toMatchObject({
      action: 'review-created',
      actor: 'Bo Ek',
      details: { carriedDecisions: carried.length, resolved: v2.resolved.length, changes: v2.changes.length, previousReviewId: first.reviewId },
    });

    expect(store.latestReviewOfVersion(first.version.id)?.id).toBe(first.reviewId);
    expect(store.latestReviewOfVersion(version2.id)?.id).toBe(input.reviewId);
    expect(store.listReviews(first.series.id).map((r) => r.id)).toEqual([first.reviewId, input.reviewId]);
    expect(store.listReviews().map((r) => r.id)).toEqual([first.reviewId, input.reviewId]);
    expect(store.listReviews(first.series.id + 100)).toEqual([]);
  });

  it('refuses a review of an unknown version, a duplicate id or an unknown previous review, writing nothing', () => {
    const { version, reviewId } = reviewedPolicy();
    const before = store.history().length;
    expect(() => store.createReview(newReview(9999, v1))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => store.createReview(newReview(version.id, v1, { reviewId }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => store.createReview(newReview(version.id, v1, { previousReviewId: 'gone' }))).toThrow(expect.objectContaining({ code: 'REVIEW_NOT_FOUND' }));
    expect(store.history()).toHaveLength(before);
  });

  it('writes a review completely or not at all: a bad item half-way leaves no trace', () => {
    const { version } = reviewedPolicy();
    const items = [...v1.items.slice(0, 10).map((item) => ({ ...item, decision: decided('accepted') })), { ...v1.items[10]!, key: v1.items[0]!.key }];
    const input = newReview(version.id, v1, { items });
    expect(() => store.createReview(input)).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    expect(store.getReview(input.reviewId)).toBeUndefined();
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.prepare('SELECT count(*) FROM review_items WHERE review_id = ?').pluck().get(input.reviewId)).toBe(0);
      expect(raw.prepare('SELECT count(*) FROM decisions').pluck().get()).toBe(0);
    } finally {
      raw.close();
    }
    expect(store.history({ reviewId: input.reviewId })).toEqual([]);
  });
});

describe('decisions', () => {
  it('appends decisions: the checklist shows the newest, the history keeps them all', () => {
    const { reviewId, series } = reviewedPolicy();
    const key = v1.items[0]!.key;
    const first = decided('accepted', 'Anna Lind', '2025-03-04T10:00:00.000Z');
    const second = decided('not-applicable', 'Bo Ek', '2025-03-04T10:05:00.000Z');
    // Same time as the second: order of recording decides, not the clock.
    const third = decided('fixed', 'Anna Lind', '2025-03-04T10:05:00.000Z');
    store.recordDecision(reviewId, key, first);
    store.recordDecision(reviewId, key, second);
    store.recordDecision(reviewId, key, third);
    expect(store.decisionHistory(reviewId, key)).toEqual([first, second, third]);
    const checklist = store.getChecklist(reviewId)!;
    expect(checklist.items[0]!.decision).toEqual(third);
    expect(checklist.items.slice(1).every((item) => item.decision === undefined)).toBe(true);
    expect(store.decisionHistory(reviewId, v1.items[1]!.key)).toEqual([]);

    const events = store.history({ reviewId }).filter((e) => e.action === 'decision-recorded');
    expect(events.map((e) => [e.actor, e.itemKey, e.seriesId, e.details['decision']])).toEqual([
      ['Anna Lind', key, series.id, 'accepted'],
      ['Bo Ek', key, series.id, 'not-applicable'],
      ['Anna Lind', key, series.id, 'fixed'],
    ]);
  });

  it('keeps a standing question\'s answer', () => {
    const { reviewId } = reviewedPolicy();
    const question = v1.items.find((item) => item.kind === 'question')!;
    const record = decided('fixed', 'Anna Lind', '2025-03-04T10:00:00.000Z', { answer: 'Protokoll 2025-03-04 § 12' });
    store.recordDecision(reviewId, question.key, record);
    expect(store.getChecklist(reviewId)!.items.find((item) => item.key === question.key)!.decision).toEqual(record);
  });

  it('refuses unknown reviews and items, missing reasons and completed reviews', () => {
    const { reviewId } = reviewedPolicy();
    const key = v1.items[0]!.key;
    expect(() => store.recordDecision('nope', key, decided('fixed'))).toThrow(expect.objectContaining({ code: 'REVIEW_NOT_FOUND', params: { id: 'nope' } }));
    expect(() => store.recordDecision(reviewId, 'f-nope', decided('fixed'))).toThrow(
      expect.objectContaining({ code: 'ITEM_NOT_FOUND', params: { item: 'f-nope', review: reviewId } }),
    );
    expect(() => store.decisionHistory(reviewId, 'f-nope')).toThrow(expect.objectContaining({ code: 'ITEM_NOT_FOUND' }));
    expect(() => store.recordDecision(reviewId, key, { decision: 'accepted', reason: '  ', reviewer: 'Anna Lind', decidedAt: '2025-03-04T10:00:00.000Z' })).toThrow(
      expect.objectContaining({ code: 'REASON_REQUIRED', params: { decision: 'accepted' } }),
    );
    decideAll(reviewId, v1.items);
    store.completeReview(reviewId, 'Anna Lind', '2025-03-04T11:00:00.000Z');
    expect(() => store.recordDecision(reviewId, key, decided('fixed'))).toThrow(expect.objectContaining({ code: 'REVIEW_COMPLETED' }));
    expect(store.decisionHistory(reviewId, key)).toHaveLength(1);
  });
});

describe('completing and reopening', () => {
  it('refuses to complete while items are undecided or open, counting them', () => {
    const { reviewId } = reviewedPolicy();
    expect(() => store.completeReview(reviewId, 'Anna Lind', '2025-03-04T11:00:00.000Z')).toThrow(
      expect.objectContaining({ code: 'ITEMS_OPEN', params: { count: v1.items.length } }),
    );
    decideAll(reviewId, v1.items);
    // Set back to open explicitly: still counts as open.
    store.recordDecision(reviewId, v1.items[3]!.key, decided('open', 'Bo Ek'));
    expect(() => store.completeReview(reviewId, 'Anna Lind', '2025-03-04T11:00:00.000Z')).toThrow(expect.objectContaining({ code: 'ITEMS_OPEN', params: { count: 1 } }));
    expect(store.getReview(reviewId)?.status).toBe('open');
  });

  it('completes, refuses to complete twice, reopens and completes again', () => {
    const { reviewId } = reviewedPolicy();
    decideAll(reviewId, v1.items);
    store.completeReview(reviewId, 'Anna Lind', '2025-03-04T11:00:00.000Z');
    expect(store.getChecklist(reviewId)).toMatchObject({ status: 'completed', completedAt: '2025-03-04T11:00:00.000Z', completedBy: 'Anna Lind' });
    expect(() => store.completeReview(reviewId, 'Bo Ek', '2025-03-04T11:30:00.000Z')).toThrow(expect.objectContaining({ code: 'REVIEW_COMPLETED' }));

    store.reopenReview(reviewId, 'Bo Ek', '2025-03-05T09:00:00.000Z');
    const reopened = store.getReview(reviewId)!;
    expect(reopened.status).toBe('open');
    expect(reopened.completedAt).toBeUndefined();
    expect(reopened.completedBy).toBeUndefined();
    store.recordDecision(reviewId, v1.items[0]!.key, decided('fixed', 'Bo Ek', '2025-03-05T09:10:00.000Z'));
    store.completeReview(reviewId, 'Bo Ek', '2025-03-05T09:20:00.000Z');
    expect(store.getReview(reviewId)).toMatchObject({ status: 'completed', completedBy: 'Bo Ek' });

    expect(store.history({ reviewId }).filter((e) => e.action !== 'decision-recorded').map((e) => [e.action, e.actor, e.at])).toEqual([
      ['review-created', 'Anna Lind', expect.any(String)],
      ['review-completed', 'Anna Lind', '2025-03-04T11:00:00.000Z'],
      ['review-reopened', 'Bo Ek', '2025-03-05T09:00:00.000Z'],
      ['review-completed', 'Bo Ek', '2025-03-05T09:20:00.000Z'],
    ]);
  });

  it('leaves an open review open when asked to reopen it, without a history event', () => {
    const { reviewId } = reviewedPolicy();
    store.reopenReview(reviewId, 'Bo Ek', '2025-03-05T09:00:00.000Z');
    expect(store.history({ reviewId }).map((e) => e.action)).toEqual(['review-created']);
    expect(() => store.reopenReview('nope', 'Bo Ek', '2025-03-05T09:00:00.000Z')).toThrow(expect.objectContaining({ code: 'REVIEW_NOT_FOUND' }));
    expect(() => store.completeReview('nope', 'Bo Ek', '2025-03-05T09:00:00.000Z')).toThrow(expect.objectContaining({ code: 'REVIEW_NOT_FOUND' }));
  });

  it('completes a checklist without items', () => {
    const series = store.ensureSeries('Tom', 'other', '2025-03-01T08:00:00.000Z');
    const version = store.addVersion(series.id, v1.document, '2025-03-01T08:01:00.000Z');
    const { id: reviewId } = store.createReview(newReview(version.id, v1, { items: [] }));
    store.completeReview(reviewId, 'Anna Lind', '2025-03-04T11:00:00.000Z');
    expect(store.getChecklist(reviewId)?.status).toBe('completed');
  });
});

describe('reviewers and signatures', () => {
  it('saves reviewers once per name', () => {
    const bo = testReviewer('Bo Ek');
    const anna = testReviewer('Anna Lind');
    store.saveReviewer(bo);
    store.saveReviewer(anna);
    expect(store.findReviewer('Bo Ek')).toEqual(bo);
    expect(store.findReviewer('Cecilia')).toBeUndefined();
    expect(store.listReviewers()).toEqual([anna, bo]);
    expect(() => store.saveReviewer(testReviewer('Bo Ek'))).toThrow(expect.objectContaining({ code: 'REVIEWER_EXISTS', params: { name: 'Bo Ek' } }));
    expect(store.findReviewer('Bo Ek')).toEqual(bo);
    expect(store.history().map((e) => [e.action, e.actor])).toEqual([
      ['reviewer-created', 'Bo Ek'],
      ['reviewer-created', 'Anna Lind'],
    ]);
  });

  it('signs only completed reviews, once per reviewer and completion, with the reviewer\'s own key', () => {
    const anna = testReviewer('Anna Lind');
    const bo = testReviewer('Bo Ek');
    store.saveReviewer(anna);
    store.saveReviewer(bo);
    const { reviewId } = reviewedPolicy();
    const signature = (reviewer: typeof anna, signedAt: string) => ({
      reviewer: reviewer.name,
      keyFingerprint: reviewer.keyFingerprint,
      signedAt,
      entry: { reviewer: reviewer.name, signedAt, signature: 'base64…', contentSha256: 'ab'.repeat(32) },
    });

    expect(() => store.addSignature(reviewId, signature(anna, '2025-03-04T12:00:00.000Z'))).toThrow(expect.objectContaining({ code: 'REVIEW_NOT_COMPLETED' }));
    decideAll(reviewId, v1.items);
    store.completeReview(reviewId, 'Anna Lind', '2025-03-04T11:00:00.000Z');

    const annaSigns = signature(anna, '2025-03-04T12:00:00.000Z');
    store.addSignature(reviewId, annaSigns);
    expect(() => store.addSignature(reviewId, signature(anna, '2025-03-04T12:01:00.000Z'))).toThrow(expect.objectContaining({ code: 'ALREADY_SIGNED', params: { name: 'Anna Lind' } }));
    expect(() => store.addSignature(reviewId, signature(testReviewer('Cecilia'), '2025-03-04T12:02:00.000Z'))).toThrow(expect.objectContaining({ code: 'REVIEWER_NOT_FOUND' }));
    expect(() => store.addSignature(reviewId, { ...signature(bo, '2025-03-04T12:03:00.000Z'), keyFingerprint: anna.keyFingerprint })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => store.addSignature('nope', annaSigns)).toThrow(expect.objectContaining({ code: 'REVIEW_NOT_FOUND' }));
    const boSigns = signature(bo, '2025-03-04T12:05:00.000Z');
    store.addSignature(reviewId, boSigns);

    expect(store.listSignatures(reviewId)).toEqual([annaSigns, boSigns]);
    expect(store.getChecklist(reviewId)!.signatures).toEqual([
      { reviewer: 'Anna Lind', keyFingerprint: anna.keyFingerprint, signedAt: '2025-03-04T12:00:00.000Z' },
      { reviewer: 'Bo Ek', keyFingerprint: bo.keyFingerprint, signedAt: '2025-03-04T12:05:00.000Z' },
    ]);

    // Reopening: the signatures no longer belong to the review as it stands, and may be given again.
    store.reopenReview(reviewId, 'Bo Ek', '2025-03-05T09:00:00.000Z');
    expect(store.listSignatures(reviewId)).toEqual([]);
    expect(store.getChecklist(reviewId)!.signatures).toEqual([]);
    expect(store.history({ reviewId }).at(-1)).toMatchObject({ action: 'review-reopened', details: { signaturesNoLongerValid: 2 } });
    store.completeReview(reviewId, 'Bo Ek', '2025-03-05T09:30:00.000Z');
    expect(store.listSignatures(reviewId)).toEqual([]);
    const annaAgain = signature(anna, '2025-03-05T10:00:00.000Z');
    store.addSignature(reviewId, annaAgain);
    expect(store.listSignatures(reviewId)).toEqual([annaAgain]);

    const signed = store.history({ reviewId }).filter((e) => e.action === 'review-signed');
    expect(signed.map((e) => [e.actor, e.details['round']])).toEqual([
      ['Anna Lind', 1],
      ['Bo Ek', 1],
      ['Anna Lind', 2],
    ]);
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.prepare('SELECT count(*) FROM signatures').pluck().get()).toBe(3);
    } finally {
      raw.close();
    }
  });
});

describe('history', () => {
  it('logs every write, oldest first, filtered by series or review, the limit keeping the newest', () => {
    const first = reviewedPolicy();
    const other = store.ensureSeries('Annan', 'jobad', '2025-03-02T08:00:00.000Z');
    store.recordDecision(first.reviewId, v1.items[0]!.key, decided('fixed'));
    store.recordDecision(first.reviewId, v1.items[1]!.key, decided('fixed'));

    const all = store.history();
    expect(all.map((e) => e.action)).toEqual(['series-created', 'version-imported', 'review-created', 'series-created', 'decision-recorded', 'decision-recorded']);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => a - b));
    expect(store.history({ seriesId: other.id }).map((e) => e.action)).toEqual(['series-created']);
    expect(store.history({ seriesId: first.series.id }).map((e) => e.action)).toEqual([
      'series-created',
      'version-imported',
      'review-created',
      'decision-recorded',
      'decision-recorded',
    ]);
    expect(store.history({ reviewId: first.reviewId, seriesId: first.series.id })).toHaveLength(3);
    expect(store.history({ reviewId: first.reviewId, seriesId: other.id })).toEqual([]);
    expect(store.history({ limit: 2 })).toEqual(all.slice(-2));
    expect(store.history({ reviewId: first.reviewId, limit: 1 })).toEqual(all.slice(-1));
    expect(store.history({ limit: 0 })).toEqual([]);
    expect(() => store.history({ limit: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => store.history({ limit: 1.5 })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('the file', () => {
  it('gives the same data after closing and opening it again', () => {
    const { reviewId, series } = reviewedPolicy();
    store.recordDecision(reviewId, v1.items[0]!.key, decided('accepted'));
    store.saveReviewer(testReviewer('Anna Lind'));
    const before = {
      checklist: store.getChecklist(reviewId),
      review: store.getReview(reviewId),
      series: store.listSeries(),
      versions: store.listVersions(series.id),
      reviewers: store.listReviewers(),
      history: store.history(),
    };
    store.close();
    store = openReviewStore(path);
    expect({
      checklist: store.getChecklist(reviewId),
      review: store.getReview(reviewId),
      series: store.listSeries(),
      versions: store.listVersions(series.id),
      reviewers: store.listReviewers(),
      history: store.history(),
    }).toEqual(before);
  });

  it('binds values as parameters: quotes and SQL in names are just text', () => {
    const name = "Policy'); DROP TABLE series; --";
    const series = store.ensureSeries(name, 'policy', '2025-03-01T08:00:00.000Z');
    expect(store.findSeries(name)).toEqual(series);
    expect(store.listSeries()).toEqual([series]);
  });
});
