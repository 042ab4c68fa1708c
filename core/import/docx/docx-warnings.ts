import type { ImportWarning } from '../../model/document.js';

/** Footnotes, endnotes and comments are not imported; the user should know they were there. */
export function notesAndCommentsSkipped(notes: number, comments: number): ImportWarning {
  const sv: string[] = [];
  const en: string[] = [];
  if (notes > 0) {
    sv.push(`${notes} ${notes === 1 ? 'fotnot eller slutnot' : 'fotnoter eller slutnoter'}`);
    en.push(`${notes} ${notes === 1 ? 'footnote or endnote' : 'footnotes or endnotes'}`);
  }
  if (comments > 0) {
    sv.push(`${comments} ${comments === 1 ? 'kommentar' : 'kommentarer'}`);
    en.push(`${comments} ${comments === 1 ? 'comment' : 'comments'}`);
  }
  return {
    code: 'CONTENT_SKIPPED',
    message: {
      sv: `Dokumentet har ${sv.join(' och ')}. Deras text granskas inte; kontrollera dem själv.`,
      en: `The document has ${en.join(' and ')}. Their text is not checked; review it yourself.`,
    },
  };
}

/** The file's own title and author could not be read; the title then comes from the text. */
export const CORE_PROPERTIES_UNREADABLE: ImportWarning = {
  code: 'CONTENT_SKIPPED',
  message: {
    sv: 'Dokumentegenskaperna (titel, författare) i filen är skadade och lästes inte. Titeln hämtas i stället ur texten.',
    en: "The file's document properties (title, author) are damaged and were not read. The title is taken from the text instead.",
  },
};

/** Our paragraph numbering could not be aligned with mammoth's, so numbers follow mammoth's order. */
export const PARAGRAPH_NUMBERS_APPROXIMATE: ImportWarning = {
  code: 'LIBRARY_WARNING',
  message: {
    sv: 'Dokumentet har en ovanlig uppbyggnad (textrutor eller spårade ändringar). Styckenumren kan avvika något från hur Word räknar.',
    en: 'The document has an unusual structure (text boxes or tracked changes). Paragraph numbers may differ slightly from how Word counts them.',
  },
};

/** The document was encrypted with Office's well-known default password and opened with it. */
export const DEFAULT_PASSWORD_USED: ImportWarning = {
  code: 'DEFAULT_PASSWORD_USED',
  message: {
    sv: 'Dokumentet var krypterat med Offices standardlösenord (VelvetSweatshop) och öppnades utan att du behövde ange något. Krypteringen skyddar alltså inte innehållet.',
    en: "The document was encrypted with Office's default password (VelvetSweatshop) and opened without asking you. The encryption therefore does not protect its content.",
  },
};
