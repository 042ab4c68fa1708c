import type { Migration } from './migration.js';

/**
 * The review workflow: document series and their versions, reviews with their checklist items,
 * the decisions taken on them, what carried over from the previous version, and the history log.
 *
 * Lists of allowed values (document types, principles, decisions...) are written out here
 * rather than taken from the TypeScript constants: a migration must describe the schema as it
 * was released, even after the constants change (a new value then needs a new migration).
 */
export const migration0001: Migration = {
  version: 1,
  name: 'review-workflow',
  up(db) {
    db.exec(SQL);
  },
};

const PRINCIPLES = `('demokrati', 'legalitet', 'objektivitet', 'fri-asiktsbildning', 'respekt', 'effektivitet-service')`;
const DOCUMENT_TYPES = `('jobad', 'policy', 'other')`;
const ENCODINGS = `('json', 'json-zlib')`;

const SQL = `
CREATE TABLE series (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  document_type TEXT NOT NULL CHECK (document_type IN ${DOCUMENT_TYPES}),
  created_at    TEXT NOT NULL
) STRICT;

-- One imported file. The facts a checklist shows are columns; the whole ImportedDocument
-- (blocks, origins, warnings) is JSON, compressed when large.
CREATE TABLE document_versions (
  id                INTEGER PRIMARY KEY,
  series_id         INTEGER NOT NULL REFERENCES series (id),
  number            INTEGER NOT NULL CHECK (number >= 1),
  file_name         TEXT,
  title             TEXT NOT NULL,
  format            TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'text', 'markdown')),
  file_sha256       TEXT NOT NULL CHECK (length(file_sha256) = 64),
  text_sha256       TEXT NOT NULL CHECK (length(text_sha256) = 64),
  page_count        INTEGER CHECK (page_count >= 0),
  word_count        INTEGER NOT NULL CHECK (word_count >= 0),
  byte_length       INTEGER NOT NULL CHECK (byte_length >= 0),
  document_encoding TEXT NOT NULL CHECK (document_encoding IN ${ENCODINGS}),
  document          BLOB NOT NULL,
  imported_at       TEXT NOT NULL,
  UNIQUE (series_id, number)
) STRICT;

CREATE TABLE reviews (
  id                 TEXT PRIMARY KEY CHECK (length(id) > 0),
  version_id         INTEGER NOT NULL REFERENCES document_versions (id),
  document_type      TEXT NOT NULL CHECK (document_type IN ${DOCUMENT_TYPES}),
  rule_set_version   TEXT NOT NULL,
  rule_set_hash      TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  created_by         TEXT NOT NULL,
  status             TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed')),
  completed_at       TEXT,
  completed_by       TEXT,
  previous_review_id TEXT REFERENCES reviews (id),
  check_encoding     TEXT NOT NULL CHECK (check_encoding IN ${ENCODINGS}),
  check_result       BLOB NOT NULL,
  -- A completed review always says when and by whom; an open one never does.
  CHECK ((status = 'completed') = (completed_at IS NOT NULL AND completed_by IS NOT NULL)),
  CHECK ((status = 'open') = (completed_at IS NULL AND completed_by IS NULL))
) STRICT;
CREATE INDEX reviews_by_version ON reviews (version_id);
CREATE INDEX reviews_by_previous ON reviews (previous_review_id);

-- Only the status may change after a review is written: what was checked, and how, is fixed.
CREATE TRIGGER reviews_fixed_columns BEFORE UPDATE OF id, version_id, document_type, rule_set_version, rule_set_hash,
  created_at, created_by, previous_review_id, check_encoding, check_result ON reviews
BEGIN
  SELECT RAISE(ABORT, 'a review''s content cannot be changed, only its status');
END;

-- One checklist line. What is searched or joined on is a column; the texts a person reads
-- (title, message, occurrences, suggestion, legal references) are the JSON body.
CREATE TABLE review_items (
  id           INTEGER PRIMARY KEY,
  review_id    TEXT NOT NULL REFERENCES reviews (id),
  key          TEXT NOT NULL CHECK (length(key) > 0),
  kind         TEXT NOT NULL CHECK (kind IN ('finding', 'question')),
  principle    TEXT NOT NULL CHECK (principle IN ${PRINCIPLES}),
  severity     TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  rule_id      TEXT,
  question_id  TEXT,
  fingerprint  TEXT NOT NULL,
  position     INTEGER NOT NULL CHECK (position >= 0),
  carry        TEXT NOT NULL CHECK (carry IN ('new', 'remaining')),
  previous_key TEXT,
  body         TEXT NOT NULL CHECK (json_valid(body)),
  UNIQUE (review_id, key),
  UNIQUE (review_id, position),
  CHECK (kind <> 'finding' OR rule_id IS NOT NULL),
  CHECK (kind <> 'question' OR question_id IS NOT NULL),
  CHECK ((carry = 'remaining') = (previous_key IS NOT NULL))
) STRICT;
CREATE INDEX review_items_by_fingerprint ON review_items (fingerprint);
CREATE INDEX review_items_by_rule ON review_items (rule_id) WHERE rule_id IS NOT NULL;

-- Append-only: an item's current decision is its newest row (highest id, i.e. commit order,
-- which unlike decided_at cannot tie or go backwards with the clock).
CREATE TABLE decisions (
  id         INTEGER PRIMARY KEY,
  item_id    INTEGER NOT NULL REFERENCES review_items (id),
  decision   TEXT NOT NULL CHECK (decision IN ('open', 'fixed', 'accepted', 'not-applicable')),
  reason     TEXT,
  answer     TEXT,
  reviewer   TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
  decided_at TEXT NOT NULL,
  -- 1 when copied from the previous version's review at creation.
  carried    INTEGER NOT NULL DEFAULT 0 CHECK (carried IN (0, 1)),
  CHECK (decision NOT IN ('accepted', 'not-applicable') OR coalesce(length(trim(reason)), 0) > 0)
) STRICT;
CREATE INDEX decisions_by_item ON decisions (item_id, id);

CREATE TABLE resolved_items (
  review_id    TEXT NOT NULL REFERENCES reviews (id),
  position     INTEGER NOT NULL CHECK (position >= 0),
  previous_key TEXT NOT NULL,
  rule_id      TEXT,
  principle    TEXT NOT NULL CHECK (principle IN ${PRINCIPLES}),
  fingerprint  TEXT NOT NULL,
  body         TEXT NOT NULL CHECK (json_valid(body)),
  PRIMARY KEY (review_id, position),
  UNIQUE (review_id, previous_key)
) STRICT;

CREATE TABLE paragraph_changes (
  review_id TEXT NOT NULL REFERENCES reviews (id),
  position  INTEGER NOT NULL CHECK (position >= 0),
  kind      TEXT NOT NULL CHECK (kind IN ('added', 'removed', 'changed')),
  before    TEXT CHECK (before IS NULL OR json_valid(before)),
  after     TEXT CHECK (after IS NULL OR json_valid(after)),
  PRIMARY KEY (review_id, position),
  -- added: only after; removed: only before; changed: both.
  CHECK ((before IS NULL) = (kind = 'added')),
  CHECK ((after IS NULL) = (kind = 'removed'))
) STRICT;

CREATE TABLE history (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('series-created', 'version-imported', 'review-created', 'decision-recorded',
                                            'review-completed', 'review-reopened')),
  series_id INTEGER REFERENCES series (id),
  review_id TEXT REFERENCES reviews (id),
  item_key  TEXT,
  details   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
) STRICT;
CREATE INDEX history_by_series ON history (series_id, id) WHERE series_id IS NOT NULL;
CREATE INDEX history_by_review ON history (review_id, id) WHERE review_id IS NOT NULL;

-- Append-only, enforced by the database itself so no code path (or hand-run SQL) can rewrite
-- what was decided. RAISE(ABORT) rolls back the statement and leaves the transaction to the caller.
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
`;
