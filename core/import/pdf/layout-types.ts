import type { Affine } from './affine.js';

/**
 * Shared shapes of the PDF layout pass. All geometry is in a page's *reading frame*: PDF user
 * space turned (with the page's /Rotate and the text's own direction) so that the text reads
 * left to right and y grows downwards. Units stay PDF points.
 */

/** A rectangle in a reading frame; `top < bottom`. */
export interface FrameRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** One pdf.js text item, placed in its reading frame. */
export interface TextRun {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly baseline: number;
  /** Font size in points (the height of the text's em square on the page). */
  readonly size: number;
  /** Height above the baseline, in points. */
  readonly ascent: number;
  /** Depth below the baseline, in points (positive). */
  readonly descent: number;
  /** pdf.js's loaded font id; the same font keeps the same id across pages of one document. */
  readonly fontName: string;
  /** True when the item holds only white space: it tells where pdf.js saw a word gap. */
  readonly isSpace: boolean;
}

/** A list bullet or number at the start of a line segment. */
export interface ListMarker {
  readonly kind: 'bullet' | 'number';
  /** Index in the segment's text where the item's own text starts. */
  readonly textStart: number;
  /** Frame x where the item's own text starts (continuation lines usually align here). */
  readonly textLeft: number;
  /**
   * True when the marker surely starts an item: a bullet glyph, or a marker set apart from
   * its text as its own text item. A dash or number inside running text is not.
   */
  readonly strong: boolean;
}

/**
 * A line of text, or one of several pieces of a line separated by a wide gap (table columns,
 * side-by-side text columns, a page number far to the right).
 */
export interface LineSegment extends FrameRect {
  readonly text: string;
  readonly baseline: number;
  /** Font size averaged over the characters, in points. */
  readonly size: number;
  /** The font that draws most of the characters. */
  readonly fontName: string;
  /** True when one font draws the whole segment. */
  readonly singleFont: boolean;
  /** Characters that are not white space. */
  readonly charCount: number;
  readonly marker?: ListMarker;
  /** Where the text starts after a leading section number set apart from it ("4   Bakgrund"): continuation lines align here. */
  readonly hangingLeft?: number;
}

/** The text of one page that reads in one direction. */
export interface FrameText {
  /** Angle (radians) the display space is turned by to get this frame. */
  readonly angle: number;
  /** Maps frame coordinates back to PDF user space (for block boxes). */
  readonly toUser: Affine;
  /** The page's rectangle in this frame. */
  readonly extent: FrameRect;
  /** In reading order of lines: by baseline, then left to right. */
  readonly segments: readonly LineSegment[];
  readonly charCount: number;
}

/** The lines of one page, its main reading direction first. */
export interface PageText {
  /** 1-based page number. */
  readonly page: number;
  readonly frames: readonly FrameText[];
}

/** Lines that belong together as one block. */
export interface Paragraph extends FrameRect {
  readonly segments: readonly LineSegment[];
}
