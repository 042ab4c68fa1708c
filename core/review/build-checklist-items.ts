import type { CheckResult } from '../check/check-document.js';
import type { Finding } from '../check/finding.js';
import { PRINCIPLE_IDS } from '../principles/principles.js';
import type { DocumentType, StandingQuestion } from '../rules/rule-types.js';
import type { ChecklistItem, Occurrence } from './checklist-types.js';
import { findingItemKey, fingerprintOf, groupKeyOf, questionItemKey } from './item-identity.js';

/**
 * Turns a check result into checklist items: one item per finding, identical findings (same
 * rule and message about the same passage) grouped into one item with all their occurrences,
 * then the standing questions for the document type. Items are ordered by principle (the six
 * in their own order), within a principle document-level items first, then by where their
 * first occurrence is, then the questions. Every item starts open and new.
 */
export function buildChecklistItems(check: CheckResult, questions: readonly StandingQuestion[], type: DocumentType): ChecklistItem[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of check.findings) {
    const key = groupKeyOf(finding);
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }

  const findingItems = [...groups].map(([groupKey, findings]) => {
    const first = findings[0] as Finding;
    const occurrences: Occurrence[] = first.span
      ? findings.map((f) => ({
          findingId: f.id,
          quote: f.quote,
          ...(f.span ? { span: f.span } : {}),
          ...(f.origin ? { origin: f.origin } : {}),
          ...(f.context !== undefined ? { context: f.context } : {}),
        }))
      : [];
    return {
      sortKey: first.span?.start ?? -1,
      item: {
        key: findingItemKey(groupKey),
        kind: 'finding',
        principle: first.principle,
        severity: first.severity,
        title: first.ruleTitle,
        message: first.message,
        ruleId: first.ruleId,
        occurrences,
        suggestion: first.suggestion,
        legal: first.legal,
        fingerprint: fingerprintOf(groupKey, first.context),
        carry: 'new',
        decision: undefined,
        position: 0,
      } satisfies ChecklistItem,
    };
  });

  const questionItems = questions
    .filter((q) => q.appliesTo.includes(type))
    .map((q) => ({
      key: questionItemKey(q.id),
      kind: 'question',
      principle: q.principle,
      severity: 'info',
      title: q.title,
      message: q.question,
      questionId: q.id,
      occurrences: [],
      ...(q.answerPrompt ? { answerPrompt: q.answerPrompt } : {}),
      legal: q.legal,
      fingerprint: fingerprintOf(`question\u241f${q.id}`, undefined),
      carry: 'new',
      decision: undefined,
      position: 0,
    }) satisfies ChecklistItem);

  const ordered: ChecklistItem[] = [];
  for (const principle of PRINCIPLE_IDS) {
    ordered.push(
      ...findingItems
        .filter((f) => f.item.principle === principle)
        .sort((a, b) => a.sortKey - b.sortKey || a.item.key.localeCompare(b.item.key))
        .map((f) => f.item),
      ...questionItems.filter((q) => q.principle === principle),
    );
  }
  return ordered.map((item, position) => ({ ...item, position }));
}
