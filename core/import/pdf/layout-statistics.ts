import type { LineSegment, PageText } from './layout-types.js';

/** Facts about the whole document that tell body text from headings and paragraph breaks from line breaks. */
export interface LayoutStatistics {
  /** Font size of body text: the median over all characters, in points. */
  readonly bodySize: number;
  /** The font that draws most characters. */
  readonly bodyFont: string;
  /** Typical distance between the baselines of consecutive lines, in multiples of the font size. */
  readonly lineSpacing: number;
}

/** Line spacing assumed when a page or document has too few lines to measure it (Word's "single" is about 1.15–1.2). */
export const DEFAULT_LINE_SPACING = 1.2;
/** Fewer line pairs than this on a page: use the document's spacing instead of the page's own. */
const MIN_PAGE_SAMPLES = 4;
/** Fewer line pairs than this in the whole document: assume the default spacing. */
const MIN_DOCUMENT_SAMPLES = 3;
/** How many segments back to look for the line above (other columns' lines sit in between). */
const LOOK_BACK = 8;

/** Measures body font size, body font and line spacing over all pages, in one pass over the lines. */
export function measureLayout(pages: readonly PageText[]): LayoutStatistics {
  const charsBySize = new Map<number, number>();
  const charsByFont = new Map<string, number>();
  const spacings: number[] = [];
  for (const page of pages) {
    for (const frame of page.frames) {
      for (const segment of frame.segments) {
        const size = Math.round(segment.size * 10) / 10;
        charsBySize.set(size, (charsBySize.get(size) ?? 0) + segment.charCount);
        charsByFont.set(segment.fontName, (charsByFont.get(segment.fontName) ?? 0) + segment.charCount);
      }
      collectLineSpacings(frame.segments, spacings);
    }
  }
  return {
    bodySize: weightedMedian(charsBySize) ?? 10,
    bodyFont: largestKey(charsByFont) ?? '',
    lineSpacing: spacings.length >= MIN_DOCUMENT_SAMPLES ? (median(spacings) ?? DEFAULT_LINE_SPACING) : DEFAULT_LINE_SPACING,
  };
}

/** The page's own typical line spacing when it has enough lines to tell, else the document's. */
export function pageLineSpacing(segments: readonly LineSegment[], documentSpacing: number): number {
  const spacings: number[] = [];
  collectLineSpacings(segments, spacings);
  return spacings.length >= MIN_PAGE_SAMPLES ? (median(spacings) ?? documentSpacing) : documentSpacing;
}

/**
 * For each line, the baseline distance to the nearest line above it in the same column and of
 * about the same size, divided by the font size. Segments must be sorted by baseline.
 */
function collectLineSpacings(segments: readonly LineSegment[], out: number[]): void {
  for (let i = 1; i < segments.length; i++) {
    const current = segments[i];
    if (current === undefined) continue;
    for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
      const above = segments[j];
      if (above === undefined) continue;
      const distance = current.baseline - above.baseline;
      if (distance <= 0.5 * current.size) continue;
      if (above.right < current.left || above.left > current.right) continue;
      const ratio = distance / current.size;
      if (Math.abs(above.size - current.size) <= 0.1 * current.size && ratio >= 0.8 && ratio <= 3) out.push(ratio);
      break;
    }
  }
}

function weightedMedian(weights: ReadonlyMap<number, number>): number | undefined {
  const entries = [...weights.entries()].filter(([, w]) => w > 0).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let seen = 0;
  for (const [value, weight] of entries) {
    seen += weight;
    if (seen * 2 >= total) return value;
  }
  return undefined;
}

function largestKey<K>(weights: ReadonlyMap<K, number>): K | undefined {
  let best: K | undefined;
  let bestWeight = -1;
  for (const [key, weight] of weights) {
    if (weight > bestWeight) {
      best = key;
      bestWeight = weight;
    }
  }
  return best;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
