import type { LegalReference } from '../../../core/rules/rule-types.js';
import { formatCitation } from '../i18n/format-legal.js';
import { useI18n } from '../i18n/i18n.js';

/** The legal sources of a rule or item, each with its note in the user's language. */
export function LegalList({ legal }: { readonly legal: readonly LegalReference[] }) {
  const i18n = useI18n();
  if (legal.length === 0) return null;
  return (
    <ul className="legal-list">
      {legal.map((reference, index) => (
        <li key={index}>
          <span lang="sv">{formatCitation(reference)}</span>
          {reference.note && <> – {i18n.pick(reference.note)}</>}
        </li>
      ))}
    </ul>
  );
}
