import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { VardekollenError } from '../errors/vardekollen-error.js';
import { MIGRATIONS } from './migrations/migration-list.js';
import type { Migration } from './migrations/migration.js';
import { migrate, refuseNewerSchema } from './migrate.js';
import { databaseError } from './store-errors.js';

/**
 * How long a write waits for another connection's write transaction (another window, a CLI
 * run) before giving up, in milliseconds. Reviews are written in milliseconds; five seconds
 * covers even a large import in the other process.
 */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) the database at `path`, checks it and brings its schema up to
 * date. In order:
 * 1. the folder is created and the file opened;
 * 2. the schema version is read, and a newer database is refused (DATABASE_TOO_NEW) before
 *    anything is written — not even the switch to WAL, which rewrites the file header;
 * 3. `PRAGMA quick_check`: a damaged file is refused (DATABASE_ERROR) instead of being
 *    written to, which could spread the damage;
 * 4. WAL journal (readers do not block the writer), synchronous=FULL (each commit is on disk
 *    before the call returns: decisions are small, and must survive a power cut), foreign keys;
 * 5. pending migrations, each in its own transaction.
 * Any failure closes the connection and throws a typed error.
 */
export function openConnection(path: string, migrations: readonly Migration[] = MIGRATIONS): Database.Database {
  let db: Database.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw databaseError(path, error);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    refuseNewerSchema(db, path, migrations.length);
    assertIntact(db, path);
    // SQLite answers with the mode it actually uses. If it could not switch, the guarantees
    // described above do not hold (readers would block the writer), and we say so.
    const mode: unknown = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`the database cannot use write-ahead logging (journal mode stays ${String(mode)})`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, path, migrations);
    return db;
  } catch (error) {
    db.close();
    // Whatever stops the opening makes this file unusable for now; say so with its path.
    throw error instanceof VardekollenError ? error : databaseError(path, error);
  }
}

function assertIntact(db: Database.Database, path: string): void {
  const problems = db.pragma('quick_check') as { quick_check: string }[];
  const messages = problems.map((row) => row.quick_check).filter((message) => message !== 'ok');
  if (messages.length > 0) throw databaseError(path, new Error(`the file is damaged (${messages.slice(0, 3).join('; ')})`));
}
