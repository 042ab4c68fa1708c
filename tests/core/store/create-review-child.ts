/**
 * Child process of crash-safety.test.ts: creates one large review (thousands of items) read
 * from a JSON file, printing "start" just before and "done <ms>" after createReview returns.
 * The parent kills it at different moments and checks that the review exists whole or not at
 * all. Arguments: database path, NewReview JSON file, review id.
 */
import { readFileSync } from 'node:fs';
import type { NewReview } from '../../../core/store/review-store.js';
import { openReviewStore } from '../../../core/store/sqlite-review-store.js';

const [path, inputFile, reviewId] = process.argv.slice(2);
if (path === undefined || inputFile === undefined || reviewId === undefined) throw new Error('usage: create-review-child <db> <input.json> <review id>');

const input = JSON.parse(readFileSync(inputFile, 'utf8')) as NewReview;
const store = openReviewStore(path);
process.stdout.write('start\n');
const started = performance.now();
store.createReview({ ...input, reviewId });
process.stdout.write(`done ${(performance.now() - started).toFixed(1)}\n`);
store.close();
