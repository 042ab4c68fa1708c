import { documentFromText } from '../../../core/import/index.js';
import type { Checklist } from '../../../core/review/checklist-types.js';
import { jobAdFixtureNames, readJobAdFixture } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { checklistFor } from './real-checklist.js';

/**
 * A checklist with exactly `items` items from real findings: the job-ad fixtures, repeated until
 * the real rules find enough, one item per finding (repeated text would otherwise group into a
 * few items with many occurrences).
 */
export function largeChecklist(items: number): Checklist {
  const ads = jobAdFixtureNames().map(readJobAdFixture).join('\n\n');
  for (let copies = Math.max(1, Math.ceil(items / 25)); ; copies *= 2) {
    const text = Array.from({ length: copies }, (_, i) => `Annons ${i + 1}\n\n${ads}`).join('\n\n');
    const checklist = checklistFor(documentFromText(text, 'annonser.txt'), { type: 'jobad', ungrouped: true, maxItems: items });
    if (checklist.items.length === items) return checklist;
  }
}
