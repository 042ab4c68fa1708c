import { migration0001 } from './0001-review-workflow.js';
import { migration0002 } from './0002-sign-off.js';
import type { Migration } from './migration.js';

/** Every schema step, in order. Append only; never edit or reorder a released step. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];

/** The schema version this build writes and understands. */
export const SCHEMA_VERSION = MIGRATIONS.length;
