import type { CarryState, ChecklistItem, Decision } from '../../../../core/review/checklist-types.js';
import type { PrincipleId } from '../../../../core/principles/principles.js';
import type { Severity } from '../../../../core/rules/rule-types.js';

/** What the checklist shows; "all" lets everything through. */
export interface ChecklistFilter {
  readonly severity: Severity | 'all';
  readonly principle: PrincipleId | 'all';
  /** `decided`: anything but open. */
  readonly decision: Decision | 'decided' | 'all';
  readonly carry: CarryState | 'all';
}

export const NO_FILTER: ChecklistFilter = { severity: 'all', principle: 'all', decision: 'all', carry: 'all' };

/** The item's current decision; an item nobody has decided is open. */
export function decisionOf(item: ChecklistItem): Decision {
  return item.decision?.decision ?? 'open';
}

export function matchesFilter(item: ChecklistItem, filter: ChecklistFilter): boolean {
  if (filter.severity !== 'all' && item.severity !== filter.severity) return false;
  if (filter.principle !== 'all' && item.principle !== filter.principle) return false;
  if (filter.carry !== 'all' && item.carry !== filter.carry) return false;
  const decision = decisionOf(item);
  if (filter.decision === 'decided') return decision !== 'open';
  return filter.decision === 'all' || decision === filter.decision;
}

/** Items in checklist order (by position), filtered. */
export function filterItems(items: readonly ChecklistItem[], filter: ChecklistFilter): ChecklistItem[] {
  return [...items].sort((a, b) => a.position - b.position).filter((item) => matchesFilter(item, filter));
}
