import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReviewStore } from '../../../core/store/sqlite-review-store.js';
import { decided, newReview, policyVersion1, tempFolder, testReviewer } from './store-factories.js';

/**
 * The database defends its own rules, whatever code (or a person with the sqlite3 shell)
 * writes to it: append-only tables, unique names, allowed values, types and references.
 * Each test runs raw SQL against a file the store wrote.
 */
let folder: ReturnType<typeof tempFolder>;
let raw: Database.Database;
let reviewId: string;
let itemKey: string;

beforeAll(() => {
  folder = tempFolder();
  const path = join(folder.dir, 'vardekollen.db');
  const store = openReviewStore(path);
  const v1 = policyVersion1();
  const series = store.ensureSeries('Uppförandekod', 'policy', '2025-03-01T08:00:00.000Z');
  const version = store.addVersion(series.id, v1.document, '2025-03-01T08:01:00.000Z');
  reviewId = store.createReview(newReview(version.id, v1)).id;
  itemKey = v1.items[0]!.key;
  for (const item of v1.items) store.recordDecision(reviewId, item.key, decided('accepted'));
  store.completeReview(reviewId, 'Anna Lind', '2025-03-04T11:00:00.000Z');
  const anna = testReviewer('Anna Lind');
  store.saveReviewer(anna);
  store.addSignature(reviewId, { reviewer: anna.name, keyFingerprint: anna.keyFingerprint, signedAt: '2025-03-04T12:00:00.000Z', entry: { signature: 'x' } });
  store.close();
  raw = new Database(path);
  raw.pragma('foreign_keys = ON');
});
afterAll(() => {
  raw.close();
  folder.remove();
});

const count = (table: string): number => raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const snapshot = (table: string): unknown[] => raw.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();

describe('append-only tables', () => {
  it.each([
    ['decisions', "UPDATE decisions SET decision = 'fixed'", 'decisions are append-only'],
    ['decisions', 'DELETE FROM decisions', 'decisions are append-only'],
    ['history', "UPDATE history SET actor = 'someone else'", 'history is append-only'],
    ['history', 'DELETE FROM history WHERE id = 1', 'history is append-only'],
    ['signatures', "UPDATE signatures SET signed_at = '2020-01-01T00:00:00.000Z'", 'signatures are append-only'],
    ['signatures', 'DELETE FROM signatures', 'signatures are append-only'],
  ])('%s: %s is refused and changes nothing', (table, sql, message) => {
    const before = snapshot(table);
    expect(before.length).toBeGreaterThan(0);
    expect(() => raw.exec(sql)).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_TRIGGER', message }));
    expect(snapshot(table)).toEqual(before);
  });

  it('lets a review change its status but not what was checked', () => {
    expect(() => raw.prepare("UPDATE reviews SET rule_set_hash = 'forged' WHERE id = ?").run(reviewId)).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_TRIGGER' }),
    );
    expect(() => raw.prepare("UPDATE reviews SET check_result = x'00' WHERE id = ?").run(reviewId)).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_TRIGGER' }));
  });
});

describe('constraints', () => {
  it('keeps series names, version numbers, item keys, reviewer names and signatures unique', () => {
    const series = raw.prepare('SELECT id, name FROM series').get() as { id: number; name: string };
    expect(() => raw.prepare("INSERT INTO series (name, document_type, created_at) VALUES (?, 'policy', 'x')").run(series.name)).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }),
    );
    expect(() =>
      raw
        .prepare(
          `INSERT INTO document_versions (series_id, number, title, format, file_sha256, text_sha256, word_count, byte_length, document_encoding, document, imported_at)
           VALUES (?, 1, 't', 'text', ?, ?, 1, 1, 'json', x'7b7d', 'x')`,
        )
        .run(series.id, 'a'.repeat(64), 'b'.repeat(64)),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }));
    expect(() =>
      raw
        .prepare(
          `INSERT INTO review_items (review_id, key, kind, principle, severity, rule_id, fingerprint, position, carry, body)
           VALUES (?, ?, 'finding', 'legalitet', 'info', 'r', 'fp', 999, 'new', '{}')`,
        )
        .run(reviewId, itemKey),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }));
    expect(() => raw.prepare("INSERT INTO reviewers VALUES ('Anna Lind', 'pem', 'pem', 'SHA256:x', 'x')").run()).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' }),
    );
    expect(() =>
      raw.prepare("INSERT INTO signatures (review_id, completion_round, reviewer, key_fingerprint, signed_at, entry) VALUES (?, 1, 'Anna Lind', 'k', 'x', '{}')").run(reviewId),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }));
  });

  it('accepts only known values, reasons where needed, and the declared types', () => {
    const itemId = raw.prepare('SELECT id FROM review_items WHERE review_id = ? AND key = ?').pluck().get(reviewId, itemKey) as number;
    const insertDecision = raw.prepare("INSERT INTO decisions (item_id, decision, reason, reviewer, decided_at) VALUES (?, ?, ?, 'Anna Lind', 'x')");
    const before = count('decisions');
    expect(() => insertDecision.run(itemId, 'maybe', null)).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }));
    expect(() => insertDecision.run(itemId, 'accepted', null)).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }));
    expect(() => insertDecision.run(itemId, 'not-applicable', '   ')).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }));
    expect(() => insertDecision.run('one', 'fixed', null)).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_DATATYPE' }));
    expect(() => raw.prepare("UPDATE review_items SET principle = 'omtanke' WHERE review_id = ?").run(reviewId)).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }),
    );
    expect(() => raw.prepare("UPDATE reviews SET status = 'completed', completed_at = NULL WHERE id = ?").run(reviewId)).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }),
    );
    expect(() => raw.prepare("INSERT INTO history (at, actor, action) VALUES ('x', 'y', 'review-deleted')").run()).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }),
    );
    expect(count('decisions')).toBe(before);
  });

  it('refuses references to rows that do not exist', () => {
    expect(() => raw.prepare("INSERT INTO decisions (item_id, decision, reviewer, decided_at) VALUES (999999, 'fixed', 'Anna Lind', 'x')").run()).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }),
    );
    expect(() =>
      raw.prepare("INSERT INTO signatures (review_id, completion_round, reviewer, key_fingerprint, signed_at, entry) VALUES (?, 1, 'Nobody', 'k', 'x', '{}')").run(reviewId),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }));
  });

  it('finds an item\'s newest decision through the index, not by scanning', () => {
    const plan = raw
      .prepare('EXPLAIN QUERY PLAN SELECT max(id) FROM decisions WHERE item_id = ?')
      .all(1)
      .map((row) => (row as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/decisions_by_item/);
  });
});
