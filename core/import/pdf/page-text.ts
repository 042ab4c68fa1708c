import { apply, compose, invert, rotation, toAffine, type Affine } from './affine.js';
import { buildSegments } from './build-segments.js';
import type { FrameRect, FrameText, PageText, TextRun } from './layout-types.js';
import type { PdfTextContent, PdfTextItem } from './pdfjs-runtime.js';

/** What the layout needs from a pdf.js viewport at scale 1. */
export interface PageGeometry {
  /** Maps PDF user space to display space (y down, /Rotate applied). */
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/** Text whose direction is within this many degrees of a right angle is treated as exactly at it. */
const SNAP_DEGREES = 3;
/** Other directions are grouped in steps of this many degrees (watermarks, text on a slant). */
const SKEW_STEP_DEGREES = 5;
/** Fallback proportions of the em square above and below the baseline. */
const DEFAULT_ASCENT = 0.8;
const DEFAULT_DESCENT = 0.2;

interface FrameRuns {
  readonly angle: number;
  /** Display space to this frame. */
  readonly toFrame: Affine;
  readonly runs: TextRun[];
  charCount: number;
}

/**
 * Places a page's text items in reading frames and groups them into line segments. Items are
 * grouped by the direction they read in on screen (so a page with /Rotate 90, or a landscape
 * table turned on a portrait page, reads upright), the main direction first. Items with
 * broken geometry are kept with a best guess rather than dropped: the words matter more than
 * their exact place.
 */
export function layoutPageText(page: number, content: PdfTextContent, geometry: PageGeometry): PageText {
  const toDisplay = toAffine(geometry.transform) ?? ([1, 0, 0, -1, 0, geometry.height] as const);
  const toUser = invert(toDisplay) ?? ([1, 0, 0, -1, 0, geometry.height] as const);
  const groups = new Map<number, FrameRuns>();

  for (const item of content.items) {
    if (!('str' in item)) continue;
    const run = placeItem(item, toDisplay, content.styles[item.fontName], groups);
    if (run === undefined) continue;
    const [group, placed] = run;
    group.runs.push(placed);
    if (!placed.isSpace) group.charCount += placed.text.length;
  }

  const frames: FrameText[] = [];
  for (const group of groups.values()) {
    if (group.charCount === 0) continue;
    const segments = buildSegments(group.runs);
    frames.push({
      angle: group.angle,
      toUser: compose(toUser, rotation(group.angle)),
      extent: pageExtent(geometry, group.angle),
      segments,
      charCount: group.charCount,
    });
  }
  frames.sort((a, b) => b.charCount - a.charCount);
  return { page, frames };
}

function placeItem(
  item: PdfTextItem,
  toDisplay: Affine,
  style: { ascent: number; descent: number } | undefined,
  groups: Map<number, FrameRuns>,
): [FrameRuns, TextRun] | undefined {
  const text = item.str;
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const transform = toAffine(item.transform);
  if (transform === undefined) return undefined;
  const m = compose(toDisplay, transform);

  const degrees = (Math.atan2(m[1], m[0]) * 180) / Math.PI;
  const key = frameKey(degrees);
  let group = groups.get(key);
  if (group === undefined) {
    const angle = (key * Math.PI) / 180;
    group = { angle, toFrame: rotation(-angle), runs: [], charCount: 0 };
    groups.set(key, group);
  }

  let size = Math.hypot(m[2], m[3]);
  if (!(size >= 0.5)) size = Math.abs(item.height) >= 0.5 ? Math.abs(item.height) : Math.max(Math.hypot(m[0], m[1]), 0.5);
  const [x, y] = apply(group.toFrame, m[4], m[5]);
  let width = Math.abs(item.width);
  // Type3 and broken fonts can report no advance at all; guess half an em per character.
  if (!Number.isFinite(width) || (width === 0 && text.trim().length > 0)) width = text.length * size * 0.5;

  const ascent = clampRatio(style?.ascent, DEFAULT_ASCENT, 0.5, 1.3);
  const descent = clampRatio(style?.descent === undefined ? undefined : -style.descent, DEFAULT_DESCENT, 0.05, 0.6);
  return [
    group,
    {
      text,
      left: x,
      right: x + width,
      baseline: y,
      size,
      ascent: ascent * size,
      descent: descent * size,
      fontName: item.fontName,
      isSpace: text.trim().length === 0,
    },
  ];
}

function frameKey(degrees: number): number {
  const normalised = ((degrees % 360) + 360) % 360;
  const nearestRight = Math.round(normalised / 90) * 90;
  const key = Math.abs(normalised - nearestRight) <= SNAP_DEGREES ? nearestRight : Math.round(normalised / SKEW_STEP_DEGREES) * SKEW_STEP_DEGREES;
  return key % 360;
}

function clampRatio(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value) || value < min || value > max) return fallback;
  return value;
}

/** The page rectangle seen in a frame turned by `angle`. */
function pageExtent(geometry: PageGeometry, angle: number): FrameRect {
  const turn = rotation(-angle);
  const corners = [
    apply(turn, 0, 0),
    apply(turn, geometry.width, 0),
    apply(turn, 0, geometry.height),
    apply(turn, geometry.width, geometry.height),
  ];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}
