import type { Language } from '../errors/localized-text.js';
import type { LegalReference } from '../rules/rule-types.js';

/**
 * "diskrimineringslagen (2008:567) 1 kap. 4 §", the way Swedish legal texts cite. The law's
 * name and SFS number are the same in both languages; only the note is translated.
 */
export function formatLegalReference(reference: LegalReference, language: Language): string {
  const parts = [reference.law];
  if (reference.sfs) parts[0] = `${reference.law} (${reference.sfs})`;
  if (reference.chapter !== undefined) parts.push(`${reference.chapter} kap.`);
  if (reference.section) parts.push(`${reference.section} ${/[–-]|och/.test(reference.section) ? '§§' : '§'}`);
  if (reference.paragraph !== undefined) parts.push(`${reference.paragraph} st.`);
  const citation = parts.join(' ');
  return reference.note ? `${citation} – ${reference.note[language]}` : citation;
}
