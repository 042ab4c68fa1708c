import type { Decision } from '../../../../core/review/checklist-types.js';
import type { I18n } from '../../i18n/i18n.js';

/** The decision's name ("Åtgärdad"); an unknown value from an old history entry is shown as it is. */
export function decisionLabel(decision: Decision, i18n: Pick<I18n, 't'>): string {
  switch (decision) {
    case 'open':
    case 'fixed':
    case 'accepted':
    case 'not-applicable':
      return i18n.t(`decision.${decision}`);
    default:
      return String(decision);
  }
}
