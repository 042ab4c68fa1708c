import { PRINCIPLES, type Principle } from '../principles/principles.js';
import { SEVERITY_RANK, type Finding } from './finding.js';

export interface PrincipleGroup<T extends Pick<Finding, 'principle' | 'severity' | 'span'>> {
  readonly principle: Principle;
  readonly findings: readonly T[];
}

/**
 * Groups findings under the six principles, in the principles' own order. Within a principle,
 * findings about the whole document come first (most severe first), then passages in
 * document order. Principles without findings are kept so reports can say "nothing found".
 */
export function groupByPrinciple<T extends Pick<Finding, 'principle' | 'severity' | 'span'>>(findings: readonly T[]): PrincipleGroup<T>[] {
  return PRINCIPLES.map((principle) => ({
    principle,
    findings: findings
      .filter((f) => f.principle === principle.id)
      .sort((a, b) => {
        const aDoc = a.span ? 1 : 0;
        const bDoc = b.span ? 1 : 0;
        if (aDoc !== bDoc) return aDoc - bDoc;
        if (!a.span || !b.span) return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
        return a.span.start - b.span.start;
      }),
  }));
}
