import type { RuleKind } from '../rule-types.js';

/**
 * The placeholders each kind fills in its messages. A message using any other name would
 * show a raw "{name}" to the user, so the loader refuses it.
 */
export const PLACEHOLDERS: Readonly<Record<RuleKind, readonly string[]>> = {
  term: ['match', 'replacement'],
  pattern: ['match'],
  required: [],
  'date-gap': ['days', 'minDays', 'from', 'to'],
  metric: ['value', 'threshold', 'band', 'words', 'terms'],
  coverage: ['principle', 'covered'],
  balance: ['first', 'second', 'firstCount', 'secondCount', 'firstWords', 'secondWords'],
};

/** Names used as `{name}` in a template. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}
