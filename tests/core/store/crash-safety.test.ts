import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReviewStore } from '../../../core/store/sqlite-review-store.js';
import { runChild } from './child-process.js';
import { decided, manyItems, newReview, policyVersion1, tempFolder, type CheckedText } from './store-factories.js';

/**
 * A process killed with SIGKILL (the power button, the task manager, a crash of the app) must
 * leave a database that opens cleanly and holds every decision the app had reported as saved,
 * and no half-written one. SIGKILL cannot be caught: SQLite gets no chance to tidy up, so what
 * survives is exactly what was committed. (A power cut additionally loses what the OS had not
 * yet written to disk; synchronous=FULL makes each commit wait for that, which a test in one
 * machine cannot exercise.)
 */
let v1: CheckedText;
let folder: ReturnType<typeof tempFolder>;
beforeAll(() => {
  v1 = policyVersion1();
  folder = tempFolder('vardekollen-crash-');
});
afterAll(() => folder.remove());

function integrity(path: string): string {
  const raw = new Database(path, { readonly: true });
  try {
    return (raw.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ');
  } finally {
    raw.close();
  }
}

describe('killed while recording decisions', () => {
  it('keeps every decision it reported, each with its history event, at several moments', async () => {
    const path = join(folder.dir, 'decisions.db');
    const setup = openReviewStore(path);
    const series = setup.ensureSeries('Uppförandekod', 'policy', '2025-03-01T08:00:00.000Z');
    const version = setup.addVersion(series.id, v1.document, '2025-03-01T08:01:00.000Z');
    const { id: reviewId } = setup.createReview(newReview(version.id, v1));
    setup.close();

    const printedInAllRuns: string[] = [];
    for (const [run, killAfter] of [['a', 150], ['b', 420], ['c', 260], ['d', 700]] as const) {
      const child = runChild('./record-decisions-child.ts', [path, reviewId, run]);
      await child.waitForLine((line, index) => index === killAfter && line !== 'ready');
      child.process.kill('SIGKILL');
      const exit = await child.exited;
      expect(exit.signal, exit.stderr).toBe('SIGKILL');
      const printed = child.lines.filter((line) => line !== 'ready').map((line) => line.split(' ') as [string, string]);
      expect(printed.length).toBeGreaterThanOrEqual(killAfter);
      printedInAllRuns.push(...printed.map(([reason]) => reason));

      // Opens cleanly (the store runs quick_check) and passes the full integrity check.
      const store = openReviewStore(path);
      store.close();
      expect(integrity(path)).toBe('ok');

      const raw = new Database(path, { readonly: true });
      try {
        const committed = new Map(
          (raw.prepare(
            `SELECT d.reason, i.key FROM decisions d JOIN review_items i ON i.id = d.item_id WHERE d.reason LIKE ? ORDER BY d.id`,
          ).all(`${run}:%`) as { reason: string; key: string }[]).map((row) => [row.reason, row.key]),
        );
        // Every decision reported as saved is there, on the right item.
        for (const [reason, key] of printed) expect(committed.get(reason), reason).toBe(key);
        // At most one more: committed, killed before it could print.
        expect(committed.size - printed.length).toBeGreaterThanOrEqual(0);
        expect(committed.size - printed.length).toBeLessThanOrEqual(1);
        // Nothing half-written: each decision has its history event and each event its decision.
        const unmatched = raw
          .prepare(
            `SELECT
               (SELECT count(*) FROM decisions d WHERE NOT EXISTS (SELECT 1 FROM history h
                  WHERE h.action = 'decision-recorded' AND json_extract(h.details, '$.reason') = d.reason)) AS decisions_without_event,
               (SELECT count(*) FROM history h WHERE h.action = 'decision-recorded' AND NOT EXISTS (SELECT 1 FROM decisions d
                  WHERE d.reason = json_extract(h.details, '$.reason'))) AS events_without_decision,
               (SELECT count(*) FROM decisions) AS decisions,
               (SELECT count(*) FROM history WHERE action = 'decision-recorded') AS events`,
          )
          .get() as { decisions_without_event: number; events_without_decision: number; decisions: number; events: number };
        expect(unmatched.decisions_without_event).toBe(0);
        expect(unmatched.events_without_decision).toBe(0);
        expect(unmatched.events).toBe(unmatched.decisions);
      } finally {
        raw.close();
      }
    }
    // The decisions of earlier runs are still there after later crashes.
    const store = openReviewStore(path);
    try {
      const reasons = new Set(v1.items.flatMap((item) => store.decisionHistory(reviewId, item.key).map((d) => d.reason)));
      for (const reason of printedInAllRuns) expect(reasons.has(reason), reason).toBe(true);
    } finally {
      store.close();
    }
  }, 120_000);
});

describe('killed while creating a large review', () => {
  it('leaves the whole review or nothing of it', async () => {
    const path = join(folder.dir, 'big-review.db');
    const setup = openReviewStore(path);
    const series = setup.ensureSeries('Stor policy', 'policy', '2025-03-01T08:00:00.000Z');
    const version = setup.addVersion(series.id, v1.document, '2025-03-01T08:01:00.000Z');
    setup.close();

    const ITEMS = 5000;
    // Every tenth item arrives with a carried decision: those must be all there or none.
    const items = manyItems(v1.items, ITEMS).map((item, index) => (index % 10 === 0 ? { ...item, decision: decided('accepted') } : item));
    const carried = items.filter((item) => item.decision !== undefined).length;
    const inputFile = join(folder.dir, 'big-review.json');
    writeFileSync(inputFile, JSON.stringify(newReview(version.id, v1, { items })));

    const outcome = (reviewId: string): 'whole' | 'nothing' => {
      expect(integrity(path)).toBe('ok');
      const store = openReviewStore(path);
      try {
        const checklist = store.getChecklist(reviewId);
        const events = store.history({ reviewId });
        const raw = new Database(path, { readonly: true });
        const rows = raw.prepare('SELECT count(*) FROM review_items WHERE review_id = ?').pluck().get(reviewId);
        raw.close();
        if (checklist === undefined) {
          expect(rows).toBe(0);
          expect(events).toEqual([]);
          return 'nothing';
        }
        expect(checklist.items).toHaveLength(ITEMS);
        expect(checklist.items.filter((item) => item.decision !== undefined)).toHaveLength(carried);
        expect(events.map((e) => e.action)).toEqual(['review-created']);
        return 'whole';
      } finally {
        store.close();
      }
    };

    // First run to the end: the review is written whole, and we learn how long it takes here.
    const calibration = runChild('./create-review-child.ts', [path, inputFile, 'big-complete']);
    const done = await calibration.waitForLine((line) => line.startsWith('done '));
    await calibration.exited;
    const duration = Number(done.slice('done '.length));
    expect(outcome('big-complete')).toBe('whole');

    const outcomes: string[] = [];
    // Kills at moments spread over the write...
    for (const fraction of [0.1, 0.3, 0.5, 0.7, 0.9, 1.5, 3]) {
      const id = `big-${fraction}`;
      const child = runChild('./create-review-child.ts', [path, inputFile, id]);
      await child.waitForLine((line) => line === 'start');
      await new Promise((resolve) => setTimeout(resolve, fraction * duration));
      const reportedDone = child.lines.some((line) => line.startsWith('done'));
      child.process.kill('SIGKILL');
      await child.exited;
      const result = outcome(id);
      // Reported as written before the kill: it must all be there.
      if (reportedDone) expect(result).toBe('whole');
      outcomes.push(`${fraction}:${result}`);
    }

    // ...and one as soon as the write-ahead log has grown by a megabyte while the call has not
    // returned: SQLite spilling uncommitted pages of the review to disk (or, rarely, the commit
    // itself being written, so 'whole' is a correct outcome too).
    const walPath = `${path}-wal`;
    const walSize = (): number => {
      try {
        return statSync(walPath).size;
      } catch {
        return 0;
      }
    };
    const child = runChild('./create-review-child.ts', [path, inputFile, 'big-mid-write']);
    await child.waitForLine((line) => line === 'start');
    const startSize = walSize();
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (walSize() > startSize + 1_000_000 || child.lines.some((line) => line.startsWith('done'))) {
          clearInterval(poll);
          resolve();
        }
      }, 1);
    });
    const finishedFirst = child.lines.some((line) => line.startsWith('done'));
    child.process.kill('SIGKILL');
    await child.exited;
    const midWrite = outcome('big-mid-write');
    if (finishedFirst) expect(midWrite).toBe('whole');
    outcomes.push(`mid-write:${midWrite}`);
    console.info(`createReview of ${ITEMS} items took ${duration} ms in the child; kill outcomes: ${outcomes.join(', ')}`);
    // At least one kill landed inside the transaction and left nothing behind.
    expect(outcomes.some((o) => o.endsWith('nothing'))).toBe(true);
  }, 180_000);
});
