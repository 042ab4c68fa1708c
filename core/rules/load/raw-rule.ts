import type { LocalizedText } from '../../errors/localized-text.js';
import type { PrincipleId } from '../../principles/principles.js';
import type { CompoundPosition, ContextScope, DocumentType, LegalReference, MetricName, RuleKind, Severity } from '../rule-types.js';

/**
 * A rule file's content after schema validation: the shape rule.schema.json guarantees,
 * with optional fields still optional. Defaults are applied by `toRule`.
 */
export interface RawRule {
  readonly kind: RuleKind;
  readonly principle: PrincipleId;
  readonly subValue: string;
  readonly appliesTo?: DocumentType[];
  readonly severity: Severity;
  readonly enabled?: boolean;
  readonly title: LocalizedText;
  readonly messages: Record<string, LocalizedText>;
  readonly rationale: LocalizedText;
  readonly suggestion: LocalizedText;
  readonly legal: (Omit<LegalReference, 'note'> & { note?: string | LocalizedText })[];
  readonly examples: { flag: RawExample[]; pass: RawExample[] };
  readonly terms?: { forms: string[]; replacement?: string | LocalizedText; compounds?: CompoundPosition; message?: string }[];
  readonly caseSensitive?: boolean;
  readonly patterns?: (string | { regex: string; message?: string })[];
  readonly scope?: 'sentence' | 'block' | 'section' | 'document';
  readonly unless?: { regex: string; within?: ContextScope }[];
  readonly requires?: { regex: string; within?: ContextScope }[];
  readonly anyOf?: string[];
  readonly when?: string[];
  readonly yieldsTo?: string[];
  readonly from?: string[];
  readonly to?: string[];
  readonly minDays?: number;
  readonly metric?: MetricName;
  readonly above?: number;
  readonly upTo?: number;
  readonly minWords?: number;
  readonly of?: string[];
  readonly principles?: PrincipleId[];
  readonly minHits?: number;
  readonly lists?: Record<string, string[]>;
  readonly ratio?: number;
}

export type RawExample = string | { text: string; type?: DocumentType; message?: string };
