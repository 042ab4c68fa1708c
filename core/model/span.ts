/**
 * A position in a document's normalised text: 0-based, half-open `[start, end)` offsets in
 * UTF-16 code units, as JavaScript strings count them. This is the one truth for positions;
 * lines, pages and paragraphs are derived from it for display only.
 */
export interface Span {
  /** First code unit, 0-based, inclusive. */
  readonly start: number;
  /** One past the last code unit, exclusive. `end >= start`. */
  readonly end: number;
}

/** Builds a span, refusing negative or reversed offsets (a programming error, not user input). */
export function span(start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid span [${start}, ${end})`);
  }
  return { start, end };
}

/** True when `inner` lies entirely inside `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the span lies inside a text of the given length. */
export function spanInText(s: Span, textLength: number): boolean {
  return s.start >= 0 && s.end >= s.start && s.end <= textLength;
}

/** Moves a span by `offset` code units (used when a block-local span becomes document-global). */
export function shiftSpan(s: Span, offset: number): Span {
  return { start: s.start + offset, end: s.end + offset };
}
