import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { documentFromText } from '../../dist/core/import/index.js';
import { loadRulePacks } from '../../dist/core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../dist/core/check/compile-rule-set.js';
import { checkDocument } from '../../dist/core/check/check-document.js';
import { buildChecklistItems } from '../../dist/core/review/build-checklist-items.js';
import { openReviewStore } from '../../dist/core/store/sqlite-review-store.js';
import { caseArgs, median, reportCase } from '../harness.js';
import { builtinRulesDirectory } from '../../dist/core/util/package-paths.js';
import { buildReviewTexts } from './build-review-texts.js';

/**
 * Starting a review of a long policy and opening its checklist: createReview of about 1,000
 * items, getChecklist, and one recorded decision, on a real database file (WAL,
 * synchronous=FULL), warm median; or, with --mode baseline, bare better-sqlite3 with the same
 * settings: the same items as JSON rows inserted in one transaction, read back and parsed, and
 * one row updated. What this guards: a statement prepared per row or a transaction per item
 * costs ten times the baseline.
 */
const args = caseArgs();
const runs = Number(args['runs'] ?? 7);
const ruleSet = loadRulePacks({ directories: [builtinRulesDirectory()] });
const document = documentFromText(buildReviewTexts(1000).v1);
const check = checkDocument(document, compileRuleSet(ruleSet), { type: 'policy' });
const items = buildChecklistItems(check, ruleSet.questions, 'policy');
const folder = mkdtempSync(join(tmpdir(), 'vardekollen-bench-store-'));

let work: (run: number) => unknown;
if (args['mode'] === 'baseline') {
  const db = new Database(join(folder, 'bare.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE items (review TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (review, key))');
  const insert = db.prepare('INSERT INTO items (review, key, body) VALUES (?, ?, ?)');
  const select = db.prepare('SELECT body FROM items WHERE review = ? ORDER BY rowid');
  const update = db.prepare('UPDATE items SET body = ? WHERE review = ? AND key = ?');
  const insertAll = db.transaction((review: string) => {
    for (const item of items) insert.run(review, item.key, JSON.stringify(item));
  });
  work = (run) => {
    const review = `review-${run}`;
    insertAll(review);
    const read = select.all(review).map((row) => JSON.parse((row as { body: string }).body) as unknown);
    const first = items[0];
    if (first) update.run(JSON.stringify({ ...first, decision: { decision: 'fixed' } }), review, first.key);
    return read;
  };
} else {
  const store = openReviewStore(join(folder, 'store.db'));
  const series = store.ensureSeries('Lång policy', 'policy', '2025-03-01T08:00:00.000Z');
  const version = store.addVersion(series.id, document, '2025-03-01T08:01:00.000Z');
  work = (run) => {
    const reviewId = `review-${run}`;
    store.createReview({
      reviewId,
      versionId: version.id,
      documentType: 'policy',
      ruleSet: { version: check.ruleSet.version, hash: check.ruleSet.hash },
      createdAt: '2025-03-04T09:00:00.000Z',
      createdBy: 'Anna Lind',
      check,
      items,
      resolved: [],
      changes: [],
    });
    const checklist = store.getChecklist(reviewId);
    const first = items[0];
    if (first) store.recordDecision(reviewId, first.key, { decision: 'fixed', reviewer: 'Anna Lind', decidedAt: '2025-03-04T10:00:00.000Z' });
    return checklist;
  };
}

work(0);
const times: number[] = [];
for (let run = 1; run <= runs; run++) {
  const started = performance.now();
  work(run);
  times.push(performance.now() - started);
}
rmSync(folder, { recursive: true, force: true });
reportCase(median(times), { items: items.length });

