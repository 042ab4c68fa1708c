import type { LocalizedText } from '../errors/localized-text.js';
import type { BlockOrigin } from '../model/document.js';
import type { Span } from '../model/span.js';
import type { PrincipleId } from '../principles/principles.js';
import type { LegalReference, RuleKind, Severity } from '../rules/rule-types.js';

/**
 * One thing a rule found. Findings about a passage carry its quote, span and origin; findings
 * about the document as a whole (a missing last application date, a principle the policy never
 * mentions) have no span and an empty quote.
 */
export interface Finding {
  /** Stable within one check result: "<rule id>#<n>" in document order. */
  readonly id: string;
  readonly ruleId: string;
  /** The rule's short name, for checklists and catalogues. */
  readonly ruleTitle: LocalizedText;
  readonly kind: RuleKind;
  readonly principle: PrincipleId;
  readonly subValue: string;
  readonly severity: Severity;
  /** Which of the rule's messages this is ("default" unless the rule has several). */
  readonly messageId: string;
  /** The rule's message with its placeholders filled. */
  readonly message: LocalizedText;
  /** The passage found, exactly as it stands in the normalised text ("" for document-level findings). */
  readonly quote: string;
  /** Where the quote lies in the document's normalised text. */
  readonly span?: Span;
  /** The block the quote is in: page and paragraph as a reader counts them. */
  readonly origin?: BlockOrigin;
  readonly blockId?: string;
  /** The sentence around the quote, for display and for matching findings across versions. */
  readonly context?: string;
  readonly legal: readonly LegalReference[];
  readonly suggestion: LocalizedText;
  /** Term rules: the plain alternative. */
  readonly replacement?: LocalizedText;
  /** The values that filled the message's placeholders. */
  readonly data: Readonly<Record<string, string | number>>;
}

/** Severity order for sorting and exit codes: errors first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
