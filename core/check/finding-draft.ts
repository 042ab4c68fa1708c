import type { LocalizedText } from '../errors/localized-text.js';
import type { Span } from '../model/span.js';
import type { Rule } from '../rules/rule-types.js';
import type { AnalysedBlock, AnalysedDocument, AnalysedSentence } from './analysed-document.js';

/** A placeholder value: plain, or different per language. */
export type PlaceholderValue = string | number | LocalizedText;

/** What a rule runner reports; the engine turns it into a Finding. */
export interface FindingDraft {
  readonly rule: Rule;
  readonly messageId?: string;
  /** The passage; omitted for findings about the document as a whole. */
  readonly span?: Span;
  readonly block?: AnalysedBlock;
  readonly sentence?: AnalysedSentence | undefined;
  readonly data?: Readonly<Record<string, PlaceholderValue>>;
  readonly replacement?: LocalizedText | undefined;
}

export type Emit = (draft: FindingDraft) => void;

/** A compiled rule (or a group of rules of one kind, compiled together for speed). */
export interface RuleRunner {
  readonly rules: readonly Rule[];
  run(document: AnalysedDocument, emit: Emit): void;
  /**
   * For rules that read what the other rules found (a density of officialese): called once all
   * runners have run, with their findings so far.
   */
  fromFindings?(document: AnalysedDocument, drafts: readonly FindingDraft[], emit: Emit): void;
}
