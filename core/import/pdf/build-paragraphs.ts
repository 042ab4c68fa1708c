import type { LineSegment, Paragraph } from './layout-types.js';

/** A baseline distance up to this many times the typical line spacing keeps lines in one paragraph. */
const BREAK_FACTOR = 1.2;
/** Lines whose font sizes differ by more than this ratio are never one paragraph. */
const MAX_SIZE_RATIO = 1.08;
/** Paragraphs whose last line is this many ems above the current line can no longer continue. */
const OPEN_WINDOW_EM = 6;

/** A paragraph under construction. */
class ParagraphBuilder {
  readonly segments: LineSegment[] = [];
  left: number;
  /** The largest left edge of its lines: far from `left` when the text is ragged on the left. */
  maxLeft: number;
  top: number;
  right: number;
  bottom: number;

  constructor(first: LineSegment) {
    this.left = first.left;
    this.maxLeft = first.left;
    this.top = first.top;
    this.right = first.right;
    this.bottom = first.bottom;
    this.segments.push(first);
  }

  get last(): LineSegment {
    return this.segments[this.segments.length - 1] as LineSegment;
  }

  get first(): LineSegment {
    return this.segments[0] as LineSegment;
  }

  /** Where continuation lines start: the second line's left edge, or the list item's text. */
  get bodyLeft(): number {
    return this.segments[1]?.left ?? this.first.marker?.textLeft ?? this.first.left;
  }

  add(segment: LineSegment): void {
    this.segments.push(segment);
    this.left = Math.min(this.left, segment.left);
    this.maxLeft = Math.max(this.maxLeft, segment.left);
    this.top = Math.min(this.top, segment.top);
    this.right = Math.max(this.right, segment.right);
    this.bottom = Math.max(this.bottom, segment.bottom);
  }

  build(): Paragraph {
    return { segments: this.segments, left: this.left, top: this.top, right: this.right, bottom: this.bottom };
  }
}

/**
 * Groups the line segments of one reading frame (sorted by baseline) into paragraphs. A line
 * continues the nearest paragraph above it in the same column when the baseline distance is
 * within the page's typical line spacing, the font size is the same, and it lines up with the
 * paragraph (flush with its continuation lines, under a first-line indent, under a list item's
 * text, or centred like it). It starts a new paragraph when it starts with a list marker, is
 * indented against the paragraph's body, or when the line above ended early although this
 * line's first word would have fit there (a deliberate line break).
 *
 * Several paragraphs stay open at once, so side-by-side columns are followed independently.
 */
export function buildParagraphs(segments: readonly LineSegment[], lineSpacing: number): Paragraph[] {
  const columns = new ColumnRights(segments);
  const raggedLeftPage = isMostlyRaggedLeft(segments);
  const done: ParagraphBuilder[] = [];
  let open: ParagraphBuilder[] = [];

  for (const segment of segments) {
    let best: ParagraphBuilder | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of open) {
      const distance = segment.baseline - candidate.last.baseline;
      if (distance < bestDistance && canContinue(candidate, segment, distance, lineSpacing, raggedLeftPage)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best !== undefined && !startsNewParagraph(best, segment, columns)) {
      best.add(segment);
    } else {
      if (best !== undefined) open = open.filter((p) => p !== best);
      const created = new ParagraphBuilder(segment);
      open.push(created);
      done.push(created);
    }
    const horizon = segment.baseline - OPEN_WINDOW_EM * segment.size;
    if (open.length > 4) open = open.filter((p) => p.last.baseline >= horizon);
  }
  return done.map((p) => p.build());
}

function canContinue(paragraph: ParagraphBuilder, segment: LineSegment, distance: number, lineSpacing: number, raggedLeftPage: boolean): boolean {
  const last = paragraph.last;
  if (distance <= 0.5 * Math.min(segment.size, last.size)) return false;
  if (distance > BREAK_FACTOR * lineSpacing * Math.max(last.size, segment.size)) return false;
  const ratio = segment.size > last.size ? segment.size / last.size : last.size / segment.size;
  if (ratio > MAX_SIZE_RATIO) return false;
  if (segment.right <= paragraph.left || segment.left >= paragraph.right) return false;
  return isAligned(paragraph, segment, raggedLeftPage);
}

function isAligned(paragraph: ParagraphBuilder, segment: LineSegment, raggedLeftPage: boolean): boolean {
  const em = segment.size;
  const last = paragraph.last;
  if (isCentredUnder(last, segment, em)) return true;
  if (isRaggedLeftUnder(paragraph, segment, em, raggedLeftPage)) return true;
  if (paragraph.segments.length === 1) {
    const first = paragraph.first;
    const hanging = first.marker?.textLeft ?? first.hangingLeft;
    if (hanging !== undefined) {
      // Under the item's text (a hanging indent), or, for a line that does not start like a
      // new sentence, back at or left of the marker (Word's numbered lists wrap to the margin).
      // A capitalised line there is the next paragraph after a one-line item.
      if (Math.abs(segment.left - hanging) <= em) return true;
      return segment.left >= first.left - 4 * em && segment.left < hanging && !startsLikeSentence(segment.text);
    }
    // Flush with the first line, or under a first-line indent of up to four ems.
    return segment.left >= first.left - 4 * em && segment.left <= first.left + em;
  }
  return Math.abs(segment.left - paragraph.bodyLeft) <= em;
}

function startsNewParagraph(paragraph: ParagraphBuilder, segment: LineSegment, columns: ColumnRights): boolean {
  const last = paragraph.last;
  if (segment.marker && (segment.marker.strong || paragraph.first.marker !== undefined || endsClause(last.text))) return true;
  if (endsWithHyphen(last.text)) return false;
  if (TOC_LINE.test(last.text)) return true;
  const em = segment.size;
  if (!startsLikeSentence(segment.text) || isCentredUnder(last, segment, em)) return false;
  // A one-line paragraph does not show where its column ends: ask the page's other lines.
  const right = paragraph.segments.length >= 2 ? paragraph.right : columns.rightOf(paragraph.left, em);
  // The line above stopped short although this line's first word would have fit after it:
  // the writer broke the line on purpose (end of paragraph).
  const charWidth = (segment.right - segment.left) / Math.max(segment.text.length, 1);
  const firstWord = segment.text.trimStart().split(/\s/, 1)[0] ?? '';
  // Overestimate the word (wide letters, capitals) so that a full line is never taken for a short one.
  const needed = 0.3 * em + 1.15 * firstWord.length * charWidth;
  return last.right + needed < right - 0.5 * em;
}

/** Lines starting within this many ems of a paragraph's left edge are in its column. */
const COLUMN_LEFT_TOLERANCE_EM = 2;
/** The column's right edge is this quantile of its lines' right edges (a few wider lines, such as a heading across two columns, do not count). */
const COLUMN_RIGHT_QUANTILE = 0.9;

/** Where the lines that start at a given left edge usually end: the right edge of that column. */
class ColumnRights {
  private readonly rightsByLeft = new Map<number, number[]>();
  private readonly cache = new Map<number, number>();

  constructor(segments: readonly LineSegment[]) {
    for (const segment of segments) {
      const key = Math.round(segment.left);
      const rights = this.rightsByLeft.get(key);
      if (rights) rights.push(segment.right);
      else this.rightsByLeft.set(key, [segment.right]);
    }
  }

  rightOf(left: number, em: number): number {
    const key = Math.round(left);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const reach = Math.ceil(COLUMN_LEFT_TOLERANCE_EM * em);
    const rights: number[] = [];
    for (let x = key - reach; x <= key + reach; x++) for (const right of this.rightsByLeft.get(x) ?? []) rights.push(right);
    rights.sort((a, b) => a - b);
    const right = rights[Math.min(rights.length - 1, Math.floor(COLUMN_RIGHT_QUANTILE * rights.length))] ?? left;
    this.cache.set(key, right);
    return right;
  }
}

/** A table-of-contents entry: dot leaders and a page number. Each entry is its own block. */
const TOC_LINE = /(?:\.\s?){4,}\s*\d+\s*$/;

/** Both edges moved symmetrically: centred lines of different lengths (titles, slides). */
function isCentredUnder(last: LineSegment, segment: LineSegment, em: number): boolean {
  const leftShift = segment.left - last.left;
  const rightShift = last.right - segment.right;
  if (Math.abs(leftShift) <= em || Math.abs(rightShift) <= em) return false;
  return Math.abs(leftShift - rightShift) <= 1.5 * em;
}

/**
 * Right-aligned text (ragged on the left): the line ends where the one above ends and starts
 * elsewhere. Taken as such on pages set mostly right-aligned, and elsewhere only for
 * paragraphs whose lines already start at different places: in justified text an indented
 * line under a flush paragraph is the next paragraph's first line.
 */
function isRaggedLeftUnder(paragraph: ParagraphBuilder, segment: LineSegment, em: number, raggedLeftPage: boolean): boolean {
  const last = paragraph.last;
  if (Math.abs(segment.right - last.right) > 0.5 * em) return false;
  if (raggedLeftPage) return true;
  return Math.abs(segment.left - last.left) > em && paragraph.maxLeft - paragraph.left > em;
}

/** How many segments back to look for the line above (other columns' lines sit in between). */
const LOOK_BACK = 8;

/**
 * True when, among lines directly under one another, more share their right edge while
 * starting elsewhere than share their left edge: the page is set right-aligned.
 */
function isMostlyRaggedLeft(segments: readonly LineSegment[]): boolean {
  let flushLeft = 0;
  let raggedLeft = 0;
  for (let i = 1; i < segments.length; i++) {
    const current = segments[i];
    if (current === undefined) continue;
    for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
      const above = segments[j];
      if (above === undefined || current.baseline - above.baseline <= 0.5 * current.size) continue;
      if (above.right < current.left || above.left > current.right) continue;
      const em = current.size;
      if (Math.abs(above.left - current.left) <= 0.5 * em) flushLeft++;
      else if (Math.abs(above.right - current.right) <= 0.5 * em) raggedLeft++;
      break;
    }
  }
  return raggedLeft > flushLeft;
}

/** The line ends a sentence or introduces something (where a dash or number may start a list item). */
function endsClause(text: string): boolean {
  return /[.:;!?]\s*$/.test(text);
}

function endsWithHyphen(text: string): boolean {
  const last = text.trimEnd().slice(-1);
  return last === '-' || last === '\u00AD' || last === '\u2010';
}

/** Capital letter, digit or opening quote/bracket: how a new paragraph starts. */
function startsLikeSentence(text: string): boolean {
  return /^\s*[\p{Lu}\p{N}"'“”«(§]/u.test(text);
}
