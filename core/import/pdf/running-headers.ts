import type { FrameText, LineSegment, PageText } from './layout-types.js';
import { isPageNumber } from './page-number.js';

/** Share of the page height, at the top and at the bottom, where running headers and footers live. */
const BAND = 0.12;
/** Running headers are set at or below body size; a larger repeated line is a title, not a header. */
const MAX_HEADER_SIZE_RATIO = 1.15;
/** Two occurrences this close (points) are "at the same place" on their pages. */
const SAME_PLACE = 3;
/** With the same place on every page, this many pages are enough to call a line a template footer. */
const MIN_SAME_PLACE_PAGES = 3;

/** The pages without their running headers and footers, and how many lines were removed. */
export interface HeaderFooterRemoval {
  readonly pages: PageText[];
  readonly removed: number;
}

interface Occurrence {
  readonly page: number;
  readonly segment: LineSegment;
  /** Distance from the page edge the band belongs to, and from the left edge. */
  readonly y: number;
  readonly x: number;
}

/**
 * Removes running headers and footers: lines near the top or bottom edge of a page whose text,
 * with digits masked (so that "Sida 3" and "Sida 4", or a changing date, still match), comes
 * back on a good share of the pages, or at the very same place on at least three pages (a
 * slide template's footer that only some slides show). Lines in those bands that are only a
 * page number ("3", "- 3 -", "Sida 3 av 10", "3 (10)") go too. Only the main reading frame of
 * each page is looked at; text running up the margin is left alone.
 */
export function removeRunningHeadersAndFooters(pages: readonly PageText[], bodySize: number): HeaderFooterRemoval {
  const doomed = new Set<LineSegment>();
  const candidates = new Map<string, Occurrence[]>();

  for (const page of pages) {
    const frame = page.frames[0];
    if (frame === undefined) continue;
    const band = BAND * (frame.extent.bottom - frame.extent.top);
    for (const segment of frame.segments) {
      const inTop = segment.bottom <= frame.extent.top + band;
      const inBottom = segment.top >= frame.extent.bottom - band;
      if (!inTop && !inBottom) continue;
      if (isPageNumber(segment.text)) {
        doomed.add(segment);
        continue;
      }
      if (segment.size > bodySize * MAX_HEADER_SIZE_RATIO) continue;
      const key = `${inTop ? 'top' : 'bottom'}\u0000${maskDigits(segment.text)}`;
      const occurrence: Occurrence = {
        page: page.page,
        segment,
        y: inTop ? segment.baseline - frame.extent.top : frame.extent.bottom - segment.baseline,
        x: segment.left - frame.extent.left,
      };
      const list = candidates.get(key);
      if (list) list.push(occurrence);
      else candidates.set(key, [occurrence]);
    }
  }

  const pagesWithText = pages.filter((p) => p.frames.length > 0).length;
  const threshold = sharedPagesThreshold(pagesWithText);
  for (const occurrences of candidates.values()) {
    const repeated = distinctPages(occurrences) >= threshold ? occurrences : samePlaceOccurrences(occurrences);
    for (const occurrence of repeated) doomed.add(occurrence.segment);
  }

  if (doomed.size === 0) return { pages: [...pages], removed: 0 };
  return { pages: pages.map((page) => withoutSegments(page, doomed)), removed: doomed.size };
}

/**
 * On how many pages a band line must recur to be a running header. A two- or three-page
 * document has few pages to compare, so two suffice; longer documents need a quarter of their
 * pages (alternating left/right headers each reach half).
 */
function sharedPagesThreshold(pageCount: number): number {
  if (pageCount <= 1) return Number.POSITIVE_INFINITY;
  if (pageCount <= 3) return 2;
  return Math.max(3, Math.ceil(pageCount / 4));
}

function distinctPages(occurrences: readonly Occurrence[]): number {
  return new Set(occurrences.map((o) => o.page)).size;
}

/** The largest group of occurrences at the same place, if it spans enough pages. */
function samePlaceOccurrences(occurrences: readonly Occurrence[]): readonly Occurrence[] {
  if (occurrences.length < MIN_SAME_PLACE_PAGES) return [];
  let best: Occurrence[] = [];
  for (const anchor of occurrences) {
    const group = occurrences.filter((o) => Math.abs(o.y - anchor.y) <= SAME_PLACE && Math.abs(o.x - anchor.x) <= SAME_PLACE);
    if (group.length > best.length) best = group;
    if (best.length === occurrences.length) break;
  }
  return distinctPages(best) >= MIN_SAME_PLACE_PAGES ? best : [];
}

function maskDigits(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

function withoutSegments(page: PageText, doomed: ReadonlySet<LineSegment>): PageText {
  const [main, ...rest] = page.frames;
  if (main === undefined) return page;
  const segments = main.segments.filter((s) => !doomed.has(s));
  if (segments.length === main.segments.length) return page;
  const frame: FrameText = { ...main, segments, charCount: segments.reduce((sum, s) => sum + s.charCount, 0) };
  return { page: page.page, frames: [frame, ...rest] };
}
