import { compare, type BenchRow } from '../harness.js';

/**
 * Issue 4's benchmarks: carrying a 1,000-finding review over to the next draft (against
 * checking that draft, which every version costs anyway), signing plus verifying a 1,000-item
 * checklist (against a bare Ed25519 sign of its JSON, and against itself at 250 items: linear
 * growth is 4x, quadratic 16x), and storing and opening a 1,000-item checklist (against bare
 * better-sqlite3 with the same items as JSON rows).
 */
export async function reviewBenchmarks(runs: number): Promise<BenchRow[]> {
  return [
    await compare({
      benchmark: 'carry-over of ~1,000 findings to the next draft (warm)',
      subject: { name: 'carryOver + paragraph diff', caseFile: './review/carry-over-case.ts', args: [] },
      baseline: { name: 'checkDocument of the same draft', caseFile: './review/carry-over-case.ts', args: ['--mode', 'baseline'] },
      runs,
      target: { description: 'report (median)', maxRatio: Number.POSITIVE_INFINITY },
    }),
    await compare({
      benchmark: 'sign + verify a 1,000-item checklist (warm)',
      subject: { name: 'signableContent + manifest + Ed25519 + verifySignedFile', caseFile: './review/sign-verify-case.ts', args: [] },
      baseline: { name: 'bare Ed25519 sign of JSON.stringify(checklist)', caseFile: './review/sign-verify-case.ts', args: ['--mode', 'baseline'] },
      runs,
      target: { description: 'report (median)', maxRatio: Number.POSITIVE_INFINITY },
    }),
    await compare({
      benchmark: 'sign + verify: 1,000 items against 250 (growth)',
      subject: { name: 'sign + verify, 1,000 items', caseFile: './review/sign-verify-case.ts', args: [] },
      baseline: { name: 'sign + verify, 250 items', caseFile: './review/sign-verify-case.ts', args: ['--items', '250'] },
      runs,
      target: { description: '≤ 8x (linear 4x, quadratic 16x)', maxRatio: 8 },
    }),
    await compare({
      benchmark: 'store and open a 1,000-item checklist (warm, real file, synchronous=FULL)',
      subject: { name: 'createReview + getChecklist + recordDecision', caseFile: './review/checklist-store-case.ts', args: [] },
      baseline: { name: 'bare better-sqlite3: items as JSON rows, one transaction', caseFile: './review/checklist-store-case.ts', args: ['--mode', 'baseline'] },
      runs,
      target: { description: 'report (median)', maxRatio: Number.POSITIVE_INFINITY },
    }),
  ];
}
