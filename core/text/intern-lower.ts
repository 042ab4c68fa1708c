/**
 * Lower-cased token strings, interned: the same word always yields the same string object.
 *
 * Why: a 100,000-word document has some 10,000 distinct word forms. Allocating a fresh
 * lower-case string per token made garbage collection the largest cost of analysing a document;
 * with interning, each distinct form is allocated once and every later occurrence is found by a
 * hash of its characters, computed straight from the source text. Interned strings also keep
 * their hash, so the memo tables downstream (stems, term matching) look them up cheaply.
 *
 * The table is open addressing over typed arrays (no per-entry objects) and is emptied when it
 * is 60 % full, which bounds its memory at about 1 MiB plus the strings.
 */

const BITS = 17;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
const MAX_ENTRIES = Math.floor(SIZE * 0.6);

/** Index into `strings` plus one; 0 marks an empty slot. */
const slots = new Int32Array(SIZE);
const hashes = new Int32Array(SIZE);
let strings: string[] = [];

/** Lower-cases one UTF-16 unit when that is certain without a table (ASCII, Latin-1, punctuation), else -1. */
function lowerUnit(unit: number): number {
  if (unit < 0x41) return unit;
  if (unit <= 0x5a) return unit + 32;
  if (unit < 0xc0) return unit;
  if (unit <= 0xde) return unit === 0xd7 ? unit : unit + 32;
  if (unit < 0x100) return unit;
  // General punctuation, currency, arrows, box drawing …: no case.
  if (unit >= 0x2000 && unit < 0x2c00) return unit;
  return -1;
}

/**
 * `text.slice(start, end).toLowerCase()`, interned. Characters outside Latin-1 and the
 * punctuation blocks fall back to a plain, uninterned `toLowerCase`.
 */
export function internLower(text: string, start: number, end: number): string {
  let hash = end - start;
  for (let i = start; i < end; i += 1) {
    const lowered = lowerUnit(text.charCodeAt(i));
    if (lowered < 0) return text.slice(start, end).toLowerCase();
    hash = (Math.imul(hash, 31) + lowered) | 0;
  }
  let slot = hash & MASK;
  for (;;) {
    const entry = slots[slot] as number;
    if (entry === 0) break;
    if (hashes[slot] === hash) {
      const candidate = strings[entry - 1] as string;
      if (candidate.length === end - start && sameLowered(candidate, text, start)) return candidate;
    }
    slot = (slot + 1) & MASK;
  }
  const fresh = text.slice(start, end).toLowerCase();
  if (strings.length >= MAX_ENTRIES) {
    slots.fill(0);
    strings = [];
    slot = hash & MASK;
  }
  strings.push(fresh);
  slots[slot] = strings.length;
  hashes[slot] = hash;
  return fresh;
}

function sameLowered(candidate: string, text: string, start: number): boolean {
  for (let i = 0; i < candidate.length; i += 1) {
    if (candidate.charCodeAt(i) !== lowerUnit(text.charCodeAt(start + i))) return false;
  }
  return true;
}
