import type { Span } from '../model/span.js';
import { namesRule } from '../rules/names-rule.js';
import type { FindingDraft } from './finding-draft.js';

/**
 * Drops the findings of rules that give way (a rule's `yieldsTo`) where a finding of a rule
 * they give way to lies in the same sentence: a broad safety-net rule should not ask a reviewer
 * about a sentence that a precise rule already reports, with a sharper message and a higher
 * severity. "The same sentence" is the yielding finding's sentence, or its passage when it has
 * none; the other finding must overlap it, and its rule must not give way to the first. Order is kept.
 */
export function dropYieldedFindings(drafts: readonly FindingDraft[]): readonly FindingDraft[] {
  if (!drafts.some((draft) => draft.rule.yieldsTo)) return drafts;
  return drafts.filter((draft) => {
    const yieldsTo = draft.rule.yieldsTo;
    if (!yieldsTo) return true;
    const area = draft.sentence?.span ?? draft.span;
    if (!area) return true;
    // Not to a rule that gives way to this one (two rules giving way to each other would both
    // vanish), nor to itself (a rule's own second match must not hide its first). A rule that
    // gives way elsewhere still counts: the safety net for media contact gives way to the rule
    // for contact routed through one unit, which itself gives way only to the outright ban.
    return !drafts.some(
      (other) =>
        other.rule.id !== draft.rule.id &&
        other.span !== undefined &&
        overlaps(area, other.span) &&
        namesRule(yieldsTo, other.rule.id) &&
        !namesRule(other.rule.yieldsTo ?? [], draft.rule.id),
    );
  });
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
