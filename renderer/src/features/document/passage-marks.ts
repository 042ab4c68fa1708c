import type { ChecklistItem } from '../../../../core/review/checklist-types.js';
import type { Severity } from '../../../../core/rules/rule-types.js';

/** One occurrence of a checklist item in the document's normalised text. */
export interface PassageMark {
  readonly itemKey: string;
  /** The occurrence's index within its item (the first one is where "show in document" goes). */
  readonly occurrence: number;
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
}

/** A run of a block's text covered by the same marks (possibly none). */
export interface Segment {
  readonly text: string;
  /** Offsets in the document's normalised text, 0-based, half-open. */
  readonly start: number;
  readonly end: number;
  /** The marks covering this run, shortest (most specific) first. */
  readonly marks: readonly PassageMark[];
}

/** Every located occurrence of every item, in document order. */
export function marksOf(items: readonly ChecklistItem[]): PassageMark[] {
  const marks: PassageMark[] = [];
  for (const item of items) {
    item.occurrences.forEach((occurrence, index) => {
      if (occurrence.span && occurrence.span.end > occurrence.span.start) {
        marks.push({ itemKey: item.key, occurrence: index, start: occurrence.span.start, end: occurrence.span.end, severity: item.severity });
      }
    });
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Cuts a block's text at every mark boundary inside it, so overlapping findings (a whole long
 * sentence and a word in it) can be shown without nesting interactive elements: each run knows
 * every mark over it. Marks are clipped to the block; offsets are document-global.
 */
export function segmentBlock(text: string, blockStart: number, marks: readonly PassageMark[]): Segment[] {
  const blockEnd = blockStart + text.length;
  const inside = marks.filter((m) => m.start < blockEnd && m.end > blockStart);
  const cuts = new Set<number>([blockStart, blockEnd]);
  for (const mark of inside) {
    cuts.add(Math.max(mark.start, blockStart));
    cuts.add(Math.min(mark.end, blockEnd));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = inside.filter((m) => m.start <= start && m.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ text: text.slice(start - blockStart, end - blockStart), start, end, marks: covering });
  }
  return segments;
}

/** The element id of the first run of an item's occurrence, for scrolling to and focusing it. */
export function passageId(itemKey: string, occurrence: number): string {
  return `passage-${itemKey}-${occurrence}`;
}

/** The run where an item's occurrence begins, if it is in the page. */
export function findPassage(root: ParentNode, itemKey: string, occurrence: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-passages~="${passageId(itemKey, occurrence)}"]`);
}
