/**
 * Heading levels of paragraphs. A paragraph is a heading when its style's outline level says
 * so (see read-heading-styles.ts, which resolves style inheritance), or, for files without a
 * usable styles part, when its style is named like one. Word stores its built-in styles under
 * English names ("heading 1", "Title") whatever the user's language, but localised style ids
 * ("Rubrik1", and "Rubrik" for Title in Swedish Word), and templates add their own
 * ("Rubrik 4 utan numrering"); so both name and id are tried.
 */

/** "heading 1".."heading 9", "Heading1", "Rubrik 2", "Rubrik 4 utan numrering". */
const NUMBERED_HEADING = /^(?:heading|rubrik)\s*([1-9])\b/i;

/** Title style (English name, Swedish id/name) and Apple Pages' "Heading": level 1. */
const TOP_LEVEL = /^(?:title|rubrik|heading)$/i;

/** Most heading levels the document model knows; Word's levels 7–9 are shown as 6. */
const MAX_LEVEL = 6;

/**
 * The heading level (1–6) of a paragraph with this style, or undefined when it is not a heading.
 *
 * @param styleLevels style id → outline level (1–9) from styles.xml.
 */
export function headingLevel(styleName: string | null, styleId: string | null, styleLevels: ReadonlyMap<string, number>): number | undefined {
  const fromStyles = styleId !== null ? styleLevels.get(styleId) : undefined;
  if (fromStyles !== undefined) return Math.min(MAX_LEVEL, fromStyles);
  for (const candidate of [styleName, styleId]) {
    if (!candidate) continue;
    const trimmed = candidate.trim();
    const numbered = NUMBERED_HEADING.exec(trimmed);
    if (numbered?.[1] !== undefined) return Math.min(MAX_LEVEL, Number(numbered[1]));
    if (TOP_LEVEL.test(trimmed)) return 1;
  }
  return undefined;
}
