import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReviewStore } from '../../../core/store/sqlite-review-store.js';
import { manyItems, newReview, policyVersion1, tempFolder } from './store-factories.js';

/**
 * A long policy gives a checklist of about a thousand items; creating its review and showing it
 * must feel instant. Medians of several runs on a real file with synchronous=FULL; the bounds
 * are generous (shared CI machines are slow and noisy) but catch a statement prepared per row
 * or a transaction per item, which cost ten times more.
 */
let folder: ReturnType<typeof tempFolder>;
beforeAll(() => {
  folder = tempFolder('vardekollen-perf-');
});
afterAll(() => folder.remove());

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('a checklist of 1,000 items', () => {
  it('is created in one transaction and read back quickly', () => {
    const v1 = policyVersion1();
    const store = openReviewStore(join(folder.dir, 'perf.db'));
    try {
      const series = store.ensureSeries('Lång policy', 'policy', '2025-03-01T08:00:00.000Z');
      const version = store.addVersion(series.id, v1.document, '2025-03-01T08:01:00.000Z');
      const items = manyItems(v1.items, 1000);
      const create: number[] = [];
      const read: number[] = [];
      const decide: number[] = [];
      for (let run = 0; run < 7; run++) {
        const input = newReview(version.id, v1, { items });
        let start = performance.now();
        store.createReview(input);
        create.push(performance.now() - start);
        start = performance.now();
        const checklist = store.getChecklist(input.reviewId)!;
        read.push(performance.now() - start);
        expect(checklist.items).toHaveLength(1000);
        start = performance.now();
        store.recordDecision(input.reviewId, items[run]!.key, { decision: 'fixed', reviewer: 'Anna Lind', decidedAt: '2025-03-04T10:00:00.000Z' });
        decide.push(performance.now() - start);
      }
      console.info(
        `1,000 items: createReview median ${median(create).toFixed(1)} ms (min ${Math.min(...create).toFixed(1)}), ` +
          `getChecklist median ${median(read).toFixed(1)} ms (min ${Math.min(...read).toFixed(1)}), ` +
          `recordDecision median ${median(decide).toFixed(2)} ms`,
      );
      expect(median(create)).toBeLessThan(1500);
      expect(median(read)).toBeLessThan(750);
      expect(median(decide)).toBeLessThan(100);
    } finally {
      store.close();
    }
  });
});
