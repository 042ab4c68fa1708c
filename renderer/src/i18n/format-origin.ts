import type { BlockOrigin } from '../../../core/model/document.js';
import type { I18n } from './i18n.js';

/**
 * Says where a passage is the way a reader looks for it: "sida 3, stycke 2" in a PDF,
 * "stycke 14" in a Word file, "rad 5" in a text file, with the table cell when there is one.
 * Same rules as core/model/describe-origin.ts (the renderer may not import core's code).
 */
export function formatOrigin(origin: BlockOrigin | undefined, i18n: Pick<I18n, 't'>): string {
  if (!origin) return i18n.t('origin.wholeDocument');
  const parts: string[] = [];
  if (origin.page !== undefined) {
    parts.push(i18n.t('origin.page', { n: origin.page }));
    if (origin.paragraphOnPage !== undefined) parts.push(i18n.t('origin.paragraph', { n: origin.paragraphOnPage }));
  } else if (origin.docxParagraph !== undefined) {
    parts.push(i18n.t('origin.paragraph', { n: origin.docxParagraph }));
  } else if (origin.line !== undefined) {
    parts.push(i18n.t('origin.line', { n: origin.line }));
  }
  if (origin.table) parts.push(i18n.t('origin.table', { table: origin.table.table, row: origin.table.row, column: origin.table.column }));
  return parts.length > 0 ? parts.join(', ') : i18n.t('origin.unknown');
}
