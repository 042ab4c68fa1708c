import { generateKeyPairSync, sign, verify } from 'node:crypto';
import type { Checklist, ChecklistItem } from '../../dist/core/review/checklist-types.js';
import { createReviewerKey } from '../../dist/core/signoff/reviewer-key.js';
import { signableContent } from '../../dist/core/signoff/signed-content.js';
import { buildSignedFile, serializeSignedFile } from '../../dist/core/signoff/signed-file.js';
import { verifySignedFile } from '../../dist/core/signoff/verify-signed-file.js';
import { caseArgs, median, reportCase } from '../harness.js';

/**
 * Signing a completed 1,000-item checklist and verifying the signed file, warm median (the
 * passphrase's key derivation, which is slow on purpose, is done once outside the timing); or,
 * with --mode baseline, the bare library: Ed25519 sign and verify of the checklist's JSON.
 */
const args = caseArgs();
const items = Number(args['items'] ?? 1000);
const runs = Number(args['runs'] ?? 7);
const checklist = syntheticChecklist(items);
const reviewer = createReviewerKey('Anna Berg', 'korrekt häst batteri', '2025-06-02T08:00:00.000Z');

let work: () => unknown;
if (args['mode'] === 'baseline') {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  work = () => {
    const bytes = Buffer.from(JSON.stringify(checklist));
    const signature = sign(null, bytes, privateKey);
    if (!verify(null, bytes, publicKey, signature)) throw new Error('verification failed');
    return signature;
  };
} else {
  const { unlockReviewerKey } = await import('../../dist/core/signoff/reviewer-key.js');
  const { signContentWithKey } = await import('../../dist/core/signoff/sign-content.js');
  const key = unlockReviewerKey(reviewer, 'korrekt häst batteri');
  work = () => {
    const content = signableContent(checklist);
    const file = buildSignedFile(content, [signContentWithKey(content, reviewer, key, '2025-06-03T10:00:00.000Z')]);
    const report = verifySignedFile(serializeSignedFile(file));
    if (!report.valid) throw new Error('verification failed');
    return report;
  };
}
work();
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  work();
  times.push(performance.now() - started);
}
reportCase(median(times), { items });

function syntheticChecklist(count: number): Checklist {
  const list: ChecklistItem[] = Array.from({ length: count }, (_, i) => ({
    key: `f-${i.toString(16).padStart(12, '0')}`,
    kind: 'finding',
    principle: 'effektivitet-service',
    severity: 'info',
    title: { sv: 'Lång mening', en: 'Long sentence' },
    message: { sv: `Meningen har ${30 + (i % 20)} ord.`, en: `The sentence has ${30 + (i % 20)} words.` },
    ruleId: 'vardegrund/klarsprak/lang-mening',
    occurrences: [{ findingId: `x#${i}`, quote: `Mening nummer ${i} som är lång.`, span: { start: i * 100, end: i * 100 + 30 }, origin: { page: 1 + Math.floor(i / 30), paragraphOnPage: 1 + (i % 30), headingPath: [] } }],
    legal: [{ law: 'språklagen', sfs: '2009:600', section: '11' }],
    fingerprint: i.toString(16).padStart(64, '0'),
    carry: 'new',
    decision: { decision: 'accepted', reason: 'Avsiktligt.', reviewer: 'Anna Berg', decidedAt: '2025-06-02T09:00:00.000Z' },
    position: i,
  }));
  return {
    reviewId: 'riktlinje-v1',
    seriesName: 'Riktlinje',
    version: 1,
    documentType: 'policy',
    document: { fileName: 'riktlinje.pdf', title: 'Riktlinje', format: 'pdf', fileSha256: 'a'.repeat(64), textSha256: 'b'.repeat(64), pageCount: 40, wordCount: 30000 },
    ruleSet: { version: 'vardegrund@1.0.0', hash: 'c'.repeat(64) },
    createdAt: '2025-06-02T08:00:00.000Z',
    status: 'completed',
    completedAt: '2025-06-02T10:00:00.000Z',
    completedBy: 'Anna Berg',
    items: list,
    resolved: [],
    changes: [],
    signatures: [],
  };
}
