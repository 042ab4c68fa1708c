/**
 * A line that is nothing but a page number, in the forms Swedish and English documents use:
 * "3", "- 3 -", "– 3 –", "[3]", "(3)", "Sida 3", "Sida 3 av 10", "s. 3", "Page 3 of 10",
 * "3 (10)", "3/10", "3 av 10".
 */
const PAGE_NUMBER =
  /^(?:(?:sida|sidan|sid\.|s\.|page|p\.|blad)\s*)?[-–—([]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|\/)\s*\d{1,4}))?$/iu;
/** Lowercase roman numerals, as front matter is numbered ("iv"). */
const ROMAN = /^[ivxlc]{1,7}$/;

/** True for a line whose whole (trimmed) text is a page number. */
export function isPageNumber(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 20) return false;
  return PAGE_NUMBER.test(trimmed) || ROMAN.test(trimmed);
}
