import type { AST } from '@eslint-community/regexpp';
import { foldString } from './fold-case.js';
import { parsePattern } from './parse-pattern.js';

/**
 * A set of literal strings at least one of which occurs (case-folded) in every match of a
 * regular expression, or `undefined` when no such set can be derived (the expression can
 * match text made only of classes like `\p{L}`, or is empty). Used to skip regular
 * expressions on text that cannot match them: the same idea as RE2's prefilters.
 */
export type LiteralSet = readonly string[];

/** Alternations with more literals than this are not worth prefiltering. */
const MAX_LITERALS = 64;
/**
 * Joined runs ("får inte", "får du inte" …) with more variants than this are cut: each variant
 * adds states to the literal scan's automaton, and past this the bigger table cost the scan
 * more than the longer literals saved in probes (measured on the bench text).
 */
const MAX_CHAIN_LITERALS = 16;

export function requiredLiterals(source: string): LiteralSet | undefined {
  const pattern = parsePattern(source);
  if (!pattern) return undefined;
  const set = disjunction(pattern.alternatives);
  // A set holding a blank literal (a lone `\s`) or a lone letter is in every block of running
  // text: as a filter it passes everything, and in the scan " " alone was half of all hits.
  return set && set.length > 0 && selectivity(set) > 0 ? [...new Set(set.map(foldString))] : undefined;
}

/**
 * The weakest literal's length: how selective a set is (longer literals match less text). A
 * blank literal or a lone letter or digit counts as 0: white space (which a space stands for)
 * is in every block, and so is the letter "i"; a rare symbol such as "§" is a fine filter.
 */
export function selectivity(set: LiteralSet): number {
  return Math.min(...set.map((s) => (s.trim().length === 0 || (s.length === 1 && LETTER_OR_DIGIT.test(s)) ? 0 : s.length)));
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

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
 * selective is kept. Adjacent elements that match only a few fixed strings join into longer
 * literals ("får inte", "ansökningsdag" and "ansokningsdag" from "ans[öo]kningsdag").
 */
function concatenation(elements: readonly AST.Element[]): string[] | undefined {
  let best: string[] | undefined;
  for (const set of elementSets(elements)) if (!best || better(set, best)) best = set;
  return best;
}

/**
 * The literal sets of a concatenation, each of which occurs in every match: the products of
 * runs of elements that match a few fixed strings (an optional element multiplies in the empty
 * string too: "får (du )?inte" gives "får inte" and "får du inte"), and the sets found inside
 * the other elements.
 */
function elementSets(elements: readonly AST.Element[]): string[][] {
  const sets: string[][] = [];
  let chain: string[] | undefined;
  const endChain = (): void => {
    if (chain && chain.every((s) => s.length > 0)) sets.push(chain);
    chain = undefined;
  };
  for (const element of elements) {
    const strings = fixedStrings(element);
    if (strings) {
      const next = product(chain ?? [''], strings);
      if (next) {
        chain = next;
        continue;
      }
      endChain();
      chain = strings;
      continue;
    }
    endChain();
    if (element.type === 'Assertion') {
      // A positive lookaround must match too, so its literals are in the text around the match
      // (the prefilter works per block, which holds both). Negative ones and anchors prove nothing.
      if ((element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate) {
        const set = disjunction(element.alternatives);
        if (set && set.length > 0 && set.every((l) => l.length > 0)) sets.push(set);
      }
      continue;
    }
    const set = elementSet(element);
    if (set && set.length > 0) sets.push(set);
  }
  endChain();
  return sets;
}

/** Every string of `left` followed by every string of `right`; undefined when that is too many. */
function product(left: readonly string[], right: readonly string[]): string[] | undefined {
  if (left.length * right.length > MAX_CHAIN_LITERALS) return undefined;
  // One character at a time is the common case (a word is a run of single characters): the
  // strings stay distinct, so no set is needed.
  if (right.length === 1) {
    const only = right[0] as string;
    return left.map((l) => l + only);
  }
  return [...new Set(left.flatMap((l) => right.map((r) => l + r)))];
}

/** Quantifiers up to this many repetitions are expanded into fixed strings. */
const MAX_REPEAT = 3;

/**
 * All the strings an element can match, when they are few and fixed (the empty string among
 * them when it can match nothing, as assertions, optional parts and negative lookarounds do);
 * undefined otherwise. `\s` matches " " here, as in {@link literalChar}.
 */
function fixedStrings(element: AST.Element | AST.QuantifiableElement): string[] | undefined {
  switch (element.type) {
    case 'Character':
    case 'CharacterSet':
      return single(literalChar(element));
    case 'CharacterClass': {
      if (element.negate) return undefined;
      const chars: string[] = [];
      for (const member of element.elements) {
        if (member.type !== 'Character') return undefined;
        chars.push(String.fromCodePoint(member.value));
      }
      return chars.length > 0 && chars.length <= 8 ? [...new Set(chars)] : undefined;
    }
    case 'Group':
    case 'CapturingGroup': {
      const out = new Set<string>();
      for (const alternative of element.alternatives) {
        let strings: string[] | undefined = [''];
        for (const part of alternative.elements) {
          const fixed = fixedStrings(part);
          strings = fixed && strings ? product(strings, fixed) : undefined;
          if (!strings) return undefined;
        }
        for (const string of strings) out.add(string);
        if (out.size > MAX_LITERALS) return undefined;
      }
      return [...out];
    }
    case 'Quantifier': {
      if (element.max > MAX_REPEAT) return undefined;
      const inner = fixedStrings(element.element);
      if (!inner) return undefined;
      const out = new Set<string>();
      let repeated: string[] | undefined = [''];
      for (let count = 0; count <= element.max && repeated; count++) {
        if (count >= element.min) for (const string of repeated) out.add(string);
        repeated = product(repeated, inner);
      }
      return out.size <= MAX_LITERALS ? [...out] : undefined;
    }
    case 'Assertion':
      // Matches no characters. A positive lookaround's text is not part of the match (nor,
      // for a lookbehind, necessarily next to what came before it): the chain ends there.
      return (element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate ? undefined : [''];
    default:
      return undefined;
  }
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
  const pattern = parsePattern(source);
  if (!pattern || pattern.alternatives.length !== 1) return undefined;
  const sets = elementSets((pattern.alternatives[0] as AST.Alternative).elements)
    .filter((set) => set.length <= MAX_LITERALS && set.every((l) => l.trim().length >= 3))
    .map((set) => [...new Set(set.map(foldString))]);
  return sets.length > 1 ? sets : undefined;
}
