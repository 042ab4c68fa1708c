import type { LocalizedText } from '../errors/localized-text.js';
import type { BlockOrigin, DocumentFormat } from '../model/document.js';
import type { Span } from '../model/span.js';
import type { PrincipleId } from '../principles/principles.js';
import type { DocumentType, LegalReference, Severity } from '../rules/rule-types.js';

/**
 * A reviewer's verdict on a checklist item:
 * - `open`: not decided yet (every item starts open; a checklist with open items cannot be completed);
 * - `fixed`: the document was changed (or, for a standing question, the answer is yes / done);
 * - `accepted`: the passage stays as it is, for a stated reason;
 * - `not-applicable`: the item does not apply to this document, for a stated reason.
 */
export type Decision = 'open' | 'fixed' | 'accepted' | 'not-applicable';
export const DECISIONS: readonly Decision[] = ['open', 'fixed', 'accepted', 'not-applicable'];

/** Decisions that need a written reason. */
export const DECISIONS_NEEDING_REASON: readonly Decision[] = ['accepted', 'not-applicable'];

/** One decision as recorded: who decided what, when and why. Times are ISO 8601 UTC. */
export interface DecisionRecord {
  readonly decision: Decision;
  readonly reason?: string;
  /** Free-text answer to a standing question ("Protokoll 2025-03-04 § 12"). */
  readonly answer?: string;
  readonly reviewer: string;
  readonly decidedAt: string;
}

/** Where one occurrence of a finding is. */
export interface Occurrence {
  readonly findingId: string;
  readonly quote: string;
  readonly span?: Span;
  readonly origin?: BlockOrigin;
  readonly context?: string;
}

/** How an item relates to the previous version's review. */
export type CarryState = 'new' | 'remaining';

/** One line of a checklist: a finding (or a group of identical findings) or a standing question. */
export interface ChecklistItem {
  /** Stable within the review and across versions when carried over ("f-…", "q-…"). */
  readonly key: string;
  readonly kind: 'finding' | 'question';
  readonly principle: PrincipleId;
  readonly severity: Severity;
  /** The rule's title, or the standing question's short title. */
  readonly title: LocalizedText;
  /** The finding's message, or the standing question itself. */
  readonly message: LocalizedText;
  readonly ruleId?: string;
  readonly questionId?: string;
  /** Findings: every occurrence (identical findings are grouped); document-level findings and questions: none. */
  readonly occurrences: readonly Occurrence[];
  readonly suggestion?: LocalizedText;
  /** Questions: what the answer field asks for ("Protokollsreferens:"). */
  readonly answerPrompt?: LocalizedText;
  readonly legal: readonly LegalReference[];
  /** Hash of the rule and the normalised passage with its context; used for carry-over and SARIF. */
  readonly fingerprint: string;
  readonly carry: CarryState;
  /** The key of the previous version's item this one was carried from. */
  readonly previousKey?: string;
  /**
   * A finding decided `fixed` in the previous version that is still in this one: that
   * decision, kept so the reviewer sees the fix did not happen. The item itself is open again.
   */
  readonly reopened?: DecisionRecord;
  /** The current decision; undefined when nobody has decided yet (the item is open). */
  readonly decision: DecisionRecord | undefined;
  /** Position in the checklist, 0-based: by principle, then by place in the document. */
  readonly position: number;
}

/** An item of the previous version whose finding no longer occurs: it was fixed. */
export interface ResolvedItem {
  readonly previousKey: string;
  readonly ruleId?: string;
  readonly principle: PrincipleId;
  readonly title: LocalizedText;
  readonly quote: string;
  readonly fingerprint: string;
  /** The decision it had in the previous version. */
  readonly previousDecision?: DecisionRecord;
}

/** A paragraph-level change between two versions of a document. */
export interface ParagraphChange {
  readonly kind: 'added' | 'removed' | 'changed';
  /** Block in the previous version (removed, changed). */
  readonly before?: { readonly blockId: string; readonly text: string; readonly origin: BlockOrigin };
  /** Block in this version (added, changed). */
  readonly after?: { readonly blockId: string; readonly text: string; readonly origin: BlockOrigin };
}

/** The document a checklist is about. */
export interface ChecklistDocument {
  readonly fileName?: string;
  readonly title: string;
  readonly format: DocumentFormat;
  readonly fileSha256: string;
  readonly textSha256: string;
  readonly pageCount?: number;
  readonly wordCount: number;
}

export interface SignatureSummary {
  readonly reviewer: string;
  readonly keyFingerprint: string;
  readonly signedAt: string;
}

/** A review of one document version: its checklist, decisions and sign-offs. */
export interface Checklist {
  readonly reviewId: string;
  readonly seriesName: string;
  /** 1-based version number within the series. */
  readonly version: number;
  readonly documentType: DocumentType;
  readonly document: ChecklistDocument;
  readonly ruleSet: { readonly version: string; readonly hash: string };
  readonly createdAt: string;
  readonly status: 'open' | 'completed';
  readonly completedAt?: string;
  readonly completedBy?: string;
  readonly items: readonly ChecklistItem[];
  /** Items of the previous version whose findings are gone. */
  readonly resolved: readonly ResolvedItem[];
  /** What changed since the previous version, paragraph by paragraph (empty for version 1). */
  readonly changes: readonly ParagraphChange[];
  readonly signatures: readonly SignatureSummary[];
}
