import { compare, type BenchRow } from '../harness.js';

/**
 * Issue 4's benchmarks: carrying a 1,000-finding review over to the next draft (against
 * checking that draft, which every version costs anyway), and signing plus verifying a
 * 1,000-item checklist (against a bare Ed25519 sign of its JSON).
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
  ];
}
