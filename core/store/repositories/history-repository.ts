import type Database from 'better-sqlite3';
import type { HistoryAction } from '../review-store.js';
import type { HistoryRow } from '../rows/history-rows.js';

/** What a write appends to the history log. */
export interface NewHistoryEvent {
  readonly at: string;
  readonly actor: string;
  readonly action: HistoryAction;
  readonly seriesId?: number;
  readonly reviewId?: string;
  readonly itemKey?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Filters of {@link HistoryRepository.list}; `limit` keeps the newest events. */
export interface HistoryFilter {
  readonly seriesId?: number;
  readonly reviewId?: string;
  readonly limit?: number;
}

const COLUMNS = 'id, at, actor, action, series_id, review_id, item_key, details';

/** The append-only history log. */
export function historyRepository(db: Database.Database) {
  const append = db.prepare<[string, string, string, number | null, string | null, string | null, string]>(
    'INSERT INTO history (at, actor, action, series_id, review_id, item_key, details) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  // One statement per filter so each can walk its own index ((series_id, id) or (review_id, id))
  // backwards. The newest `limit` events are taken in descending order and turned back to
  // oldest first; -1 means no limit.
  const newestFirst = (where: string) => `SELECT * FROM (SELECT ${COLUMNS} FROM history ${where} ORDER BY id DESC LIMIT @limit) ORDER BY id`;
  const all = db.prepare<{ limit: number }, HistoryRow>(newestFirst(''));
  const ofSeries = db.prepare<{ seriesId: number; limit: number }, HistoryRow>(newestFirst('WHERE series_id = @seriesId'));
  const ofReview = db.prepare<{ reviewId: string; limit: number }, HistoryRow>(newestFirst('WHERE review_id = @reviewId'));
  const ofBoth = db.prepare<{ seriesId: number; reviewId: string; limit: number }, HistoryRow>(
    newestFirst('WHERE review_id = @reviewId AND series_id = @seriesId'),
  );

  return {
    append(event: NewHistoryEvent): void {
      append.run(
        event.at,
        event.actor,
        event.action,
        event.seriesId ?? null,
        event.reviewId ?? null,
        event.itemKey ?? null,
        JSON.stringify(event.details ?? {}),
      );
    },
    list(filter: HistoryFilter = {}): HistoryRow[] {
      const limit = filter.limit ?? -1;
      const { seriesId, reviewId } = filter;
      if (seriesId !== undefined && reviewId !== undefined) return ofBoth.all({ seriesId, reviewId, limit });
      if (seriesId !== undefined) return ofSeries.all({ seriesId, limit });
      if (reviewId !== undefined) return ofReview.all({ reviewId, limit });
      return all.all({ limit });
    },
  };
}

/** The functions of {@link historyRepository}. */
export type HistoryRepository = ReturnType<typeof historyRepository>;
