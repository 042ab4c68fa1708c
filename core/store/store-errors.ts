import Database from 'better-sqlite3';
import { VardekollenError } from '../errors/vardekollen-error.js';
import { StoredValueError } from './json-codec.js';

/** DATABASE_ERROR for the database at `path`, keeping the original error as the cause. */
export function databaseError(path: string, error: unknown): VardekollenError {
  const detail = error instanceof Database.SqliteError ? `${error.message} (${error.code})` : error instanceof Error ? error.message : String(error);
  return new VardekollenError('DATABASE_ERROR', { path, detail }, { cause: error });
}

/**
 * Turns what SQLite (or a damaged stored value) throws into a typed error:
 * - a violated constraint (UNIQUE, CHECK, FOREIGN KEY, an append-only trigger) means the store
 *   was handed data it must not hold — a bug in the caller, so INTERNAL, not a broken database;
 * - anything else from SQLite (locked past the busy timeout, disk full, I/O error, damage)
 *   and a stored value that cannot be read back is DATABASE_ERROR.
 * Typed errors and programming errors (TypeError and the like) pass through unchanged, so bugs
 * stay visible as bugs.
 */
export function toStoreError(path: string, error: unknown): unknown {
  if (error instanceof VardekollenError) return error;
  if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT')) {
    return new VardekollenError('INTERNAL', { detail: `the review database refused a write: ${error.message} (${error.code})` }, { cause: error });
  }
  if (error instanceof Database.SqliteError || error instanceof StoredValueError) return databaseError(path, error);
  return error;
}
