import type { LegalReference } from '../../../core/rules/rule-types.js';

/**
 * "diskrimineringslagen (2008:567) 1 kap. 4 §", the way Swedish legal texts cite (as
 * core/export/format-legal-reference.ts, without the note, which is shown beside it).
 */
export function formatCitation(reference: LegalReference): string {
  const parts = [reference.sfs ? `${reference.law} (${reference.sfs})` : reference.law];
  if (reference.chapter !== undefined) parts.push(`${reference.chapter} kap.`);
  if (reference.section) parts.push(`${reference.section} ${/[–-]|och/.test(reference.section) ? '§§' : '§'}`);
  if (reference.paragraph !== undefined) parts.push(`${reference.paragraph} st.`);
  return parts.join(' ');
}
