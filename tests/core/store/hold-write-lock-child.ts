/**
 * Child process of concurrency.test.ts: another program (a second window, a CLI run) in the
 * middle of a write. Takes the write lock, adds a series, prints "locked", holds the lock for
 * the given milliseconds, commits and prints "committed". Arguments: database path, hold ms.
 */
import Database from 'better-sqlite3';

const [path, holdMs] = process.argv.slice(2);
if (path === undefined || holdMs === undefined) throw new Error('usage: hold-write-lock-child <db> <ms>');

const db = new Database(path);
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT INTO series (name, document_type, created_at) VALUES ('Från det andra fönstret', 'policy', '2025-03-01T08:00:00.000Z')").run();
process.stdout.write('locked\n');
// Block this process as a long write would, without spinning.
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdMs));
db.exec('COMMIT');
process.stdout.write('committed\n');
db.close();
