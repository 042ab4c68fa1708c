import type { LocalizedText } from '../errors/localized-text.js';
import type { PrincipleId } from '../principles/principles.js';

/** What kind of document a rule checks. */
export type DocumentType = 'jobad' | 'policy' | 'other';
export const DOCUMENT_TYPES: readonly DocumentType[] = ['jobad', 'policy', 'other'];

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type RuleKind = 'term' | 'pattern' | 'required' | 'date-gap' | 'metric' | 'coverage' | 'balance';

/** Where a compound may hide a one-word form: nowhere (whole words), at its start, at its end, anywhere. */
export type CompoundPosition = 'none' | 'start' | 'end' | 'any';

/** A structured legal reference: "diskrimineringslagen (2008:567) 1 kap. 4 §". */
export interface LegalReference {
  readonly law: string;
  readonly sfs?: string;
  readonly chapter?: number;
  readonly section?: string;
  readonly paragraph?: number;
  readonly note?: LocalizedText;
  readonly url?: string;
}

/** A rule example: text the rule must flag, or must leave alone. */
export interface RuleExample {
  readonly text: string;
  /** The document type the example is checked as (default: the rule's first type). */
  readonly type?: DocumentType;
  /** For flag examples: the message id the finding must carry. */
  readonly message?: string;
}

/** Fields every rule has, whatever its kind. */
export interface RuleBase {
  /** Pack name / path inside the pack without extension, e.g. "vardegrund/jobbannons/alder-ung". */
  readonly id: string;
  readonly pack: string;
  readonly kind: RuleKind;
  readonly principle: PrincipleId;
  readonly subValue: string;
  readonly appliesTo: readonly DocumentType[];
  /** The rule only checks documents matching one of these expressions; empty: every document. */
  readonly when: readonly string[];
  /**
   * Rule ids (or "prefix/*") this rule gives way to: its finding is dropped when one of theirs
   * lies in the same sentence. For broad safety-net rules, so that a reviewer is not asked twice
   * about a passage a precise rule already reports. Absent: the rule never gives way.
   */
  readonly yieldsTo?: readonly string[];
  readonly severity: Severity;
  readonly enabled: boolean;
  readonly title: LocalizedText;
  readonly messages: Readonly<Record<string, LocalizedText>>;
  readonly rationale: LocalizedText;
  readonly suggestion: LocalizedText;
  readonly legal: readonly LegalReference[];
  readonly examples: { readonly flag: readonly RuleExample[]; readonly pass: readonly RuleExample[] };
  /** Where the rule was loaded from, for error messages and the catalogue. */
  readonly source: { readonly file: string; readonly line: number };
}

export interface TermEntry {
  readonly forms: readonly string[];
  readonly replacement?: LocalizedText;
  readonly compounds: CompoundPosition;
  readonly message: string;
}

export interface TermRule extends RuleBase {
  readonly kind: 'term';
  readonly terms: readonly TermEntry[];
  readonly caseSensitive: boolean;
}

/**
 * How far from a match a condition looks. 'topic' is the block read with its section's heading
 * and the document's opening lines (title, subtitle): what the passage is about, for a
 * `requires` that names a subject ("allmänna handlingar") which a question-and-answer page
 * states once in its title.
 */
export type ContextScope = 'match' | 'sentence' | 'block' | 'topic' | 'section' | 'document';

export interface ContextCondition {
  readonly regex: string;
  readonly within: ContextScope;
}

export interface PatternEntry {
  readonly regex: string;
  readonly message: string;
}

export interface PatternRule extends RuleBase {
  readonly kind: 'pattern';
  readonly patterns: readonly PatternEntry[];
  readonly scope: 'sentence' | 'block';
  readonly unless: readonly ContextCondition[];
  readonly requires: readonly ContextCondition[];
}

export interface RequiredRule extends RuleBase {
  readonly kind: 'required';
  readonly anyOf: readonly string[];
}

export interface DateGapRule extends RuleBase {
  readonly kind: 'date-gap';
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly minDays: number;
}

export type MetricName = 'lix' | 'sentence-length' | 'passive-chain' | 'passive-share' | 'finding-density';

export interface MetricRule extends RuleBase {
  readonly kind: 'metric';
  readonly metric: MetricName;
  readonly scope: 'sentence' | 'section' | 'document';
  readonly above: number;
  /** No finding above this (default: no upper bound). */
  readonly upTo?: number;
  readonly minWords: number;
  /**
   * finding-density: the rules (ids, or "pack/folder/*") whose findings are counted in each
   * sentence; the value is the number of distinct such rules with a word or phrase found there.
   */
  readonly of?: readonly string[];
}

export interface CoverageRule extends RuleBase {
  readonly kind: 'coverage';
  readonly principles: readonly PrincipleId[];
  readonly minHits: number;
}

export interface BalanceRule extends RuleBase {
  readonly kind: 'balance';
  /** Exactly two named lists of word stems or words. */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly ratio: number;
}

export type Rule = TermRule | PatternRule | RequiredRule | DateGapRule | MetricRule | CoverageRule | BalanceRule;

/** A value word from a pack's value-words.yaml. */
export interface ValueWord {
  readonly word: string;
  readonly principles: readonly PrincipleId[];
  readonly forms: readonly string[];
  readonly compounds: CompoundPosition;
  /** The pack that contributed it. */
  readonly pack: string;
}

/** A rule pack as loaded. */
export interface RulePackInfo {
  readonly name: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly agency?: string;
  readonly directory: string;
  readonly ruleCount: number;
}

/** A question every checklist of a document type asks (from a pack's standing-questions.yaml). */
export interface StandingQuestion {
  /** Pack name / question id, e.g. "vardegrund/samverkan-facket". */
  readonly id: string;
  readonly pack: string;
  readonly appliesTo: readonly DocumentType[];
  readonly principle: PrincipleId;
  readonly subValue: string;
  readonly title: LocalizedText;
  readonly question: LocalizedText;
  readonly answerPrompt?: LocalizedText;
  readonly legal: readonly LegalReference[];
}
