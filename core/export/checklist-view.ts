import type { Language } from '../errors/localized-text.js';
import { describeOrigin } from '../model/describe-origin.js';
import { PRINCIPLES, type Principle } from '../principles/principles.js';
import { DECISIONS, type Checklist, type ChecklistDocument, type ChecklistItem, type Decision, type Occurrence, type ParagraphChange } from '../review/checklist-types.js';
import { SEVERITIES, type Severity } from '../rules/rule-types.js';
import { CHECKLIST_WORDS } from './checklist-words.js';

/**
 * What every checklist export shows, worked out once so that the Markdown, HTML and Word
 * files cannot disagree about grouping, order, counts or how a place is named.
 */

/** One of the six principles with its items, findings and questions apart. */
export interface PrincipleSection {
  readonly principle: Principle;
  /** 1-based number of the principle in the fixed order. */
  readonly number: number;
  /** Findings of this principle by checklist position. */
  readonly findings: readonly ChecklistItem[];
  /** Standing questions of this principle by checklist position. */
  readonly questions: readonly ChecklistItem[];
}

/** The six principles in their fixed order, each with its items (possibly none). */
export function principleSections(checklist: Checklist): PrincipleSection[] {
  const ordered = [...checklist.items].sort((a, b) => a.position - b.position);
  return PRINCIPLES.map((principle, index) => ({
    principle,
    number: index + 1,
    findings: ordered.filter((item) => item.principle === principle.id && item.kind === 'finding'),
    questions: ordered.filter((item) => item.principle === principle.id && item.kind === 'question'),
  }));
}

/** The item's decision; an item nobody has decided is open. */
export function decisionOf(item: ChecklistItem): Decision {
  return item.decision?.decision ?? 'open';
}

/** How many items have each decision (every decision present, zeros included). */
export function countByDecision(items: readonly ChecklistItem[]): Record<Decision, number> {
  const counts = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  for (const item of items) counts[decisionOf(item)]++;
  return counts;
}

/** How many items have each severity (every severity present, zeros included). */
export function countBySeverity(items: readonly ChecklistItem[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const item of items) counts[item.severity]++;
  return counts;
}

/** Where one occurrence is, as a reader looks for it ("sida 3, stycke 2"). */
export function describeOccurrence(occurrence: Occurrence, language: Language): string {
  const described = occurrence.origin ? describeOrigin(occurrence.origin, language) : '';
  if (described) return described;
  // An occurrence without an origin still has offsets; better a character position than nothing.
  return occurrence.span ? `${CHECKLIST_WORDS[language].unknownPlace} (${occurrence.span.start}–${occurrence.span.end})` : CHECKLIST_WORDS[language].unknownPlace;
}

/** Every place of an item: one per occurrence, or "hela dokumentet" for document-level findings and questions. */
export function itemLocations(item: ChecklistItem, language: Language): string[] {
  if (item.occurrences.length === 0) return [CHECKLIST_WORDS[language].wholeDocument];
  return item.occurrences.map((o) => describeOccurrence(o, language));
}

/** Where a changed paragraph was and is: "rad 5 → rad 6", or one side for additions and removals. */
export function describeChange(change: ParagraphChange, language: Language): string {
  const before = change.before ? describeOrigin(change.before.origin, language) : '';
  const after = change.after ? describeOrigin(change.after.origin, language) : '';
  return before && after ? `${before} → ${after}` : before || after;
}

/**
 * An ISO 8601 time as "2025-04-02 10:15 UTC". Times in a checklist are UTC by contract;
 * showing them in UTC keeps a printed checklist the same wherever it was printed.
 * A string that is not a time is shown as it is rather than hidden.
 */
export function formatTimestamp(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The decision in words with who and when: "Accepterad – Anna Berg, 2025-04-02 10:15 UTC". */
export function describeDecision(item: ChecklistItem, language: Language): string {
  const w = CHECKLIST_WORDS[language];
  const record = item.decision;
  const name = w.decisions[decisionOf(item)];
  if (!record || !record.reviewer) return name;
  return `${name} – ${record.reviewer}, ${formatTimestamp(record.decidedAt)}`;
}

/** The document's length and format: "412 ord, 3 sidor (pdf)". */
export function describeExtent(document: ChecklistDocument, language: Language): string {
  const w = CHECKLIST_WORDS[language];
  const pages = document.pageCount !== undefined ? `, ${document.pageCount} ${w.pages}` : '';
  return `${document.wordCount} ${w.words}${pages} (${document.format})`;
}

/** True when the item counts as done on a printed task list (anything but open). */
export function isDecided(item: ChecklistItem): boolean {
  return decisionOf(item) !== 'open';
}
