import type Database from 'better-sqlite3';
import { VardekollenError } from '../errors/vardekollen-error.js';
import type { Migration } from './migrations/migration.js';
import { databaseError } from './store-errors.js';

/** The schema version recorded in the database file (0 for a new, empty file). */
export function userVersion(db: Database.Database): number {
  const version: unknown = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') throw new Error(`PRAGMA user_version returned ${String(version)}`);
  return version;
}

/**
 * Refuses a database written by a newer Värdekollen (DATABASE_TOO_NEW). Only reads: the caller
 * runs it before anything that could write, so the user's newer data stays untouched.
 */
export function refuseNewerSchema(db: Database.Database, path: string, supported: number): void {
  const found = userVersion(db);
  if (found > supported) throw new VardekollenError('DATABASE_TOO_NEW', { path, found, supported });
}

/**
 * Brings the database up to the last of `migrations`. Each step runs in its own IMMEDIATE
 * transaction together with its `user_version` bump, and re-reads the version after taking the
 * write lock: two processes opening the same new file at once then migrate it once, not twice.
 * A failing step rolls back, leaving the previous version intact, and is reported as
 * DATABASE_ERROR naming the step.
 */
export function migrate(db: Database.Database, path: string, migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    // A programming error, not a user's problem: the list must be 1, 2, 3...
    if (migration.version !== index + 1) throw new Error(`migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
  });
  refuseNewerSchema(db, path, migrations.length);

  for (const migration of migrations) {
    const step = db.transaction(() => {
      const current = userVersion(db);
      if (current >= migration.version) return;
      migration.up(db);
      // PRAGMA takes no bound parameters; the value is an integer from our own list.
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      step.immediate();
    } catch (error) {
      if (error instanceof VardekollenError) throw error;
      throw databaseError(path, new Error(`schema migration ${String(migration.version).padStart(4, '0')}-${migration.name} failed: ${describe(error)}`, { cause: error }));
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
