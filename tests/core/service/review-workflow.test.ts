import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReviewService, type ClosableReviewService } from '../../../core/service/index.js';
import type { Checklist, ChecklistItem } from '../../../core/review/checklist-types.js';
import { readJobAdFixture } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { readPolicyFixtureText } from '../../fixtures/documents/policyer/read-policy-fixture.js';

/**
 * The whole review workflow through the one service, on a real SQLite file: import, check,
 * checklist, decisions, completion, co-signing, verification, exports, and the next draft
 * carried over.
 */
let clock = Date.parse('2025-06-02T08:00:00.000Z');
const now = (): string => new Date((clock += 60_000)).toISOString();
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

let dir: string;
let service: ClosableReviewService;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vardekollen-workflow-'));
  service = createReviewService({ databasePath: join(dir, 'reviews.db'), isolateImports: false, now });
});
afterAll(() => service.close());

const byRule = (checklist: Checklist, suffix: string): ChecklistItem[] => checklist.items.filter((i) => i.ruleId?.endsWith(suffix));

async function decideAll(reviewId: string, reviewer: string): Promise<void> {
  const checklist = await service.getChecklist({ reviewId });
  for (const item of checklist.items) {
    if (item.decision && item.decision.decision !== 'open') continue;
    const decision = item.kind === 'question' ? 'fixed' : item.severity === 'info' ? 'accepted' : 'fixed';
    await service.decide({
      reviewId,
      itemKey: item.key,
      decision,
      ...(decision === 'accepted' ? { reason: 'Godtas: formuleringen är avsiktlig.' } : {}),
      ...(item.kind === 'question' && item.answerPrompt ? { answer: 'Protokoll 2025-06-01 § 4' } : {}),
      reviewer,
    });
  }
}

describe('a job ad from first draft to signed checklist and second draft', () => {
  const v1 = readJobAdFixture('trafikverket-kommunikator.txt');
  let reviewId = '';

  it('imports, checks and opens a checklist grouped by principle with standing questions', async () => {
    const started = await service.startReview({ source: { kind: 'bytes', bytes: bytes(v1), fileName: 'annons-v1.txt' }, seriesName: 'Kommunikatör Region Syd', type: 'jobad', reviewer: 'Anna Berg' });
    reviewId = started.checklist.reviewId;
    expect(reviewId).toBe('kommunikator-region-syd-v1');
    expect(started.reused).toBe(false);
    expect(started.checklist.version).toBe(1);
    expect(started.checklist.documentType).toBe('jobad');
    expect(byRule(started.checklist, 'alder-grans')[0]?.occurrences[0]?.quote).toContain('mellan 25 och 35 år');
    expect(started.checklist.items.some((i) => i.kind === 'question' && i.questionId === 'vardegrund/krav-kopplade-till-uppgifter')).toBe(true);
    expect(started.checklist.items.every((i) => i.decision === undefined && i.carry === 'new')).toBe(true);
    const principles = started.checklist.items.map((i) => i.principle);
    expect(principles).toEqual([...principles].sort((a, b) => order(a) - order(b)));
  });

  it('returns the same review when the same file is imported again', async () => {
    const again = await service.startReview({ source: { kind: 'bytes', bytes: bytes(v1), fileName: 'annons-v1.txt' }, seriesName: 'Kommunikatör Region Syd', reviewer: 'Anna Berg' });
    expect(again.reused).toBe(true);
    expect(again.checklist.reviewId).toBe(reviewId);
  });

  it('requires reasons, refuses completion while items are open, and keeps every decision in the history', async () => {
    const item = byRule(await service.getChecklist({ reviewId }), 'etnicitet-modersmal')[0]!;
    await expect(service.decide({ reviewId, itemKey: item.key, decision: 'accepted', reviewer: 'Anna Berg' })).rejects.toMatchObject({ code: 'REASON_REQUIRED' });
    await service.decide({ reviewId, itemKey: item.key, decision: 'fixed', reviewer: 'Anna Berg' });
    await service.decide({ reviewId, itemKey: item.key, decision: 'accepted', reason: 'Texterna ska hålla mycket hög språklig nivå.', reviewer: 'Bo Ek' });
    expect((await service.itemHistory({ reviewId, itemKey: item.key })).map((d) => [d.decision, d.reviewer])).toEqual([
      ['fixed', 'Anna Berg'],
      ['accepted', 'Bo Ek'],
    ]);
    await expect(service.completeReview({ reviewId, reviewer: 'Anna Berg' })).rejects.toMatchObject({ code: 'ITEMS_OPEN' });
    await expect(service.decide({ reviewId, itemKey: 'f-nonexistent', decision: 'fixed', reviewer: 'Anna Berg' })).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' });
  });

  it('completes, is co-signed by two reviewers and verifies offline, against the document too', async () => {
    await decideAll(reviewId, 'Anna Berg');
    const completed = await service.completeReview({ reviewId, reviewer: 'Anna Berg' });
    expect(completed.status).toBe('completed');
    await expect(service.decide({ reviewId, itemKey: completed.items[0]!.key, decision: 'open', reviewer: 'Anna Berg' })).rejects.toMatchObject({ code: 'REVIEW_COMPLETED' });

    const anna = await service.createReviewer({ name: 'Anna Berg', passphrase: 'korrekt häst batteri' });
    await service.createReviewer({ name: 'Bo Ek', passphrase: 'ett annat lösenord' });
    expect(anna.keyFingerprint).toMatch(/^SHA256:/);
    await expect(service.signReview({ reviewId, reviewer: 'Anna Berg', passphrase: 'fel lösenord' })).rejects.toMatchObject({ code: 'PASSPHRASE_INCORRECT' });
    await service.signReview({ reviewId, reviewer: 'Anna Berg', passphrase: 'korrekt häst batteri' });
    const signed = await service.signReview({ reviewId, reviewer: 'Bo Ek', passphrase: 'ett annat lösenord' });
    expect(signed.signatures.map((s) => s.reviewer)).toEqual(['Anna Berg', 'Bo Ek']);
    await expect(service.signReview({ reviewId, reviewer: 'Bo Ek', passphrase: 'ett annat lösenord' })).rejects.toMatchObject({ code: 'ALREADY_SIGNED' });

    const exported = await service.exportChecklist({ reviewId, format: 'json', language: 'sv' });
    expect(exported.fileName).toBe(`${reviewId}.vardekollen.json`);
    const text = new TextDecoder().decode(exported.bytes);
    const report = await service.verify({ signedFile: text, document: { kind: 'bytes', bytes: bytes(v1), fileName: 'annons-v1.txt' } });
    expect(report.verdict).toBe('valid');
    expect(report.signatures.map((s) => [s.reviewer, s.valid, s.signer])).toEqual([
      ['Anna Berg', true, 'known'],
      ['Bo Ek', true, 'known'],
    ]);
    const otherDocument = await service.verify({ signedFile: text, document: { kind: 'bytes', bytes: bytes(`${v1}\nEn ändring.`), fileName: 'x.txt' } });
    expect(otherDocument.verdict).toBe('document-mismatch');
    const tampered = text.replace('Texterna ska hålla mycket hög språklig nivå.', 'Godkänt av chefen.');
    const tamperedReport = await service.verify({ signedFile: tampered });
    expect(tamperedReport.valid).toBe(false);
    expect(JSON.stringify(tamperedReport.changes)).toContain('reason');
  });

  it('exports the checklist as Markdown, HTML, Word and SARIF with the decisions in them', async () => {
    const md = new TextDecoder().decode((await service.exportChecklist({ reviewId, format: 'markdown', language: 'sv' })).bytes);
    expect(md).toContain('Texterna ska hålla mycket hög språklig nivå.');
    const html = new TextDecoder().decode((await service.exportChecklist({ reviewId, format: 'html', language: 'en' })).bytes);
    expect(html).toContain('Bo Ek');
    expect(html).not.toMatch(/<script/i);
    const docx = await service.exportChecklist({ reviewId, format: 'docx', language: 'sv' });
    const raw = await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) });
    expect(raw.value).toContain('Texterna ska hålla mycket hög språklig nivå.');
    const sarif = JSON.parse(new TextDecoder().decode((await service.exportChecklist({ reviewId, format: 'sarif', language: 'sv' })).bytes)) as {
      runs: { results: { suppressions?: { justification: string }[] }[] }[];
    };
    expect(sarif.runs[0]!.results.some((r) => r.suppressions?.[0]?.justification === 'Texterna ska hålla mycket hög språklig nivå.')).toBe(true);
  });

  it('carries the review over to the second draft: fixed, remaining with its decision, new, and the changed paragraphs', async () => {
    const v2 = v1
      .replace(' Vi är ett ungt gäng på kommunikationsenheten i Malmö som nu söker en ny kollega.', ' Kommunikationsenheten i Malmö söker nu en ny kollega.')
      .replace(', gärna mellan 25 och 35 år', '')
      .replace('Högskoleexamen krävs,', 'Du är frisk och har god fysik. Högskoleexamen krävs,');
    const started = await service.startReview({ source: { kind: 'bytes', bytes: bytes(v2), fileName: 'annons-v2.txt' }, seriesName: 'Kommunikatör Region Syd', reviewer: 'Anna Berg' });
    const checklist = started.checklist;
    expect(checklist.reviewId).toBe('kommunikator-region-syd-v2');
    expect(checklist.version).toBe(2);
    expect(checklist.resolved.map((r) => r.ruleId).sort()).toEqual(['vardegrund/jobbannons/alder-grans', 'vardegrund/jobbannons/alder-ung']);
    const modersmal = byRule(checklist, 'etnicitet-modersmal')[0]!;
    expect(modersmal).toMatchObject({ carry: 'remaining', decision: { decision: 'accepted', reviewer: 'Bo Ek' } });
    for (const item of [...byRule(checklist, 'halsa-frisk'), ...byRule(checklist, 'halsa-fysik')]) expect(item).toMatchObject({ carry: 'new', decision: undefined });
    // "Presstalesman" was marked fixed in draft 1 but is still there: open again, and the
    // reviewer is told who marked it fixed, in the stored checklist and in the export.
    const stored = await service.getChecklist({ reviewId: checklist.reviewId });
    const title = byRule(stored, 'kon-yrkestitel')[0]!;
    expect(title).toMatchObject({ carry: 'remaining', decision: undefined, reopened: { decision: 'fixed' } });
    // Every finding draft 1 called fixed and draft 2 still has is reopened, nothing else.
    for (const item of stored.items.filter((i) => i.reopened)) expect(item).toMatchObject({ kind: 'finding', carry: 'remaining', decision: undefined, reopened: { decision: 'fixed', reviewer: 'Anna Berg' } });
    expect(stored.items.filter((i) => i.kind === 'finding' && i.carry === 'remaining' && i.decision?.decision === 'fixed')).toEqual([]);
    const markdown = new TextDecoder().decode((await service.exportChecklist({ reviewId: checklist.reviewId, format: 'markdown', language: 'sv' })).bytes);
    expect(markdown).toContain('kvarstår trots att den markerades åtgärdad i förra versionen');
    expect(checklist.changes.map((c) => c.kind)).toEqual(['changed', 'changed']);
    expect(checklist.changes[0]?.after?.text).toContain('Kommunikationsenheten i Malmö söker nu en ny kollega.');
    const series = await service.listSeries();
    expect(series).toEqual([expect.objectContaining({ name: 'Kommunikatör Region Syd', versions: 2, latest: expect.objectContaining({ version: 2, status: 'open' }) })]);
    const history = await service.history({ seriesName: 'Kommunikatör Region Syd' });
    expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(['version-imported', 'review-created', 'decision-recorded', 'review-completed', 'review-signed']));
    // The series and its versions are recorded as started by the reviewer who imported them.
    expect(history.filter((e) => e.action === 'series-created' || e.action === 'version-imported').map((e) => e.actor)).toEqual(['Anna Berg', 'Anna Berg', 'Anna Berg']);
  });
});

describe('a policy reviewed, reopened and re-signed', () => {
  it('drops signatures that no longer fit after a reopened review changes', async () => {
    const text = readPolicyFixtureText("mediepolicy-forbud.txt");
    const { checklist } = await service.startReview({ source: { kind: 'bytes', bytes: bytes(text), fileName: 'mediepolicy.txt' }, type: 'policy', reviewer: 'Cecilia Ny' });
    expect(checklist.documentType).toBe('policy');
    expect(checklist.items.some((i) => i.ruleId?.startsWith('vardegrund/policy/meddelarfrihet/') && i.severity === 'error')).toBe(true);
    expect(checklist.items.some((i) => i.questionId === 'vardegrund/samverkan-facket')).toBe(true);
    await decideAll(checklist.reviewId, 'Cecilia Ny');
    await service.completeReview({ reviewId: checklist.reviewId, reviewer: 'Cecilia Ny' });
    await service.createReviewer({ name: 'Cecilia Ny', passphrase: 'lång nog fras' });
    await service.signReview({ reviewId: checklist.reviewId, reviewer: 'Cecilia Ny', passphrase: 'lång nog fras' });
    await service.reopenReview({ reviewId: checklist.reviewId, reviewer: 'Cecilia Ny' });
    const first = (await service.getChecklist({ reviewId: checklist.reviewId })).items[0]!;
    await service.decide({ reviewId: checklist.reviewId, itemKey: first.key, decision: 'not-applicable', reason: 'Gäller inte denna version.', reviewer: 'Cecilia Ny' });
    await service.completeReview({ reviewId: checklist.reviewId, reviewer: 'Cecilia Ny' });
    expect((await service.signedFile({ reviewId: checklist.reviewId })).signatures).toEqual([]);
  });
});

const ORDER = ['demokrati', 'legalitet', 'objektivitet', 'fri-asiktsbildning', 'respekt', 'effektivitet-service'];
function order(principle: string): number {
  return ORDER.indexOf(principle);
}

describe('checking a document that is not Swedish', () => {
  it('says so in the words every front end shows, and says nothing for Swedish', async () => {
    const english = 'Communications officer. We are looking for an experienced communications officer who writes clear texts for the public, plans campaigns and answers questions from the press. '.repeat(4);
    const checked = await service.checkDocument({ source: { kind: 'bytes', bytes: bytes(english), fileName: 'advert.txt' } });
    expect(checked.result.language?.language).toBe('en');
    expect(checked.languageNotice?.sv).toMatch(/^Texten verkar vara på engelska\./);
    expect(checked.languageNotice?.en).toMatch(/^The text appears to be in English\./);
    const swedish = await service.checkDocument({ source: { kind: 'bytes', bytes: bytes(readJobAdFixture('trafikverket-kommunikator.txt')), fileName: 'annons.txt' } });
    expect(swedish.languageNotice).toBeUndefined();
  });
});
