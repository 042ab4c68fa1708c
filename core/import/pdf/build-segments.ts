import type { LineSegment, ListMarker, TextRun } from './layout-types.js';
import { isBareMarker, matchListMarker } from './list-markers.js';

/** A horizontal gap wider than this many ems splits a line into separate segments (columns, table cells). */
const SPLIT_GAP_EM = 2;
/** A gap wider than this many ems between two items is a word space even if pdf.js emitted none. */
const SPACE_GAP_EM = 0.17;
/** Two runs are on one line when their vertical extents overlap by at least this share of the smaller one. */
const SAME_LINE_OVERLAP = 0.5;
/** A gap of at least this many ems splits a line where the text after it starts at a column edge. */
const COLUMN_GAP_EM = 0.5;
/** Lines that must start at an x for it to count as a column edge (table columns, definition lists). */
const MIN_COLUMN_EDGE_LINES = 3;
/** Lines that must end at the same x, and their least share of all lines, for it to be the text's right edge. */
const MIN_MAIN_RIGHT_LINES = 5;
const MAIN_RIGHT_SHARE = 0.2;
/** A section number ("4", "2.1") set in a margin column stays with its heading across a gap of up to this many ems. */
const SECTION_NUMBER_GAP_EM = 6;
const SECTION_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s*$/;

/**
 * Groups the runs of one reading frame into line segments: runs whose vertical extents overlap
 * form a line (so superscripts and mixed font sizes stay on their line), a line is read left to
 * right, spaces are inserted where the gap between runs is wider than a fraction of the font
 * size, and a wide gap splits the line into segments. So does a narrower gap (a few word
 * spaces) when the text after it starts exactly where other lines of the page start too: the
 * left edge of a table column, as in a definition list whose terms nearly touch their
 * definitions. Runs drawn twice at (almost) the same place, the "fake bold" some generators
 * use, are read once.
 *
 * pdf.js's `hasEOL` flags are not used: pdf.js derives them from the same positions while
 * reading the content stream in drawing order, so they add nothing to a geometric grouping
 * and mislead where text is drawn out of reading order (a running header drawn last).
 *
 * Cost: one sort of the runs and one of each line; everything else is linear.
 */
export function buildSegments(runs: readonly TextRun[]): LineSegment[] {
  const lines = groupLines(runs);
  const edges = new ColumnEdges();
  for (const line of lines) edges.countLine(line);
  edges.settle(lines.length);
  const segments: LineSegment[] = [];
  for (const line of lines) splitLine(line, edges, segments);
  return segments;
}

/** Runs grouped into lines, top to bottom, each line sorted left to right. */
function groupLines(runs: readonly TextRun[]): TextRun[][] {
  const order = runs
    .filter((r) => Number.isFinite(r.left) && Number.isFinite(r.baseline))
    .sort((a, b) => a.baseline - b.baseline || a.left - b.left);
  const lines: TextRun[][] = [];
  let line: TextRun[] = [];
  let reference: TextRun | undefined;
  for (const run of order) {
    if (reference !== undefined && !onSameLine(reference, run)) {
      lines.push(line.sort((a, b) => a.left - b.left));
      line = [];
      reference = undefined;
    }
    line.push(run);
    // The largest run anchors the line, so that a small superscript first in the order does
    // not decide where the line is.
    if (reference === undefined || (run.size > reference.size && !run.isSpace)) reference = run;
  }
  if (line.length > 0) lines.push(line.sort((a, b) => a.left - b.left));
  return lines;
}

/**
 * Where the page's columns are: per whole point of x, how many lines have text starting there
 * (at the line start or after a wide gap), and the right edge where most lines end (a
 * justified text column). Text starting beyond that right edge is in another column, such as
 * a running header set on the same baseline as the first body line.
 */
class ColumnEdges {
  private readonly lefts = new Map<number, number>();
  private readonly rights = new Map<number, number>();
  /** The common right edge of the text, when enough lines end there. */
  mainRight: number | undefined;

  countLine(line: readonly TextRun[]): void {
    let right = Number.NEGATIVE_INFINITY;
    for (const run of line) {
      if (run.isSpace) continue;
      if (run.left - right > SPLIT_GAP_EM * run.size) {
        if (Number.isFinite(right)) increment(this.rights, Math.round(right));
        increment(this.lefts, Math.round(run.left));
      }
      right = Math.max(right, run.right);
    }
    if (Number.isFinite(right)) increment(this.rights, Math.round(right));
  }

  /** Picks the main right edge once all lines are counted. */
  settle(lineCount: number): void {
    let best = 0;
    for (const x of this.rights.keys()) {
      const count = near(this.rights, x);
      if (count > best) {
        best = count;
        this.mainRight = x;
      }
    }
    if (best < MIN_MAIN_RIGHT_LINES || best < MAIN_RIGHT_SHARE * lineCount) this.mainRight = undefined;
  }

  isEdge(x: number): boolean {
    return near(this.lefts, Math.round(x)) >= MIN_COLUMN_EDGE_LINES;
  }

  /** True when text ending at `right` and text starting at `left` lie on either side of the main right edge. */
  straddlesMainRight(right: number, left: number, em: number): boolean {
    return this.mainRight !== undefined && right <= this.mainRight + COLUMN_GAP_EM * em && left >= this.mainRight + COLUMN_GAP_EM * em;
  }
}

function increment(counts: Map<number, number>, key: number): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function near(counts: ReadonlyMap<number, number>, at: number): number {
  return (counts.get(at - 1) ?? 0) + (counts.get(at) ?? 0) + (counts.get(at + 1) ?? 0);
}

function onSameLine(reference: TextRun, run: TextRun): boolean {
  const top = Math.max(reference.baseline - reference.ascent, run.baseline - run.ascent);
  const bottom = Math.min(reference.baseline + reference.descent, run.baseline + run.descent);
  const smaller = Math.min(reference.ascent + reference.descent, run.ascent + run.descent);
  return bottom - top >= SAME_LINE_OVERLAP * smaller;
}

/** Reads one line's runs (sorted left to right) and cuts it at wide gaps and column edges. */
function splitLine(line: readonly TextRun[], edges: ColumnEdges, out: LineSegment[]): void {
  let builder: SegmentBuilder | undefined;
  let pendingSpace = false;
  for (const run of line) {
    if (run.isSpace) {
      pendingSpace = builder !== undefined;
      continue;
    }
    if (builder !== undefined) {
      if (builder.isDuplicate(run)) continue;
      const gap = run.left - builder.right;
      const em = Math.max(run.size, builder.lastSize);
      const split =
        gap > SPLIT_GAP_EM * em ||
        (gap > COLUMN_GAP_EM * em && (edges.isEdge(run.left) || edges.straddlesMainRight(builder.right, run.left, em)));
      const keepTogether = builder.isBareMarker() || (builder.isSectionNumber() && gap <= SECTION_NUMBER_GAP_EM * em);
      if (split && !keepTogether) {
        out.push(builder.finish());
        builder = undefined;
      }
    }
    if (builder === undefined) {
      builder = new SegmentBuilder(run);
    } else {
      const gap = run.left - builder.right;
      builder.append(run, pendingSpace || gap > SPACE_GAP_EM * Math.min(run.size, builder.lastSize));
    }
    pendingSpace = false;
  }
  if (builder !== undefined) out.push(builder.finish());
}

/** Accumulates runs into one segment without repeated string concatenation. */
class SegmentBuilder {
  private readonly parts: string[] = [];
  private readonly runs: TextRun[] = [];
  private length = 0;
  private top: number;
  private bottom: number;
  right: number;
  private sizeSum = 0;
  private charCount = 0;
  private dominant: TextRun;
  private dominantChars = 0;
  private singleFont = true;
  private endsWithSpace = false;

  constructor(first: TextRun) {
    this.top = first.baseline - first.ascent;
    this.bottom = first.baseline + first.descent;
    this.right = first.right;
    this.dominant = first;
    this.append(first, false);
  }

  get lastSize(): number {
    return this.runs[this.runs.length - 1]?.size ?? this.dominant.size;
  }

  isDuplicate(run: TextRun): boolean {
    const last = this.runs[this.runs.length - 1];
    if (last === undefined || last.text !== run.text) return false;
    const tolerance = 0.3 * run.size;
    return Math.abs(last.left - run.left) < tolerance && Math.abs(last.baseline - run.baseline) < tolerance;
  }

  /** True while the segment is one run holding only a section number such as "4" or "2.1". */
  isSectionNumber(): boolean {
    return this.runs.length === 1 && SECTION_NUMBER.test(this.parts[0] ?? '');
  }

  isBareMarker(): boolean {
    return this.runs.length === 1 && isBareMarker(this.parts[0] ?? '');
  }

  append(run: TextRun, space: boolean): void {
    if (space && !this.endsWithSpace && this.length > 0 && !isSpaceCode(run.text.charCodeAt(0))) {
      this.parts.push(' ');
      this.length += 1;
    }
    this.parts.push(run.text);
    this.length += run.text.length;
    this.endsWithSpace = isSpaceCode(run.text.charCodeAt(run.text.length - 1));
    this.runs.push(run);
    this.top = Math.min(this.top, run.baseline - run.ascent);
    this.bottom = Math.max(this.bottom, run.baseline + run.descent);
    this.right = Math.max(this.right, run.right);
    const chars = run.text.length;
    this.sizeSum += run.size * chars;
    this.charCount += chars;
    if (chars > this.dominantChars) {
      this.dominant = run;
      this.dominantChars = chars;
    }
    if (run.fontName !== this.runs[0]?.fontName) this.singleFont = false;
  }

  finish(): LineSegment {
    const text = this.parts.join('');
    const first = this.runs[0] ?? this.dominant;
    const segment = {
      text,
      left: first.left,
      right: this.right,
      top: this.top,
      bottom: this.bottom,
      baseline: this.dominant.baseline,
      size: this.charCount > 0 ? this.sizeSum / this.charCount : this.dominant.size,
      fontName: this.dominant.fontName,
      singleFont: this.singleFont,
      charCount: countVisible(text),
    };
    const marker = this.findMarker(text, first);
    if (marker) return { ...segment, marker };
    const second = this.runs[1];
    if (second !== undefined && SECTION_NUMBER.test(first.text) && second.left - first.right > COLUMN_GAP_EM * first.size) {
      return { ...segment, hangingLeft: second.left };
    }
    return segment;
  }

  private findMarker(text: string, first: TextRun): ListMarker | undefined {
    const second = this.runs[1];
    if (second !== undefined && isBareMarker(first.text)) {
      // The marker is its own text item; set apart from the text (a hanging indent) it surely
      // marks a list item. A hollow Wingdings bullet comes out of pdf.js as a lone "o", which
      // counts only when set apart.
      const marker = first.text.trim();
      const apart = second.left - first.right > 0.4 * first.size;
      const match = marker === 'o' ? (apart ? { kind: 'bullet' as const, strong: true } : undefined) : matchListMarker(`${marker} x`);
      if (match) {
        const textStart = text.length - text.slice(first.text.length).trimStart().length;
        return { kind: match.kind, textStart, textLeft: second.left, strong: match.strong || apart };
      }
    }
    const match = matchListMarker(text);
    if (!match) return undefined;
    const share = match.length / Math.max(text.length, 1);
    return { kind: match.kind, textStart: match.length, textLeft: first.left + share * (this.right - first.left), strong: match.strong };
  }
}

function countVisible(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) count++;
  return count;
}

/** Space, tab, line breaks and no-break space: checked by code, this runs once per text item. */
function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0;
}
