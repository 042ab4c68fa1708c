import type { LayoutStatistics } from './layout-statistics.js';
import type { Paragraph } from './layout-types.js';

/** What a paragraph is, before heading levels are known. */
export type BlockRole =
  | { readonly kind: 'heading'; readonly by: 'size'; readonly size: number }
  | { readonly kind: 'heading'; readonly by: 'font' }
  | { readonly kind: 'list-item' }
  | { readonly kind: 'paragraph' };

/** At this size over body text a short block is a heading even if it runs to a few lines. */
const LARGE_RATIO = 1.25;
/** At this size over body text a one- or two-line block without closing punctuation is a heading. */
const LARGER_RATIO = 1.08;
/** Heading sizes closer than this ratio are one heading level. */
const SAME_LEVEL_RATIO = 1.05;

/** How the paragraph sits among its page's blocks. */
export interface ParagraphContext {
  /** No other block of the page shares its line (so it is not a table cell); asked only when needed. */
  readonly aloneInRow: () => boolean;
  /** The font of the next block on the page, if there is one. */
  readonly nextFont?: string;
}

/**
 * Tells headings, list items and body paragraphs apart. A heading is clearly larger than the
 * body text (the median size over all characters), or, at body size, one or two short lines set
 * in another font than the body (bold, as a rule: pdf.js's text content does not say which
 * font is bold, so "another font, alone on its line, followed by body text" stands in for it).
 * A list item starts with a bullet or "1."-style number.
 */
export function classifyParagraph(paragraph: Paragraph, text: string, stats: LayoutStatistics, context: ParagraphContext): BlockRole {
  const first = paragraph.segments[0];
  if (first === undefined || !/\p{L}.*\p{L}/su.test(text)) return { kind: 'paragraph' };
  // A bullet always makes a list item; "3. Mål" in a large font is a numbered heading.
  if (first.marker?.kind === 'bullet') return { kind: 'list-item' };

  const size = averageSize(paragraph);
  const ratio = size / stats.bodySize;
  const lines = paragraph.segments.length;
  if (first.marker) return ratio >= LARGER_RATIO && lines <= 2 && text.length <= 150 ? { kind: 'heading', by: 'size', size } : { kind: 'list-item' };
  if (ratio >= LARGE_RATIO && lines <= 4 && text.length <= 250) return { kind: 'heading', by: 'size', size };
  if (ratio >= LARGER_RATIO && lines <= 2 && text.length <= 150 && !/[.,;]$/.test(text)) return { kind: 'heading', by: 'size', size };
  if (
    lines <= 2 &&
    text.length <= 120 &&
    ratio >= 0.95 &&
    paragraph.segments.every((s) => s.singleFont && s.fontName === first.fontName) &&
    first.fontName !== stats.bodyFont &&
    context.nextFont !== undefined &&
    context.nextFont !== first.fontName &&
    /^(\d+(\.\d+)*\.?\s+)?\p{Lu}/u.test(text) &&
    !/[.,;:!?]$/.test(text) &&
    context.aloneInRow()
  ) {
    return { kind: 'heading', by: 'font' };
  }
  return { kind: 'paragraph' };
}

/** Font size of a paragraph, averaged over its characters. */
export function averageSize(paragraph: Paragraph): number {
  let weighted = 0;
  let chars = 0;
  for (const segment of paragraph.segments) {
    weighted += segment.size * segment.charCount;
    chars += segment.charCount;
  }
  return chars > 0 ? weighted / chars : (paragraph.segments[0]?.size ?? 0);
}

/**
 * Heading levels from sizes: the largest heading size is level 1, the next clearly smaller one
 * level 2, and so on; headings found by font at body size come last. Levels stop at 6.
 */
export function headingLevels(roles: readonly BlockRole[]): (role: BlockRole) => number {
  const sizes = roles
    .flatMap((r) => (r.kind === 'heading' && r.by === 'size' ? [r.size] : []))
    .sort((a, b) => b - a);
  const levelSizes: number[] = [];
  for (const size of sizes) {
    const smallest = levelSizes[levelSizes.length - 1];
    if (smallest === undefined || smallest / size > SAME_LEVEL_RATIO) levelSizes.push(size);
  }
  return (role) => {
    if (role.kind !== 'heading') return 0;
    if (role.by === 'font') return Math.min(6, levelSizes.length + 1);
    const index = levelSizes.findIndex((levelSize) => levelSize / role.size <= SAME_LEVEL_RATIO);
    return Math.min(6, (index < 0 ? levelSizes.length : index) + 1);
  };
}
