import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReviewStore } from '../../../core/store/sqlite-review-store.js';
import { manyItems, newReview, policyVersion1, tempFolder } from './store-factories.js';

/**
 * A long policy gives a checklist of about a thousand items. It is stored and read back whole,
 * in order, with a decision on one item leaving the others open. (How long that takes is
 * measured by `npm run bench review` against bare better-sqlite3, not here.)
 */
let folder: ReturnType<typeof tempFolder>;
beforeAll(() => {
  folder = tempFolder('vardekollen-large-');
});
afterAll(() => folder.remove());

describe('a checklist of 1,000 items', () => {
  it('is stored and read back whole and in order, and one decision changes one item', () => {
    const v1 = policyVersion1();
    const store = openReviewStore(join(folder.dir, 'large.db'));
    try {
      const series = store.ensureSeries('Lång policy', 'policy', '2025-03-01T08:00:00.000Z');
      const version = store.addVersion(series.id, v1.document, '2025-03-01T08:01:00.000Z');
      const items = manyItems(v1.items, 1000);
      const input = newReview(version.id, v1, { items });
      store.createReview(input);
      const target = items[500]!;
      store.recordDecision(input.reviewId, target.key, { decision: 'fixed', reviewer: 'Anna Lind', decidedAt: '2025-03-04T10:00:00.000Z' });

      const checklist = store.getChecklist(input.reviewId)!;
      expect(checklist.items.map((item) => item.key)).toEqual(items.map((item) => item.key));
      expect(checklist.items.filter((item) => item.decision !== undefined).map((item) => [item.key, item.decision?.decision])).toEqual([[target.key, 'fixed']]);
    } finally {
      store.close();
    }
  });
});
