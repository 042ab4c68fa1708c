import type Database from 'better-sqlite3';

/**
 * One step of the schema. Steps are numbered 1, 2, 3... and never change once released: a
 * database out there was built by exactly this code, so a fix is a new step, not an edit.
 * Each step runs in its own transaction together with the `user_version` bump, so a failing
 * step leaves the database as it was.
 */
export interface Migration {
  /** The `PRAGMA user_version` the database has after this step. */
  readonly version: number;
  /** Short kebab-case name, the file name without the number. */
  readonly name: string;
  /** Applies the step. Runs inside a transaction; must not change PRAGMAs that cannot be (journal_mode, foreign_keys). */
  up(db: Database.Database): void;
}
