import type { BlockKind, PageBox } from '../../model/document.js';
import { joinLines } from './join-lines.js';

/** A block after layout, before its lines are joined into text. */
export interface DraftBlock {
  /** The page the block starts on, 1-based. */
  readonly page: number;
  readonly kind: BlockKind;
  readonly level?: number;
  readonly lines: readonly string[];
  /** The lines joined (see joinLines). */
  readonly text: string;
  /** Box on the starting page, in PDF user space. */
  readonly box: PageBox;
  /** Font size averaged over the characters. */
  readonly size: number;
  /** True for blocks of the page's main reading direction (not text running up a margin). */
  readonly mainFrame: boolean;
}

/** Paragraphs whose sizes differ by more than this ratio are not one paragraph across a page break. */
const MAX_SIZE_RATIO = 1.08;

/**
 * Joins a paragraph that a page break cut in two: the last body paragraph of a page continues
 * as the first one of the next page when the first does not end a sentence and the second
 * starts with a lowercase letter. The joined block keeps the first page (a reader looks for a
 * passage where it starts) and the line join undoes a hyphenation across the break.
 */
export function joinAcrossPages(drafts: readonly DraftBlock[]): DraftBlock[] {
  const out: DraftBlock[] = [];
  const pagesStarted = new Set<number>();
  /** Index in `out` of the last main-frame block, and the page its text reaches. */
  let lastMain: { index: number; reachesPage: number } | undefined;

  for (const draft of drafts) {
    if (draft.mainFrame && !pagesStarted.has(draft.page)) {
      pagesStarted.add(draft.page);
      const previous = lastMain ? out[lastMain.index] : undefined;
      if (lastMain && previous && lastMain.reachesPage === draft.page - 1 && continues(previous, draft)) {
        const lines = [...previous.lines, ...draft.lines];
        out[lastMain.index] = { ...previous, lines, text: joinLines(lines) };
        lastMain = { index: lastMain.index, reachesPage: draft.page };
        continue;
      }
    }
    out.push(draft);
    if (draft.mainFrame) lastMain = { index: out.length - 1, reachesPage: draft.page };
  }
  return out;
}

function continues(before: DraftBlock, after: DraftBlock): boolean {
  if (before.kind !== 'paragraph' || after.kind !== 'paragraph') return false;
  const ratio = before.size > after.size ? before.size / after.size : after.size / before.size;
  if (ratio > MAX_SIZE_RATIO) return false;
  const end = (before.lines[before.lines.length - 1] ?? '').trimEnd();
  const start = (after.lines[0] ?? '').trimStart();
  if (end === '' || /[.!?:;]$/.test(end)) return false;
  return /^\p{Ll}/u.test(start);
}
