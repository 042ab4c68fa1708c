/**
 * Case folding that keeps string length, so positions in the folded text are positions in the
 * original. It agrees with how `/…/iu` regular expressions compare letters for every character
 * Swedish text uses; the few characters whose lower case is longer than one code unit are left
 * as they are, and the look-alikes that Unicode folds onto ASCII/Swedish letters are mapped
 * explicitly so the prefilter never misses a match the regular expression would find.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  '\u017F': 's', // ſ long s folds to s
  '\u212A': 'k', // Kelvin sign
  '\u212B': 'å', // Ångström sign
  '\u1E9E': 'ß', // capital sharp s
};

const cache = new Map<number, number>();

/** The folded code unit for one UTF-16 code unit. */
export function foldUnit(unit: number): number {
  if (unit < 0x41) return unit;
  if (unit <= 0x5a) return unit + 32;
  if (unit < 0xc0) return unit;
  const cached = cache.get(unit);
  if (cached !== undefined) return cached;
  const ch = String.fromCharCode(unit);
  const special = SPECIAL[ch];
  const lower = special ?? ch.toLowerCase();
  const folded = lower.length === 1 ? lower.charCodeAt(0) : unit;
  cache.set(unit, folded);
  return folded;
}

export function foldString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
}
