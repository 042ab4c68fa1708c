import type { LocalizedText } from '../../errors/localized-text.js';
import type { PrincipleId } from '../../principles/principles.js';
import type { LegalReference, Severity } from '../../rules/rule-types.js';
import type { CarryState, ChecklistItem, Decision, DecisionRecord, Occurrence } from '../../review/checklist-types.js';
import { parseJsonText } from '../json-codec.js';

/** A decision's columns; `null` throughout when an item was never decided (LEFT JOIN). */
export interface DecisionColumns {
  readonly decision: Decision | null;
  readonly reason: string | null;
  readonly answer: string | null;
  readonly reviewer: string | null;
  readonly decided_at: string | null;
}

/** A row of `review_items` with its newest decision joined in. */
export interface ItemRow extends DecisionColumns {
  readonly key: string;
  readonly kind: 'finding' | 'question';
  readonly principle: PrincipleId;
  readonly severity: Severity;
  readonly rule_id: string | null;
  readonly question_id: string | null;
  readonly fingerprint: string;
  readonly position: number;
  readonly carry: CarryState;
  readonly previous_key: string | null;
  readonly body: string;
}

/** What of an item is read, never searched: stored as JSON in `review_items.body`. */
export interface ItemBody {
  readonly title: LocalizedText;
  readonly message: LocalizedText;
  readonly occurrences: readonly Occurrence[];
  readonly suggestion?: LocalizedText;
  readonly answerPrompt?: LocalizedText;
  readonly legal: readonly LegalReference[];
  /** See {@link ChecklistItem.reopened}; absent in items stored before it existed. */
  readonly reopened?: DecisionRecord;
}

/** The JSON body of an item: exactly the fields that have no column (never its decision). */
export function itemBody(item: ChecklistItem): string {
  const body: ItemBody = {
    title: item.title,
    message: item.message,
    occurrences: item.occurrences,
    ...(item.suggestion !== undefined ? { suggestion: item.suggestion } : {}),
    ...(item.answerPrompt !== undefined ? { answerPrompt: item.answerPrompt } : {}),
    legal: item.legal,
    ...(item.reopened !== undefined ? { reopened: item.reopened } : {}),
  };
  return JSON.stringify(body);
}

export function toChecklistItem(row: ItemRow): ChecklistItem {
  const body = parseJsonText<ItemBody>(row.body);
  return {
    key: row.key,
    kind: row.kind,
    principle: row.principle,
    severity: row.severity,
    title: body.title,
    message: body.message,
    ...(row.rule_id !== null ? { ruleId: row.rule_id } : {}),
    ...(row.question_id !== null ? { questionId: row.question_id } : {}),
    occurrences: body.occurrences,
    ...(body.suggestion !== undefined ? { suggestion: body.suggestion } : {}),
    ...(body.answerPrompt !== undefined ? { answerPrompt: body.answerPrompt } : {}),
    legal: body.legal,
    fingerprint: row.fingerprint,
    carry: row.carry,
    ...(row.previous_key !== null ? { previousKey: row.previous_key } : {}),
    ...(body.reopened !== undefined ? { reopened: body.reopened } : {}),
    decision: toDecisionRecord(row),
    position: row.position,
  };
}

/** The decision in a row, or undefined when the item was never decided. */
export function toDecisionRecord(row: DecisionColumns): DecisionRecord | undefined {
  if (row.decision === null || row.reviewer === null || row.decided_at === null) return undefined;
  return {
    decision: row.decision,
    ...(row.reason !== null ? { reason: row.reason } : {}),
    ...(row.answer !== null ? { answer: row.answer } : {}),
    reviewer: row.reviewer,
    decidedAt: row.decided_at,
  };
}
