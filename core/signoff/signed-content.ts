import type { LocalizedText } from '../errors/localized-text.js';
import { VardekollenError } from '../errors/vardekollen-error.js';
import type { DocumentFormat } from '../model/document.js';
import type { PrincipleId } from '../principles/principles.js';
import type { Checklist, ChecklistItem, Decision, DecisionRecord, Occurrence, ResolvedItem } from '../review/checklist-types.js';
import type { DocumentType, Severity } from '../rules/rule-types.js';

export const SIGNED_CONTENT_FORMAT = 'vardekollen-checklist';
export const SIGNED_CONTENT_FORMAT_VERSION = 1;

/**
 * What a sign-off binds (DOMAIN.md, "Checklists and sign-off"): the document, the rule set, the
 * review and every item with its decision. Plain data only, every optional fact spelled out as
 * `null` (except inside `location`, whose keys depend on the document format), so that the
 * canonical JSON of two equal checklists is the same string.
 *
 * Left out on purpose, because they follow from what is kept and change no meaning: item titles,
 * suggestions, legal references and answer prompts (all determined by the rule or question id
 * plus the rule-set hash), the sentence context and heading path of an occurrence and its box on
 * the page (determined by the document text, bound by its hash), the word count (ditto), the
 * display position (the order of `items` is kept instead), carry-over bookkeeping (`carry`,
 * `previousKey`, `fingerprint`) and the paragraph changes (derived from two documents' texts).
 */
export interface SignedContent {
  readonly format: typeof SIGNED_CONTENT_FORMAT;
  readonly formatVersion: typeof SIGNED_CONTENT_FORMAT_VERSION;
  readonly document: SignedDocument;
  readonly ruleSet: { readonly version: string; readonly hash: string };
  readonly review: SignedReview;
  /** In checklist order (by position). Keys are unique. */
  readonly items: readonly SignedItem[];
  /** Items of the previous version whose findings are gone. `previousKey`s are unique. */
  readonly resolved: readonly SignedResolvedItem[];
}

export interface SignedDocument {
  readonly fileName: string | null;
  readonly title: string;
  readonly format: DocumentFormat;
  /** SHA-256 of the file bytes, lowercase hex. */
  readonly fileSha256: string;
  /** SHA-256 of the normalised text (UTF-8), lowercase hex. */
  readonly textSha256: string;
  readonly pageCount: number | null;
}

export interface SignedReview {
  readonly id: string;
  readonly series: string;
  /** 1-based version number of the document within its series. */
  readonly version: number;
  readonly documentType: DocumentType;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  readonly completedAt: string | null;
  readonly completedBy: string | null;
}

/** One checklist item with its decision (flattened: `decidedBy` is the deciding reviewer). */
export interface SignedItem {
  readonly key: string;
  readonly kind: 'finding' | 'question';
  readonly ruleId: string | null;
  readonly questionId: string | null;
  readonly principle: PrincipleId;
  readonly severity: Severity;
  /** The finding's message or the standing question itself, both languages. */
  readonly message: LocalizedText;
  readonly occurrences: readonly SignedOccurrence[];
  readonly decision: Decision;
  readonly reason: string | null;
  readonly answer: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
}

export interface SignedOccurrence {
  readonly quote: string;
  readonly location: SignedLocation;
}

/**
 * Where a quote is, as plain numbers. Offsets are 0-based UTF-16 code units into the normalised
 * text (`[start, end)`); page, paragraph, line and table positions are 1-based as people count.
 */
export interface SignedLocation {
  readonly start?: number;
  readonly end?: number;
  readonly page?: number;
  readonly paragraphOnPage?: number;
  readonly docxParagraph?: number;
  readonly line?: number;
  readonly table?: { readonly table: number; readonly row: number; readonly column: number };
}

export interface SignedDecision {
  readonly decision: Decision;
  readonly reason: string | null;
  readonly answer: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
}

export interface SignedResolvedItem {
  readonly previousKey: string;
  readonly ruleId: string | null;
  readonly principle: PrincipleId;
  readonly quote: string;
  readonly previousDecision: SignedDecision | null;
}

/**
 * The part of a checklist a sign-off binds, as a plain, versioned object.
 *
 * @throws VardekollenError INVALID_ARGUMENT when two items (or two resolved items) share a key:
 *   the manifest names items by key, so keys must identify them.
 */
export function signableContent(checklist: Checklist): SignedContent {
  const items = checklist.items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.position - b.item.position || a.index - b.index)
    .map(({ item }) => signedItem(item));
  assertUniqueKeys(items.map((i) => i.key), 'item key');
  const resolved = checklist.resolved.map(signedResolvedItem);
  assertUniqueKeys(resolved.map((r) => r.previousKey), 'resolved item key');
  const { document } = checklist;
  return {
    format: SIGNED_CONTENT_FORMAT,
    formatVersion: SIGNED_CONTENT_FORMAT_VERSION,
    document: {
      fileName: document.fileName ?? null,
      title: document.title,
      format: document.format,
      fileSha256: document.fileSha256,
      textSha256: document.textSha256,
      pageCount: document.pageCount ?? null,
    },
    ruleSet: { version: checklist.ruleSet.version, hash: checklist.ruleSet.hash },
    review: {
      id: checklist.reviewId,
      series: checklist.seriesName,
      version: checklist.version,
      documentType: checklist.documentType,
      createdAt: checklist.createdAt,
      completedAt: checklist.completedAt ?? null,
      completedBy: checklist.completedBy ?? null,
    },
    items,
    resolved,
  };
}

function signedItem(item: ChecklistItem): SignedItem {
  return {
    key: item.key,
    kind: item.kind,
    ruleId: item.ruleId ?? null,
    questionId: item.questionId ?? null,
    principle: item.principle,
    severity: item.severity,
    message: { sv: item.message.sv, en: item.message.en },
    occurrences: item.occurrences.map(signedOccurrence),
    ...signedDecision(item.decision),
  };
}

function signedOccurrence(occurrence: Occurrence): SignedOccurrence {
  const origin = occurrence.origin;
  const location: { -readonly [K in keyof SignedLocation]: SignedLocation[K] } = {};
  if (occurrence.span) {
    location.start = occurrence.span.start;
    location.end = occurrence.span.end;
  }
  if (origin?.page !== undefined) location.page = origin.page;
  if (origin?.paragraphOnPage !== undefined) location.paragraphOnPage = origin.paragraphOnPage;
  if (origin?.docxParagraph !== undefined) location.docxParagraph = origin.docxParagraph;
  if (origin?.line !== undefined) location.line = origin.line;
  if (origin?.table !== undefined) location.table = { table: origin.table.table, row: origin.table.row, column: origin.table.column };
  return { quote: occurrence.quote, location };
}

function signedDecision(record: DecisionRecord | undefined): SignedDecision {
  return {
    decision: record?.decision ?? 'open',
    reason: record?.reason ?? null,
    answer: record?.answer ?? null,
    decidedBy: record?.reviewer ?? null,
    decidedAt: record?.decidedAt ?? null,
  };
}

function signedResolvedItem(item: ResolvedItem): SignedResolvedItem {
  return {
    previousKey: item.previousKey,
    ruleId: item.ruleId ?? null,
    principle: item.principle,
    quote: item.quote,
    previousDecision: item.previousDecision ? signedDecision(item.previousDecision) : null,
  };
}

function assertUniqueKeys(keys: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new VardekollenError('INVALID_ARGUMENT', { detail: `${what} "${key}" appears twice in the checklist` });
    seen.add(key);
  }
}
