import type { Migration } from './migration.js';

/**
 * Sign-off: reviewers with their keys, and signatures of completed reviews. The history log
 * learns the two new actions; SQLite cannot change a CHECK constraint in place, so the table is
 * rebuilt (the documented create-copy-drop-rename procedure), keeping every event and its id.
 * Dropping the old table does not fire its DELETE trigger, and nothing references history, so
 * foreign keys can stay on.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'sign-off',
  up(db) {
    db.exec(SQL);
  },
};

const SQL = `
CREATE TABLE reviewers (
  name                      TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
  public_key_pem            TEXT NOT NULL CHECK (length(public_key_pem) > 0),
  encrypted_private_key_pem TEXT NOT NULL CHECK (length(encrypted_private_key_pem) > 0),
  key_fingerprint           TEXT NOT NULL CHECK (key_fingerprint LIKE 'SHA256:%'),
  created_at                TEXT NOT NULL
) STRICT;

-- A review can be completed, reopened and completed again; each completion is a round, and a
-- signature belongs to the round it signed. A reviewer signs a round once; after a reopening
-- the old signatures stay here (append-only) but no longer count, and they may sign again.
ALTER TABLE reviews ADD COLUMN completion_round INTEGER NOT NULL DEFAULT 0 CHECK (completion_round >= 0);

CREATE TABLE signatures (
  id               INTEGER PRIMARY KEY,
  review_id        TEXT NOT NULL REFERENCES reviews (id),
  completion_round INTEGER NOT NULL CHECK (completion_round >= 1),
  reviewer         TEXT NOT NULL REFERENCES reviewers (name),
  key_fingerprint  TEXT NOT NULL,
  signed_at        TEXT NOT NULL,
  entry            TEXT NOT NULL CHECK (json_valid(entry)),
  UNIQUE (review_id, completion_round, reviewer)
) STRICT;

CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;
CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;

CREATE TABLE history_new (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('series-created', 'version-imported', 'review-created', 'decision-recorded',
                                            'review-completed', 'review-reopened', 'reviewer-created', 'review-signed')),
  series_id INTEGER REFERENCES series (id),
  review_id TEXT REFERENCES reviews (id),
  item_key  TEXT,
  details   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
) STRICT;
INSERT INTO history_new (id, at, actor, action, series_id, review_id, item_key, details)
  SELECT id, at, actor, action, series_id, review_id, item_key, details FROM history ORDER BY id;
DROP TABLE history;
ALTER TABLE history_new RENAME TO history;
CREATE INDEX history_by_series ON history (series_id, id) WHERE series_id IS NOT NULL;
CREATE INDEX history_by_review ON history (review_id, id) WHERE review_id IS NOT NULL;
CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
`;
