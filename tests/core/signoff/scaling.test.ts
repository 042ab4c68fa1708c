import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../../core/review/checklist-types.js';
import { buildSignedFile, createReviewerKey, serializeSignedFile, signableContent, signContentWithKey, unlockReviewerKey, verifySignedFile } from '../../../core/signoff/index.js';
import { largeChecklist } from './large-checklist.js';

/**
 * Signing and verifying grow linearly with the checklist. A quadratic step (a lookup inside a
 * loop over items, serialising the whole per item) would make 4× the items cost ~16×; linear
 * costs ~4×. The bound of 8× leaves room for a noisy machine and still catches the quadratic case.
 * Absolute numbers come from measure-signoff.ts, not from here.
 */
describe('sign-off cost', () => {
  it('grows linearly from 250 to 1,000 items', () => {
    const full = largeChecklist(1000);
    const quarter: Checklist = { ...full, items: full.items.slice(0, 250) };
    const reviewer = createReviewerKey('Anna Berg', 'Granskning är ett lagarbete', '2025-06-01T08:00:00.000Z');
    const key = unlockReviewerKey(reviewer, 'Granskning är ett lagarbete');

    const cost = (checklist: Checklist): number => {
      const samples: number[] = [];
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        const content = signableContent(checklist);
        const text = serializeSignedFile(buildSignedFile(content, [signContentWithKey(content, reviewer, key, '2025-06-10T16:00:00.000Z')]));
        expect(verifySignedFile(text).verdict).toBe('valid');
        samples.push(performance.now() - started);
      }
      return samples.sort((a, b) => a - b)[2]!;
    };
    cost(quarter); // warm-up: JIT and the first allocation of large strings
    const small = cost(quarter);
    const large = cost(full);
    expect(large / small).toBeLessThan(8);
  });
});
