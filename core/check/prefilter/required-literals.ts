import { RegExpParser } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';
import { foldString } from './fold-case.js';

/**
 * A set of literal strings at least one of which occurs (case-folded) in every match of a
 * regular expression, or `undefined` when no such set can be derived (the expression can
 * match text made only of classes like `\p{L}`, or is empty). Used to skip regular
 * expressions on text that cannot match them: the same idea as RE2's prefilters.
 */
export type LiteralSet = readonly string[];

/** Alternations with more literals than this are not worth prefiltering. */
const MAX_LITERALS = 64;

const parser = new RegExpParser({ ecmaVersion: 2025 });

export function requiredLiterals(source: string): LiteralSet | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return undefined;
  }
  const set = disjunction(pattern.alternatives);
  return set && set.length > 0 && set.every((s) => s.length > 0) ? [...new Set(set.map(foldString))] : undefined;
}

/** The weakest literal's length: how selective a set is (longer literals match less text). */
export function selectivity(set: LiteralSet): number {
  return Math.min(...set.map((s) => s.length));
}

function disjunction(alternatives: readonly AST.Alternative[]): string[] | undefined {
  const result: string[] = [];
  for (const alternative of alternatives) {
    const set = concatenation(alternative.elements);
    if (!set) return undefined;
    result.push(...set);
    if (result.length > MAX_LITERALS) return undefined;
  }
  return result;
}

/**
 * Every element of a concatenation must match, so any one element's set will do; the most
 * selective is kept. Adjacent literal characters join into one string ("får inte").
 */
function concatenation(elements: readonly AST.Element[]): string[] | undefined {
  let best: string[] | undefined;
  let run = '';
  const consider = (set: string[] | undefined): void => {
    if (!set || set.length === 0) return;
    if (!best || better(set, best)) best = set;
  };
  const endRun = (): void => {
    if (run) consider([run]);
    run = '';
  };
  for (const element of elements) {
    const char = literalChar(element);
    if (char !== undefined) {
      run += char;
      continue;
    }
    endRun();
    if (element.type === 'Assertion') {
      // A positive lookaround must match too, so its literals are in the text around the match
      // (the prefilter works per block, which holds both). Negative ones and anchors prove nothing.
      if ((element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate) consider(disjunction(element.alternatives));
      continue;
    }
    consider(elementSet(element));
  }
  endRun();
  return best;
}

function better(candidate: readonly string[], current: readonly string[]): boolean {
  const a = selectivity(candidate);
  const b = selectivity(current);
  return a !== b ? a > b : candidate.length < current.length;
}

function elementSet(element: AST.Element): string[] | undefined {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return disjunction(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? elementSet(element.element) ?? single(literalChar(element.element)) : undefined;
    default:
      return single(literalChar(element));
  }
}

function single(char: string | undefined): string[] | undefined {
  return char === undefined ? undefined : [char];
}

/**
 * The one character an element matches, when it matches exactly one (ignoring case). `\s`
 * counts as a space: the literal scan reads every white-space character as one (see
 * aho-corasick.ts), so "ses\söver" gives the literal "ses över" rather than just "över", one
 * of the commonest words of Swedish.
 */
function literalChar(element: AST.Element | AST.QuantifiableElement): string | undefined {
  if (element.type === 'Character') return String.fromCodePoint(element.value);
  if (element.type === 'CharacterSet' && element.kind === 'space' && !element.negate) return ' ';
  if (element.type === 'CharacterClass' && !element.negate && element.elements.length === 1) {
    const only = element.elements[0];
    if (only?.type === 'Character') return String.fromCodePoint(only.value);
  }
  return undefined;
}

/**
 * For an expression without top-level alternation: the literal set of every element that has
 * one (each must occur in every match, within the text the expression runs on). Sets with a
 * literal shorter than 3 characters (spaces aside) are left out: "en", "er", "om" occur in
 * nearly every block, so such a set prunes almost nothing and doubled the literal scan's
 * work (measured on the bench text). Undefined when there are fewer than two sets.
 */
export function requiredLiteralSets(source: string): LiteralSet[] | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return undefined;
  }
  if (pattern.alternatives.length !== 1) return undefined;
  const sets: string[][] = [];
  let run = '';
  const add = (set: string[] | undefined): void => {
    if (set && set.length > 0 && set.length <= MAX_LITERALS && set.every((l) => l.trim().length >= 3)) sets.push([...new Set(set.map(foldString))]);
  };
  for (const element of (pattern.alternatives[0] as AST.Alternative).elements) {
    const char = literalChar(element);
    if (char !== undefined) {
      run += char;
      continue;
    }
    if (run) add([run]);
    run = '';
    if (element.type === 'Assertion') {
      if ((element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate) add(disjunction(element.alternatives));
      continue;
    }
    add(elementSet(element));
  }
  if (run) add([run]);
  return sets.length > 1 ? sets : undefined;
}
