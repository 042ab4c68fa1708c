/**
 * Refuses an offset that cannot start a span. A bad offset is a programming error in the caller
 * (offsets come from block spans), not something a user can cause, so it is a RangeError like
 * the one `span()` throws.
 */
export function checkOffset(offset: number): void {
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`invalid text offset ${offset}`);
}
