import type { Decision } from '../../../core/review/checklist-types.js';
import type { PrincipleId } from '../../../core/principles/principles.js';
import type { DocumentType, Severity } from '../../../core/rules/rule-types.js';
import type { ExportFormat } from '../../../core/service/review-contract.js';
import type { I18n } from './i18n.js';

/**
 * The six principles of den statliga värdegrunden in their order (core/principles/principles.ts;
 * copied because the renderer may import only types from core). The compiler checks the list
 * against core's type, and the texts in sv.ts/en.ts give each its name.
 */
export const PRINCIPLE_ORDER = ['demokrati', 'legalitet', 'objektivitet', 'fri-asiktsbildning', 'respekt', 'effektivitet-service'] as const satisfies readonly PrincipleId[];
type MissingPrinciple = Exclude<PrincipleId, (typeof PRINCIPLE_ORDER)[number]>;
const allPrinciples: [MissingPrinciple] extends [never] ? true : MissingPrinciple = true;
void allPrinciples;

export const SEVERITY_ORDER = ['error', 'warning', 'info'] as const satisfies readonly Severity[];
export const DECISION_ORDER = ['open', 'fixed', 'accepted', 'not-applicable'] as const satisfies readonly Decision[];
export const DOCUMENT_TYPE_ORDER = ['jobad', 'policy', 'other'] as const satisfies readonly DocumentType[];
export const EXPORT_FORMAT_ORDER = ['markdown', 'html', 'docx', 'json', 'sarif'] as const satisfies readonly ExportFormat[];

/** Decisions that need a written reason (as core's DECISIONS_NEEDING_REASON). */
export function needsReason(decision: Decision): boolean {
  return decision === 'accepted' || decision === 'not-applicable';
}

export function principleName(id: PrincipleId, i18n: Pick<I18n, 't'>): string {
  return i18n.t(`principle.${id}`);
}

export function severityLabel(severity: Severity, i18n: Pick<I18n, 't'>): string {
  return i18n.t(`severity.${severity}`);
}

export function documentTypeLabel(type: DocumentType, i18n: Pick<I18n, 't'>): string {
  return i18n.t(`documentType.${type}`);
}
