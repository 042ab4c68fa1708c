import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../core/import/index.js';
import type { Checklist } from '../../../core/review/checklist-types.js';
import type { StoredReviewer } from '../../../core/store/review-store.js';
import {
  buildSignedFile,
  coSignFile,
  createReviewerKey,
  describeVerification,
  serializeSignedFile,
  signableContent,
  signContent,
  verifySignedFile,
  type SignatureEntry,
  type SignedContent,
} from '../../../core/signoff/index.js';
import { canonicalJson } from '../../../core/util/canonical-json.js';
import { JOB_AD_FIXTURES } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { buildTextPdf } from '../../fixtures/pdf/build-text-pdf.js';
import { checklistFor } from './real-checklist.js';

const ANNA = { name: 'Anna Berg', passphrase: 'Granskning är ett lagarbete' };
const BJORN = { name: 'Björn Lind', passphrase: 'fyra ögon ser mer än två' };
const FILE_NAME = 'trafikverket-kommunikator.txt';

let anna: StoredReviewer;
let bjorn: StoredReviewer;
let bytes: Uint8Array;
let checklist: Checklist;
let content: SignedContent;
let annaEntry: SignatureEntry;

beforeAll(async () => {
  anna = createReviewerKey(ANNA.name, ANNA.passphrase, '2025-06-01T08:00:00.000Z');
  bjorn = createReviewerKey(BJORN.name, BJORN.passphrase, '2025-06-01T08:05:00.000Z');
  bytes = new Uint8Array(readFileSync(join(JOB_AD_FIXTURES, FILE_NAME)));
  checklist = checklistFor(await importDocument(bytes, { fileName: FILE_NAME }), { type: 'jobad', withResolved: true });
  content = signableContent(checklist);
  annaEntry = signContent(content, anna, ANNA.passphrase, '2025-06-10T16:00:00.000Z');
});

describe('what a sign-off binds', () => {
  it('holds the document, rule set, review and every decision of the checklist', () => {
    expect(content.document).toEqual({
      fileName: FILE_NAME,
      title: checklist.document.title,
      format: 'text',
      fileSha256: checklist.document.fileSha256,
      textSha256: checklist.document.textSha256,
      pageCount: null,
    });
    expect(content.ruleSet).toEqual(checklist.ruleSet);
    expect(content.review).toMatchObject({ id: checklist.reviewId, series: checklist.seriesName, version: 2, documentType: 'jobad', completedBy: 'Anna Berg' });
    expect(content.items.map((i) => i.key)).toEqual(checklist.items.map((i) => i.key));
    expect(content.items.some((i) => i.kind === 'question' && i.answer !== null)).toBe(true);
    for (const [index, item] of checklist.items.entries()) {
      const signed = content.items[index]!;
      expect(signed).toMatchObject({
        decision: item.decision?.decision,
        reason: item.decision?.reason ?? null,
        answer: item.decision?.answer ?? null,
        decidedBy: item.decision?.reviewer ?? null,
        decidedAt: item.decision?.decidedAt ?? null,
        message: item.message,
      });
      expect(signed.occurrences.map((o) => o.quote)).toEqual(item.occurrences.map((o) => o.quote));
      expect(signed.occurrences.map((o) => o.location.line)).toEqual(item.occurrences.map((o) => o.origin?.line));
    }
    expect(content.resolved.map((r) => r.previousKey)).toEqual(['f-0ld1', 'f-0ld2']);
  });

  it('leaves out display data that follows from what is kept', () => {
    const text = canonicalJson(content);
    for (const left of ['"title":{', '"suggestion"', '"legal"', '"context"', '"headingPath"', '"position"', '"wordCount"']) expect(text).not.toContain(left);
  });

  it('refuses to sign a review that is not completed, before asking for the key', () => {
    const open = signableContent({ ...checklist, status: 'open', completedAt: undefined, completedBy: undefined });
    expect(() => signContent(open, anna, 'wrong passphrase!', '2025-06-10T16:00:00.000Z')).toThrow(expect.objectContaining({ code: 'REVIEW_NOT_COMPLETED' }));
    const undecided = signableContent({ ...checklist, items: checklist.items.map((item, i) => (i === 0 ? { ...item, decision: undefined } : item)) });
    expect(() => signContent(undecided, anna, ANNA.passphrase, '2025-06-10T16:00:00.000Z')).toThrow(expect.objectContaining({ code: 'REVIEW_NOT_COMPLETED' }));
  });

  it('refuses to sign what the verifier could not read back, naming the place', () => {
    const longKey = signableContent({ ...checklist, items: checklist.items.map((item, i) => (i === 1 ? { ...item, key: `f-${'9'.repeat(300)}` } : item)) });
    expect(() => signContent(longKey, anna, 'wrong passphrase!', '2025-06-10T16:00:00.000Z')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', params: { detail: expect.stringContaining('content.items[1].key: longer than 200 characters') } }),
    );
  });

  it('refuses a signing time that is not ISO 8601 UTC', () => {
    expect(() => signContent(content, anna, ANNA.passphrase, '10 juni 2025')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('sign and verify', () => {
  it('verifies a freshly signed file from its text, its bytes and its parsed JSON', () => {
    const text = serializeSignedFile(buildSignedFile(content, [annaEntry]));
    for (const input of [text, new TextEncoder().encode(text), JSON.parse(text) as unknown]) {
      const report = verifySignedFile(input, { documentBytes: bytes });
      expect(report.verdict).toBe('valid');
      expect(report.valid).toBe(true);
      expect(report.changes).toEqual([]);
      expect(report.signatures).toEqual([
        expect.objectContaining({ reviewer: 'Anna Berg', keyFingerprint: anna.keyFingerprint, signedAt: '2025-06-10T16:00:00.000Z', valid: true, problems: [] }),
      ]);
      expect(report.document).toMatchObject({ fileMatches: true, conclusion: 'same-file' });
      expect(report.content).toEqual(content);
    }
  });

  it('does not depend on the layout of the JSON (re-indented or minified files still verify)', () => {
    const file = buildSignedFile(content, [annaEntry]);
    expect(verifySignedFile(JSON.stringify(file)).verdict).toBe('valid');
    expect(verifySignedFile(JSON.stringify(file, null, '\t')).verdict).toBe('valid');
  });

  it('says a file nobody signed is unsigned, not valid', () => {
    const report = verifySignedFile(serializeSignedFile(buildSignedFile(content, [])));
    expect(report.verdict).toBe('unsigned');
    expect(report.valid).toBe(false);
  });

  it('marks signers as known, unknown or known under another name when the caller knows the keys', () => {
    const file = buildSignedFile(content, [annaEntry]);
    expect(verifySignedFile(file, { knownKeys: [{ name: anna.name, keyFingerprint: anna.keyFingerprint }] })).toMatchObject({
      verdict: 'valid',
      signatures: [expect.objectContaining({ signer: 'known' })],
    });
    expect(verifySignedFile(file, { knownKeys: [{ name: bjorn.name, keyFingerprint: bjorn.keyFingerprint }] })).toMatchObject({
      verdict: 'unknown-signer',
      valid: false,
      signatures: [expect.objectContaining({ signer: 'unknown-key' })],
    });
    expect(verifySignedFile(file, { knownKeys: [{ name: 'Anna Bergström', keyFingerprint: anna.keyFingerprint }] }).signatures[0]).toMatchObject({
      signer: 'name-differs',
      knownAs: 'Anna Bergström',
    });
  });
});

describe('co-signing', () => {
  it('lets two reviewers sign the same content, each entry standing alone', () => {
    const bjornEntry = signContent(content, bjorn, BJORN.passphrase, '2025-06-11T09:30:00.000Z');
    const both = buildSignedFile(content, [annaEntry, bjornEntry]);
    const report = verifySignedFile(serializeSignedFile(both));
    expect(report.verdict).toBe('valid');
    expect(report.signatures.map((s) => [s.reviewer, s.keyFingerprint, s.signedAt, s.valid])).toEqual([
      ['Anna Berg', anna.keyFingerprint, '2025-06-10T16:00:00.000Z', true],
      ['Björn Lind', bjorn.keyFingerprint, '2025-06-11T09:30:00.000Z', true],
    ]);
    // Adding a signature never changes an earlier one.
    expect(canonicalJson(both.signatures[0])).toBe(canonicalJson(buildSignedFile(content, [annaEntry]).signatures[0]));
  });

  it('co-signs a file received from the first reviewer, keeping her entry byte for byte', () => {
    const first = serializeSignedFile(buildSignedFile(content, [annaEntry]));
    const second = coSignFile(first, bjorn, BJORN.passphrase, '2025-06-11T10:00:00.000Z');
    expect(second.signatures).toHaveLength(2);
    expect(canonicalJson(second.signatures[0])).toBe(canonicalJson(annaEntry));
    expect(verifySignedFile(serializeSignedFile(second)).verdict).toBe('valid');
  });

  it('refuses a second signature by the same key (ALREADY_SIGNED)', () => {
    const first = serializeSignedFile(buildSignedFile(content, [annaEntry]));
    expect(() => coSignFile(first, anna, ANNA.passphrase, '2025-06-11T10:00:00.000Z')).toThrow(expect.objectContaining({ code: 'ALREADY_SIGNED', params: { name: 'Anna Berg' } }));
    expect(() => buildSignedFile(content, [annaEntry, annaEntry])).toThrow(expect.objectContaining({ code: 'ALREADY_SIGNED' }));
  });

  it('refuses to co-sign a file that was changed after the first signature', () => {
    const file = JSON.parse(serializeSignedFile(buildSignedFile(content, [annaEntry]))) as { content: { items: { reason: string | null }[] } };
    file.content.items[1]!.reason = 'Ändrad i efterhand';
    expect(() => coSignFile(file, bjorn, BJORN.passphrase, '2025-06-11T10:00:00.000Z')).toThrow(expect.objectContaining({ code: 'SIGNED_FILE_INVALID' }));
  });

  it('refuses to put a signature over other content into a file', () => {
    const other = signableContent({ ...checklist, version: 3 });
    expect(() => buildSignedFile(other, [annaEntry])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('the document the caller holds', () => {
  it('reports a document with one byte changed as not the signed one', () => {
    const file = serializeSignedFile(buildSignedFile(content, [annaEntry]));
    const changed = bytes.slice();
    const middle = Math.floor(changed.length / 2);
    changed[middle] = changed[middle]! ^ 0x01;
    const report = verifySignedFile(file, { documentBytes: changed });
    expect(report.verdict).toBe('document-mismatch');
    expect(report.valid).toBe(false);
    expect(report.document).toMatchObject({ fileMatches: false, conclusion: 'different', signedFileSha256: checklist.document.fileSha256 });
    // The signatures themselves still hold: it is the document that differs.
    expect(report.signatures.every((s) => s.valid)).toBe(true);
  });

  it('recognises a re-saved PDF by its text when its bytes differ', async () => {
    const lines = ['Kommunikatör till Trafikverket', '', 'Vi är ett ungt gäng på kommunikationsenheten i Malmö.', 'Svenskt medborgarskap krävs för tjänsten.'];
    const original = await buildTextPdf([{ lines }], { title: 'Kommunikatör' });
    const resaved = await buildTextPdf([{ lines }], { title: 'Kommunikatör (sparad igen)' });
    expect(Buffer.from(original).equals(Buffer.from(resaved))).toBe(false);
    const signedDoc = await importDocument(original, { fileName: 'annons.pdf' });
    const resavedDoc = await importDocument(resaved, { fileName: 'annons.pdf' });
    const pdfContent = signableContent(checklistFor(signedDoc, { type: 'jobad' }));
    expect(pdfContent.document.pageCount).toBe(1);
    const occurrences = pdfContent.items.flatMap((i) => i.occurrences);
    expect(occurrences.map((o) => o.quote)).toEqual(expect.arrayContaining(['ungt', 'Svenskt medborgarskap']));
    expect(occurrences.every((o) => o.location.page === 1 && o.location.paragraphOnPage !== undefined)).toBe(true);
    const file = serializeSignedFile(buildSignedFile(pdfContent, [signContent(pdfContent, anna, ANNA.passphrase, '2025-06-12T08:00:00.000Z')]));

    const report = verifySignedFile(file, { documentBytes: resaved, documentTextSha256: resavedDoc.metadata.textSha256 });
    expect(report.verdict).toBe('valid-same-text');
    expect(report.valid).toBe(true);
    expect(report.document).toMatchObject({ fileMatches: false, textMatches: true, conclusion: 'same-text' });
    expect(verifySignedFile(file, { documentBytes: original }).verdict).toBe('valid');

    const edited = await importDocument(await buildTextPdf([{ lines: [...lines, 'Bifoga foto.'] }]), { fileName: 'annons.pdf' });
    expect(verifySignedFile(file, { documentTextSha256: edited.metadata.textSha256 }).verdict).toBe('document-mismatch');
  });
});

describe('describeVerification', () => {
  it('tells in Swedish and English who signed what and when', () => {
    const report = verifySignedFile(serializeSignedFile(buildSignedFile(content, [annaEntry])), { documentBytes: bytes });
    const sv = describeVerification(report, 'sv');
    const en = describeVerification(report, 'en');
    expect(sv[0]).toMatch(/^Resultat: GILTIG/);
    expect(en[0]).toMatch(/^Result: VALID/);
    for (const lines of [sv, en]) {
      const text = lines.join('\n');
      expect(text).toContain(`Anna Berg (${anna.keyFingerprint}), 2025-06-10T16:00:00.000Z`);
      expect(text).toContain(checklist.reviewId);
      expect(text).toContain(checklist.document.fileSha256);
      expect(text).toContain(FILE_NAME);
    }
    expect(sv.join('\n')).toContain('Dokumentfilen är den som checklistan gäller');
    expect(en.join('\n')).toContain('The document file is the one the checklist is about');
  });

  it('names a changed decision and an edited signing time in both languages', () => {
    const file = JSON.parse(serializeSignedFile(buildSignedFile(content, [annaEntry]))) as {
      content: { items: { key: string; decision: string }[] };
      signatures: { signedAt: string }[];
    };
    const item = file.content.items.find((i) => i.decision === 'fixed')!;
    item.decision = 'accepted';
    file.signatures[0]!.signedAt = '2025-06-09T16:00:00.000Z';
    const report = verifySignedFile(file);
    expect(report.verdict).toBe('invalid');
    const en = describeVerification(report, 'en').join('\n');
    const sv = describeVerification(report, 'sv').join('\n');
    expect(en).toContain(`item ${item.key}: decision changed`);
    expect(en).toContain('signedAt changed (signature invalid)');
    expect(sv).toContain(`punkt ${item.key}: decision (beslut) har ändrats`);
    expect(sv).toContain('signedAt har ändrats (underskriften håller inte)');
  });
});
