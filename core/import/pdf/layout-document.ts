import type { PageBox } from '../../model/document.js';
import type { RawBlock } from '../raw-block.js';
import { apply } from './affine.js';
import { buildParagraphs } from './build-paragraphs.js';
import { averageSize, classifyParagraph, headingLevels, type BlockRole } from './classify-blocks.js';
import { joinAcrossPages, type DraftBlock } from './join-across-pages.js';
import { joinLines } from './join-lines.js';
import { measureLayout, pageLineSpacing } from './layout-statistics.js';
import type { FrameText, PageText, Paragraph } from './layout-types.js';
import { readingOrder } from './reading-order.js';
import { removeRunningHeadersAndFooters } from './running-headers.js';

/** The blocks of a laid-out document and what the layout pass removed. */
export interface DocumentLayout {
  readonly blocks: RawBlock[];
  /** Running header, footer and page-number lines removed. */
  readonly removedLines: number;
}

/**
 * Turns the lines of every page into blocks in reading order: removes running headers and
 * footers (which needs all pages), groups lines into paragraphs with the page's own line
 * spacing, orders them, tells headings and list items from body text by comparison with the
 * whole document's body size and font, and joins a paragraph that runs on from one page to
 * the next.
 */
export function layoutDocument(allPages: readonly PageText[]): DocumentLayout {
  const stats = measureLayout(allPages);
  const { pages, removed } = removeRunningHeadersAndFooters(allPages, stats.bodySize);

  const classified: { readonly draft: Omit<DraftBlock, 'level'>; readonly role: BlockRole }[] = [];
  for (const page of pages) {
    for (const frame of page.frames) {
      const paragraphs = readingOrder(buildParagraphs(frame.segments, pageLineSpacing(frame.segments, stats.lineSpacing)));
      paragraphs.forEach((paragraph, index) => {
        const fullLines = paragraph.segments.map((segment) => segment.text);
        const next = paragraphs[index + 1]?.segments[0];
        const fullText = joinLines(fullLines);
        const role = classifyParagraph(paragraph, fullText, stats, {
          aloneInRow: () => isAloneInRow(paragraph, paragraphs),
          ...(next ? { nextFont: next.fontName } : {}),
        });
        // List items lose their bullet or number, as in the other importers; headings keep "3.".
        const lines = role.kind === 'list-item' ? withoutMarker(paragraph) : fullLines;
        const text = lines === fullLines ? fullText : joinLines(lines);
        classified.push({
          role,
          draft: {
            page: page.page,
            kind: role.kind,
            lines,
            text,
            box: toPageBox(paragraph, frame),
            size: averageSize(paragraph),
            mainFrame: frame === page.frames[0],
          },
        });
      });
    }
  }

  const levelOf = headingLevels(classified.map((c) => c.role));
  const drafts = classified.map(({ draft, role }): DraftBlock => (role.kind === 'heading' ? { ...draft, level: levelOf(role) } : draft));
  const blocks = joinAcrossPages(drafts).map(
    (draft): RawBlock => ({
      kind: draft.kind,
      ...(draft.level !== undefined ? { level: draft.level } : {}),
      text: draft.text,
      page: draft.page,
      box: draft.box,
    }),
  );
  return { blocks, removedLines: removed };
}

/** The paragraph's lines, without the list marker on the first one. */
function withoutMarker(paragraph: Paragraph): string[] {
  return paragraph.segments.map((segment, index) =>
    index === 0 && segment.marker ? segment.text.slice(segment.marker.textStart) : segment.text,
  );
}

/** True when no other block of the page overlaps this one's line band (table cells do). */
function isAloneInRow(paragraph: Paragraph, all: readonly Paragraph[]): boolean {
  return !all.some((other) => other !== paragraph && other.top < paragraph.bottom && other.bottom > paragraph.top);
}

/** The paragraph's rectangle in PDF user space (points, origin bottom-left). */
function toPageBox(paragraph: Paragraph, frame: FrameText): PageBox {
  const corners = [
    apply(frame.toUser, paragraph.left, paragraph.top),
    apply(frame.toUser, paragraph.right, paragraph.top),
    apply(frame.toUser, paragraph.left, paragraph.bottom),
    apply(frame.toUser, paragraph.right, paragraph.bottom),
  ];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x: round(x), y: round(y), width: round(Math.max(...xs) - x), height: round(Math.max(...ys) - y) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
