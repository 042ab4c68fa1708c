import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS } from '../../../core/store/connection.js';
import type { ReviewStore } from '../../../core/store/review-store.js';
import { openReviewStore } from '../../../core/store/sqlite-review-store.js';
import { runChild } from './child-process.js';
import { decided, newReview, policyVersion1, tempFolder, type CheckedText } from './store-factories.js';

/** Two windows or a window and a CLI run use the same database file at the same time. */
let v1: CheckedText;
beforeAll(() => {
  v1 = policyVersion1();
});

let folder: ReturnType<typeof tempFolder>;
let path: string;
let first: ReviewStore;
let second: ReviewStore;
beforeEach(() => {
  folder = tempFolder('vardekollen-concurrency-');
  path = join(folder.dir, 'vardekollen.db');
  first = openReviewStore(path);
  second = openReviewStore(path);
});
afterEach(() => {
  first.close();
  second.close();
  folder.remove();
});

describe('two stores on one file', () => {
  it('see each other\'s committed writes', () => {
    const series = first.ensureSeries('Delad', 'policy', '2025-03-01T08:00:00.000Z');
    expect(second.findSeries('Delad')).toEqual(series);
    // ensureSeries in the other store finds it instead of creating a second one.
    expect(second.ensureSeries('Delad', 'jobad', '2025-03-02T08:00:00.000Z')).toEqual(series);

    const version = second.addVersion(series.id, v1.document, '2025-03-01T08:01:00.000Z');
    const { id: reviewId } = first.createReview(newReview(version.id, v1));
    const key = v1.items[0]!.key;
    second.recordDecision(reviewId, key, decided('accepted', 'Bo Ek'));
    expect(first.getChecklist(reviewId)!.items[0]!.decision).toMatchObject({ decision: 'accepted', reviewer: 'Bo Ek' });
    first.recordDecision(reviewId, key, decided('fixed', 'Anna Lind'));
    expect(second.decisionHistory(reviewId, key).map((d) => d.decision)).toEqual(['accepted', 'fixed']);
    // Version numbers stay consecutive whichever store adds the version.
    expect(first.addVersion(series.id, v1.document, '2025-03-02T08:00:00.000Z').number).toBe(2);
    expect(second.addVersion(series.id, v1.document, '2025-03-03T08:00:00.000Z').number).toBe(3);
    expect(first.history().map((e) => e.id)).toEqual(second.history().map((e) => e.id));
  });
});

describe('a write while another process holds the write lock', () => {
  it('waits for the other write to finish instead of failing, and reads do not wait at all', async () => {
    const hold = 1500;
    const child = runChild('./hold-write-lock-child.ts', [path, String(hold)]);
    await child.waitForLine((line) => line === 'locked');

    // Reading is not blocked by the writer (WAL), and does not see its uncommitted series.
    const readStart = performance.now();
    expect(first.listSeries()).toEqual([]);
    expect(performance.now() - readStart).toBeLessThan(hold / 3);

    const writeStart = performance.now();
    const series = first.ensureSeries('Från det här fönstret', 'policy', '2025-03-01T08:00:00.000Z');
    const waited = performance.now() - writeStart;
    await child.exited;
    expect(child.lines).toEqual(['locked', 'committed']);
    // It waited for the other commit (roughly the hold time, less the time to get here), then succeeded.
    expect(waited).toBeGreaterThan(hold / 3);
    expect(waited).toBeLessThan(BUSY_TIMEOUT_MS);
    expect(second.listSeries().map((s) => s.name)).toEqual(['Från det andra fönstret', series.name]);
  });

  it('gives up with DATABASE_ERROR after the busy timeout, writing nothing', async () => {
    const child = runChild('./hold-write-lock-child.ts', [path, String(BUSY_TIMEOUT_MS + 3000)]);
    await child.waitForLine((line) => line === 'locked');
    const start = performance.now();
    expect(() => first.ensureSeries('Väntade för länge', 'policy', '2025-03-01T08:00:00.000Z')).toThrow(
      expect.objectContaining({ code: 'DATABASE_ERROR', params: expect.objectContaining({ path, detail: expect.stringContaining('SQLITE_BUSY') }) }),
    );
    expect(performance.now() - start).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS - 100);
    child.process.kill('SIGKILL');
    await child.exited;
    expect(second.findSeries('Väntade för länge')).toBeUndefined();
  }, 30_000);
});
