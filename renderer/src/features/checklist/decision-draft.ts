import type { ChecklistItem, Decision } from '../../../../core/review/checklist-types.js';
import { decisionOf } from './filter-items.js';

/** The decision form's state for the selected item, before it is saved. */
export interface DecisionDraft {
  readonly itemKey: string;
  readonly decision: Decision;
  readonly reason: string;
  readonly answer: string;
  /** Set when saving was refused because the decision needs a reason and none was written. */
  readonly reasonMissing: boolean;
}

/** A draft that starts from what is recorded. */
export function draftFor(item: ChecklistItem): DecisionDraft {
  return { itemKey: item.key, decision: decisionOf(item), reason: item.decision?.reason ?? '', answer: item.decision?.answer ?? '', reasonMissing: false };
}
