/**
 * Child process of crash-safety.test.ts: records decisions on a review as fast as it can and
 * prints each one ("<reason> <item key>") only after recordDecision has returned, i.e. after
 * the commit. The parent kills it with SIGKILL at some moment and checks that every printed
 * decision survived. Arguments: database path, review id, run label.
 */
import { openReviewStore } from '../../../core/store/sqlite-review-store.js';

const [path, reviewId, run] = process.argv.slice(2);
if (path === undefined || reviewId === undefined || run === undefined) throw new Error('usage: record-decisions-child <db> <review id> <run>');

const store = openReviewStore(path);
const keys = store.getChecklist(reviewId)?.items.map((item) => item.key) ?? [];
if (keys.length === 0) throw new Error(`review ${reviewId} has no items`);
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  const key = keys[n % keys.length]!;
  const reason = `${run}:${n}`;
  store.recordDecision(reviewId, key, { decision: 'accepted', reason, reviewer: 'Krocktest', decidedAt: new Date().toISOString() });
  // Writes to a pipe are synchronous on Linux and macOS: once this returns, the parent can read the line.
  process.stdout.write(`${reason} ${key}\n`);
}
