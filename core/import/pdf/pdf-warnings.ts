import type { ImportWarning } from '../../model/document.js';

/** Up to this many pages without text get a warning each; more get one warning listing them. */
const MAX_SINGLE_PAGE_WARNINGS = 5;

/** Warnings for pages that hold no text at all in an otherwise readable document. */
export function pagesWithoutText(pages: readonly number[]): ImportWarning[] {
  if (pages.length === 0) return [];
  if (pages.length <= MAX_SINGLE_PAGE_WARNINGS) {
    return pages.map((page) => ({
      code: 'PAGE_WITHOUT_TEXT',
      page,
      message: {
        sv: `Sidan ${page} innehåller ingen text (kanske en bild eller en inskannad sida) och har inte granskats.`,
        en: `Page ${page} holds no text (perhaps an image or a scanned page) and was not checked.`,
      },
    }));
  }
  const list = describePages(pages);
  return [
    {
      code: 'PAGE_WITHOUT_TEXT',
      message: {
        sv: `${pages.length} sidor innehåller ingen text (kanske bilder eller inskannade sidor) och har inte granskats: ${list}.`,
        en: `${pages.length} pages hold no text (perhaps images or scanned pages) and were not checked: ${list}.`,
      },
    },
  ];
}

/** One warning saying how many header, footer and page-number lines were taken out. */
export function headersFootersRemoved(lines: number): ImportWarning {
  return {
    code: 'HEADERS_FOOTERS_REMOVED',
    message: {
      sv: `${lines} ${lines === 1 ? 'rad' : 'rader'} med sidhuvud, sidfot eller sidnummer togs bort ur texten.`,
      en: `${lines} ${lines === 1 ? 'line' : 'lines'} of running headers, footers or page numbers ${lines === 1 ? 'was' : 'were'} removed from the text.`,
    },
  };
}

/** A page whose text pdf.js could not extract; the rest of the document was read. */
export function pageSkipped(page: number, reason: string): ImportWarning {
  return {
    code: 'CONTENT_SKIPPED',
    page,
    message: {
      sv: `Texten på sidan ${page} kunde inte läsas och har hoppats över (${reason}).`,
      en: `The text of page ${page} could not be read and was skipped (${reason}).`,
    },
  };
}

/** The document's title and author could not be read; the text was. */
export function metadataUnreadable(reason: string): ImportWarning {
  return {
    code: 'LIBRARY_WARNING',
    message: {
      sv: `Dokumentets metadata (titel, författare) kunde inte läsas (${reason}).`,
      en: `The document's metadata (title, author) could not be read (${reason}).`,
    },
  };
}

/** "3, 5–9, 12": page numbers with runs shortened to ranges. */
function describePages(pages: readonly number[]): string {
  const parts: string[] = [];
  let start = pages[0] ?? 0;
  let previous = start;
  for (const page of [...pages.slice(1), Number.NaN]) {
    if (page === previous + 1) {
      previous = page;
      continue;
    }
    parts.push(start === previous ? `${start}` : `${start}–${previous}`);
    start = page;
    previous = page;
  }
  return parts.join(', ');
}
