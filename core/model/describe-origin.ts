import type { Language } from '../errors/localized-text.js';
import type { BlockOrigin } from './document.js';

const WORDS = {
  sv: { page: 'sida', paragraph: 'stycke', line: 'rad', table: 'tabell', row: 'rad', column: 'kolumn' },
  en: { page: 'page', paragraph: 'paragraph', line: 'line', table: 'table', row: 'row', column: 'column' },
} as const;

/**
 * Says where a block is the way a reader looks for it: "sida 3, stycke 2" for PDFs,
 * "stycke 14" for Word documents, "rad 5" for text files, with the table cell when there is one.
 */
export function describeOrigin(origin: BlockOrigin, language: Language): string {
  const w = WORDS[language];
  const parts: string[] = [];
  if (origin.page !== undefined) {
    parts.push(`${w.page} ${origin.page}`);
    if (origin.paragraphOnPage !== undefined) parts.push(`${w.paragraph} ${origin.paragraphOnPage}`);
  } else if (origin.docxParagraph !== undefined) {
    parts.push(`${w.paragraph} ${origin.docxParagraph}`);
  } else if (origin.line !== undefined) {
    parts.push(`${w.line} ${origin.line}`);
  }
  if (origin.table) {
    parts.push(`${w.table} ${origin.table.table} (${w.row} ${origin.table.row}, ${w.column} ${origin.table.column})`);
  }
  return parts.join(', ');
}
