/**
 * 2-D affine transforms in the pdf.js/PDF convention `[a, b, c, d, e, f]`:
 * x' = a·x + c·y + e, y' = b·x + d·y + f.
 */
export type Affine = readonly [number, number, number, number, number, number];

/** The transform that applies `second` after `first`. */
export function compose(second: Affine, first: Affine): Affine {
  const [a1, b1, c1, d1, e1, f1] = first;
  const [a2, b2, c2, d2, e2, f2] = second;
  return [
    a2 * a1 + c2 * b1,
    b2 * a1 + d2 * b1,
    a2 * c1 + c2 * d1,
    b2 * c1 + d2 * d1,
    a2 * e1 + c2 * f1 + e2,
    b2 * e1 + d2 * f1 + f2,
  ];
}

/** The inverse transform, or undefined for a degenerate (flattening) one. */
export function invert(m: Affine): Affine | undefined {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  if (!Number.isFinite(det) || Math.abs(det) < 1e-12) return undefined;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/** Applies `m` to the point (x, y). */
export function apply(m: Affine, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Rotation by `angle` radians (counter-clockwise in a y-up system, clockwise on screen). */
export function rotation(angle: number): Affine {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return [cos, sin, -sin, cos, 0, 0];
}

/** Reads a pdf.js transform array, refusing anything that is not six finite numbers. */
export function toAffine(value: unknown): Affine | undefined {
  if (!Array.isArray(value) || value.length < 6) return undefined;
  const numbers = value.slice(0, 6) as unknown[];
  if (!numbers.every((n): n is number => typeof n === 'number' && Number.isFinite(n))) return undefined;
  const [a, b, c, d, e, f] = numbers as number[];
  return [a ?? 0, b ?? 0, c ?? 0, d ?? 0, e ?? 0, f ?? 0];
}
