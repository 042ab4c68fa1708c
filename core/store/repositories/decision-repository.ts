import type Database from 'better-sqlite3';
import type { DecisionRecord } from '../../review/checklist-types.js';
import type { DecisionColumns } from '../rows/item-rows.js';

/** The append-only decisions on checklist items. */
export function decisionRepository(db: Database.Database) {
  const insert = db.prepare<[number, string, string | null, string | null, string, string, number]>(
    'INSERT INTO decisions (item_id, decision, reason, answer, reviewer, decided_at, carried) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const ofItem = db.prepare<[number], DecisionColumns>('SELECT decision, reason, answer, reviewer, decided_at FROM decisions WHERE item_id = ? ORDER BY id');

  return {
    /** Appends a decision; `carried` marks one copied from the previous version's review. */
    insert(itemId: number, record: DecisionRecord, carried: boolean): void {
      insert.run(itemId, record.decision, record.reason ?? null, record.answer ?? null, record.reviewer, record.decidedAt, carried ? 1 : 0);
    },
    /** Every decision on the item, oldest first. */
    ofItem: (itemId: number): DecisionColumns[] => ofItem.all(itemId),
  };
}

/** The functions of {@link decisionRepository}. */
export type DecisionRepository = ReturnType<typeof decisionRepository>;
