import { copyFileSync, existsSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../core/review/checklist-types.js';
import { openConnection } from '../../../core/store/connection.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../core/store/migrations/migration-list.js';
import type { Migration } from '../../../core/store/migrations/migration.js';
import { openReviewStore } from '../../../core/store/sqlite-review-store.js';
import { decided, policyVersion1, tempFolder, testReviewer, type CheckedText } from './store-factories.js';

let v1: CheckedText;
beforeAll(() => {
  v1 = policyVersion1();
});

let folder: ReturnType<typeof tempFolder>;
let path: string;
beforeEach(() => {
  folder = tempFolder();
  path = join(folder.dir, 'vardekollen.db');
});
afterEach(() => folder.remove());

const userVersionOf = (file: string): number => {
  const raw = new Database(file, { readonly: true });
  try {
    return raw.pragma('user_version', { simple: true }) as number;
  } finally {
    raw.close();
  }
};

/**
 * Seeds a version-1 database the way version 1 of the app wrote it, in plain SQL (not through
 * today's repositories, which know only the newest schema): a series, a version, a review of it
 * with its items, two decisions on the first item, and the history of all that.
 */
function seedVersion1(db: Database.Database, items: readonly ChecklistItem[]): { reviewId: string; decisions: ReturnType<typeof decided>[] } {
  const reviewId = 'review-seeded-at-v1';
  const meta = v1.document.metadata;
  db.prepare("INSERT INTO series (id, name, document_type, created_at) VALUES (1, 'Uppförandekod', 'policy', '2025-01-01T08:00:00.000Z')").run();
  db.prepare(
    `INSERT INTO document_versions (id, series_id, number, file_name, title, format, file_sha256, text_sha256, page_count, word_count,
       byte_length, document_encoding, document, imported_at)
     VALUES (1, 1, 1, ?, ?, 'text', ?, ?, NULL, ?, ?, 'json', ?, '2025-01-01T08:01:00.000Z')`,
  ).run(meta.fileName ?? null, meta.title, meta.fileSha256, meta.textSha256, meta.wordCount, meta.byteLength, Buffer.from(JSON.stringify(v1.document)));
  db.prepare(
    `INSERT INTO reviews (id, version_id, document_type, rule_set_version, rule_set_hash, created_at, created_by, check_encoding, check_result)
     VALUES (?, 1, 'policy', ?, ?, '2025-01-02T09:00:00.000Z', 'Anna Lind', 'json', ?)`,
  ).run(reviewId, v1.check.ruleSet.version, v1.check.ruleSet.hash, Buffer.from(JSON.stringify(v1.check)));
  const insertItem = db.prepare(
    `INSERT INTO review_items (review_id, key, kind, principle, severity, rule_id, question_id, fingerprint, position, carry, previous_key, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const item of items) {
    const { title, message, occurrences, suggestion, answerPrompt, legal } = item;
    insertItem.run(reviewId, item.key, item.kind, item.principle, item.severity, item.ruleId ?? null, item.questionId ?? null, item.fingerprint, item.position, item.carry, null,
      JSON.stringify({ title, message, occurrences, suggestion, answerPrompt, legal }));
  }
  const decisions = [decided('accepted', 'Anna Lind', '2025-01-02T10:00:00.000Z'), decided('fixed', 'Bo Ek', '2025-01-02T10:30:00.000Z')];
  const itemId = db.prepare('SELECT id FROM review_items WHERE review_id = ? AND key = ?').pluck().get(reviewId, items[0]!.key);
  const history = db.prepare('INSERT INTO history (at, actor, action, series_id, review_id, item_key, details) VALUES (?, ?, ?, ?, ?, ?, ?)');
  history.run('2025-01-01T08:00:00.000Z', 'anna', 'series-created', 1, null, null, '{"name":"Uppförandekod"}');
  history.run('2025-01-01T08:01:00.000Z', 'anna', 'version-imported', 1, null, null, '{"number":1}');
  history.run('2025-01-02T09:00:00.000Z', 'Anna Lind', 'review-created', 1, reviewId, null, '{}');
  for (const decision of decisions) {
    db.prepare('INSERT INTO decisions (item_id, decision, reason, reviewer, decided_at) VALUES (?, ?, ?, ?, ?)').run(itemId, decision.decision, decision.reason ?? null, decision.reviewer, decision.decidedAt);
    history.run(decision.decidedAt, decision.reviewer, 'decision-recorded', 1, reviewId, items[0]!.key, JSON.stringify({ decision: decision.decision }));
  }
  return { reviewId, decisions };
}

describe('migrations', () => {
  it('are numbered 1, 2, 3... without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('0002: a review database from version 1 keeps every row and gains sign-off', () => {
    const v1db = openConnection(path, MIGRATIONS.slice(0, 1));
    const seeded = seedVersion1(v1db, v1.items);
    const historyAtV1 = v1db.prepare('SELECT * FROM history ORDER BY id').all();
    v1db.close();
    expect(userVersionOf(path)).toBe(1);

    const store = openReviewStore(path);
    try {
      expect(userVersionOf(path)).toBe(2);
      const checklist = store.getChecklist(seeded.reviewId)!;
      expect(checklist).toMatchObject({ seriesName: 'Uppförandekod', version: 1, status: 'open', signatures: [] });
      expect(checklist.items).toEqual(v1.items.map((item, index) => (index === 0 ? { ...item, decision: seeded.decisions[1] } : item)));
      expect(store.decisionHistory(seeded.reviewId, v1.items[0]!.key)).toEqual(seeded.decisions);
      expect(store.getReview(seeded.reviewId)?.check).toEqual(v1.check);
      expect(store.getVersionDocument(1)).toEqual(v1.document);

      // The rebuilt history holds the same events with the same ids, and is still append-only.
      const events = store.history();
      expect(events.map((e) => e.id)).toEqual(historyAtV1.map((row) => (row as { id: number }).id));
      expect(events.map((e) => [e.action, e.actor, e.itemKey])).toEqual([
        ['series-created', 'anna', undefined],
        ['version-imported', 'anna', undefined],
        ['review-created', 'Anna Lind', undefined],
        ['decision-recorded', 'Anna Lind', v1.items[0]!.key],
        ['decision-recorded', 'Bo Ek', v1.items[0]!.key],
      ]);

      // What version 2 adds works on the old data.
      for (const item of v1.items.slice(1)) store.recordDecision(seeded.reviewId, item.key, decided('accepted'));
      store.completeReview(seeded.reviewId, 'Anna Lind', '2025-03-04T11:00:00.000Z');
      const anna = testReviewer('Anna Lind');
      store.saveReviewer(anna);
      store.addSignature(seeded.reviewId, { reviewer: anna.name, keyFingerprint: anna.keyFingerprint, signedAt: '2025-03-04T12:00:00.000Z', entry: {} });
      expect(store.getChecklist(seeded.reviewId)?.signatures.map((s) => s.reviewer)).toEqual(['Anna Lind']);
      expect(store.history().slice(-2).map((e) => e.action)).toEqual(['reviewer-created', 'review-signed']);
    } finally {
      store.close();
    }
    const raw = new Database(path);
    try {
      expect(() => raw.exec('DELETE FROM history')).toThrow(/append-only/);
      expect(() => raw.exec("UPDATE history SET actor = 'x'")).toThrow(/append-only/);
    } finally {
      raw.close();
    }
  });

  it('gives the same schema whether a database was created new or migrated step by step', () => {
    const schema = (file: string): unknown[] => {
      const raw = new Database(file, { readonly: true });
      try {
        return raw.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
      } finally {
        raw.close();
      }
    };
    const stepwise = join(folder.dir, 'stepwise.db');
    openConnection(stepwise, MIGRATIONS.slice(0, 1)).close();
    openReviewStore(stepwise).close();
    openReviewStore(path).close();
    expect(schema(stepwise)).toEqual(schema(path));
  });

  it('rolls a failing migration back and leaves the previous version intact', () => {
    openReviewStore(path).close();
    const store = openReviewStore(path);
    store.ensureSeries('Kvar', 'policy', '2025-03-01T08:00:00.000Z');
    store.close();

    const failing: Migration = {
      version: SCHEMA_VERSION + 1,
      name: 'broken-step',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT; INSERT INTO half_done VALUES (1);');
        db.exec("INSERT INTO series (name, document_type, created_at) VALUES ('Ny', 'policy', 'x')");
        db.exec('INSERT INTO no_such_table VALUES (1)');
      },
    };
    expect(() => openConnection(path, [...MIGRATIONS, failing])).toThrow(
      expect.objectContaining({ code: 'DATABASE_ERROR', params: expect.objectContaining({ detail: expect.stringContaining(`000${SCHEMA_VERSION + 1}-broken-step`) }) }),
    );
    expect(userVersionOf(path)).toBe(SCHEMA_VERSION);
    const reopened = openReviewStore(path);
    try {
      expect(reopened.listSeries().map((s) => s.name)).toEqual(['Kvar']);
    } finally {
      reopened.close();
    }
    const raw = new Database(path, { readonly: true });
    try {
      expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    } finally {
      raw.close();
    }
  });
});

describe('databases the app cannot use', () => {
  it.each(['delete', 'wal'])('refuses a database from a newer version without writing to it (journal mode %s)', (journalMode) => {
    const raw = new Database(path);
    raw.pragma(`journal_mode = ${journalMode}`);
    raw.exec("CREATE TABLE future_things (x TEXT); INSERT INTO future_things VALUES ('from the future')");
    raw.pragma('user_version = 999');
    raw.close();
    const before = readFileSync(path);

    expect(() => openReviewStore(path)).toThrow(expect.objectContaining({ code: 'DATABASE_TOO_NEW', params: { path, found: 999, supported: SCHEMA_VERSION } }));
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`) && readFileSync(`${path}-wal`).length > 0).toBe(false);
    expect(userVersionOf(path)).toBe(999);
  });

  it('refuses a damaged database', () => {
    const store = openReviewStore(path);
    for (let i = 0; i < 300; i++) store.ensureSeries(`Serie nummer ${i} med ett ganska långt namn`, 'policy', '2025-03-01T08:00:00.000Z');
    store.close();
    const raw = new Database(path, { readonly: true });
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const indexRoot = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_series_1'").pluck().get() as number;
    raw.close();
    // Overwrite the header of the series name index's root page, as a bad sector or a half-copied file would.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(8, 0x41), 0, 8, (indexRoot - 1) * pageSize);
    closeSync(fd);
    expect(() => openReviewStore(path)).toThrow(
      expect.objectContaining({ code: 'DATABASE_ERROR', params: expect.objectContaining({ path, detail: expect.stringContaining('damaged') }) }),
    );
  });

  it('refuses a file that is not a database, leaving it as it was', () => {
    writeFileSync(path, 'Det här är en anteckning, ingen databas.\n'.repeat(200));
    const before = readFileSync(path);
    expect(() => openReviewStore(path)).toThrow(expect.objectContaining({ code: 'DATABASE_ERROR', params: expect.objectContaining({ path }) }));
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('says so when the folder cannot be created', () => {
    writeFileSync(join(folder.dir, 'a-file'), 'x');
    const impossible = join(folder.dir, 'a-file', 'sub', 'vardekollen.db');
    expect(() => openReviewStore(impossible)).toThrow(expect.objectContaining({ code: 'DATABASE_ERROR', params: expect.objectContaining({ path: impossible }) }));
  });

  it('keeps a copy of a database usable: the file is self-contained after closing', () => {
    const store = openReviewStore(path);
    store.ensureSeries('Kopierad', 'policy', '2025-03-01T08:00:00.000Z');
    store.close();
    // Closing checkpoints the write-ahead log, so copying just the .db file (a backup, a USB stick) keeps everything.
    const copy = join(folder.dir, 'copy.db');
    copyFileSync(path, copy);
    const copied = openReviewStore(copy);
    try {
      expect(copied.listSeries().map((s) => s.name)).toEqual(['Kopierad']);
    } finally {
      copied.close();
    }
  });
});
