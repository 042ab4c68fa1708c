import { parseJsonText } from '../json-codec.js';
import type { HistoryAction, HistoryEvent } from '../review-store.js';

/** A row of `history`. */
export interface HistoryRow {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: HistoryAction;
  readonly series_id: number | null;
  readonly review_id: string | null;
  readonly item_key: string | null;
  readonly details: string;
}

export function toHistoryEvent(row: HistoryRow): HistoryEvent {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    ...(row.series_id !== null ? { seriesId: row.series_id } : {}),
    ...(row.review_id !== null ? { reviewId: row.review_id } : {}),
    ...(row.item_key !== null ? { itemKey: row.item_key } : {}),
    details: parseJsonText<Record<string, unknown>>(row.details),
  };
}
