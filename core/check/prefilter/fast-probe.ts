import type { AST } from '@eslint-community/regexpp';
import { widthAt } from '../../text/char-class.js';
import { parsePattern } from './parse-pattern.js';
import { onFirstUse } from './machine-code.js';

/** Answers "does the expression match anywhere in this text?". */
export interface Probe {
  test(text: string): boolean;
}

/**
 * A probe for a regular expression (flags `iu`) that is cheap on text it does not match.
 * Nearly every rule pattern starts with a lookbehind word boundary, `(?<![\p{L}])`, and V8
 * cannot start such an expression with its fast first-character scan: it runs the lookbehind
 * at every position, which made these expressions three to thirty times slower on prose; a
 * leading `\p{L}+` is worse still. So the probe first tries a loose version of the expression
 * (lookbehinds and leading character classes removed), which can only match more text, and asks
 * the exact expression only when that matched. Most blocks match neither, and for them the
 * answer comes from the fast scan alone. When the loose version did match, the exact expression
 * is tried only where the expression without its lookbehinds matches (see
 * {@link compileMatcher}), not at every position: an SFS number is common in legal text, the
 * "lag (" that must precede it for the rule is not. A caller that has the expression's matcher
 * already passes it as `confirm`.
 */
export function compileProbe(source: string, confirm?: Matcher, options: ProbeOptions = {}): Probe {
  const withinParts = options.withinParts === true;
  const loosened = looseRegex(source, { leadingClasses: true, anchors: withinParts }, 'iu');
  if (!loosened) return withinParts && hasAnchor(source) ? { test: () => true } : probeOf(new RegExp(source, 'iu'));
  const loose = probeOf(loosened.regex);
  // Asked of a whole block for a rule matched sentence by sentence, `^` and `$` would mean the
  // block's start and end and miss every sentence but the first: the loose answer stands (it
  // can only say yes too often; the sentences are matched exactly afterwards).
  if (withinParts && loosened.droppedAnchors) return loose;
  const exact = confirm ?? compileMatcher(source);
  return { test: (text) => loose.test(text) && exact.test(text) };
}

/** `regex.test` as a probe, the expression compiled to machine code on its first use (see machine-code.ts). */
function probeOf(regex: RegExp): Probe {
  const prepare = onFirstUse(regex);
  return {
    test: (text) => {
      prepare();
      return regex.test(text);
    },
  };
}

export interface ProbeOptions {
  /**
   * The expression will be matched in parts of the probed text (sentences of a block): the
   * probe must say yes whenever some part could match, where `^` and `$` mean the part's ends.
   */
  readonly withinParts?: boolean;
}

/** Whether an expression has a `^` or `$` anchor (only a parse can tell `\$` and `[$]` from one). */
export function hasAnchor(source: string): boolean {
  const pattern = parsePattern(source);
  if (!pattern) return /[\^$]/.test(source);
  const cuts: Cut[] = [];
  collectLookbehinds(pattern.alternatives, cuts, true);
  return cuts.some((cut) => cut.anchor);
}

/** Finds every match of a regular expression (flags `iu`) in a text, as `text.matchAll` would. */
export interface Matcher {
  matchAll(text: string): Iterable<RegExpExecArray>;
  /**
   * The first match starting at or after `from`, or null: what `matchAll` yields one at a
   * time, without a generator (the rule engine asks this for every sentence of every
   * candidate block). Search on from {@link nextSearchStart}.
   */
  exec(text: string, from: number): RegExpExecArray | null;
  /** Whether there is a match at all, as `regex.test` would answer. */
  test(text: string): boolean;
}

/**
 * A matcher with the same trick as {@link compileProbe}: without its lookbehinds an expression
 * matches at every position the exact one does (and more), so the loose expression's fast scan
 * finds the candidate positions and the exact expression, sticky, is only tried there. Gives
 * the same matches as `matchAll` with the exact expression.
 */
export function compileMatcher(source: string): Matcher {
  // Anchors stay: a sentence is searched from its start, and `^` keeps that search at one place.
  const loose = looseRegex(source, { leadingClasses: false, anchors: false }, 'giu')?.regex;
  if (!loose) {
    const global = new RegExp(source, 'giu');
    const prepareGlobal = onFirstUse(global);
    const plain = probeOf(new RegExp(source, 'iu'));
    return {
      matchAll: (text) => {
        prepareGlobal();
        return text.matchAll(global);
      },
      exec: (text, from) => {
        prepareGlobal();
        global.lastIndex = from;
        return from <= text.length ? global.exec(text) : null;
      },
      test: (text) => plain.test(text),
    };
  }
  const sticky = new RegExp(source, 'yiu');
  const prepare = onFirstUse(loose, sticky);
  /** The first match at or after each candidate position, from `from` on; null when none is left. */
  const next = (text: string, from: number): RegExpExecArray | null => {
    prepare();
    for (let at = from; at <= text.length; ) {
      loose.lastIndex = at;
      const candidate = loose.exec(text);
      if (!candidate) return null;
      // A unicode expression started inside a surrogate pair steps back to the pair's start:
      // never search before `at` again, or the loop would stand still.
      const position = Math.max(candidate.index, at);
      sticky.lastIndex = position;
      const match = sticky.exec(text);
      if (match && match.index >= from) return match;
      // One code unit on, not one character: V8 also tries positions inside a surrogate pair
      // (an empty match there is possible), and the matches must be the ones matchAll gives.
      at = position + 1;
    }
    return null;
  };
  return {
    *matchAll(text) {
      for (let match = next(text, 0); match; match = next(text, nextSearchStart(text, match))) yield match;
    },
    exec: next,
    test: (text) => next(text, 0) !== null,
  };
}

/**
 * Where to look for the match after `match`, as `matchAll` does: after it, or one character on
 * (a whole surrogate pair) after an empty match, so a search never stands still.
 */
export function nextSearchStart(text: string, match: RegExpExecArray): number {
  return match.index + (match[0].length > 0 ? match[0].length : widthAt(text, match.index));
}

/**
 * The expression without its lookbehind assertions (and, when asked, its `^`/`$` anchors and
 * its leading character classes); undefined when there is nothing to remove or the result does
 * not compile. Anchors are removed only when they must be: an unanchored search is tried at
 * every position, which on a whole document costs seconds for an expression with long gaps.
 */
function looseRegex(
  source: string,
  options: { readonly leadingClasses: boolean; readonly anchors: boolean },
  flags: string,
): { readonly regex: RegExp; readonly droppedAnchors: boolean } | undefined {
  const pattern = parsePattern(source);
  if (!pattern) return undefined;
  const cuts: Cut[] = [];
  collectLookbehinds(pattern.alternatives, cuts, options.anchors);
  const droppedAnchors = cuts.some((cut) => cut.anchor);
  if (options.leadingClasses) cutLeadingClasses(pattern, cuts);
  if (cuts.length === 0) return undefined;
  cuts.sort((a, b) => a.start - b.start);
  let loose = '';
  let from = 0;
  for (const cut of cuts) {
    loose += source.slice(from, cut.start);
    from = cut.end;
  }
  loose += source.slice(from);
  try {
    return { regex: new RegExp(loose, flags), droppedAnchors };
  } catch {
    // E.g. a back-reference to a group that stood inside a removed lookbehind.
    return undefined;
  }
}

/**
 * A search for `X Y` finds a match wherever one for `X Y` exists, just further on; so leading
 * character classes (`\p{L}+\s+som …`) can go too. They are what V8 handles worst: a leading
 * `\p{L}+` is retried from every letter of every word (a hundred times slower on prose).
 * Only classes: a literal first character is the fast scan's best friend, and a group could
 * hold what a back-reference needs.
 */
function cutLeadingClasses(pattern: AST.Pattern, cuts: Cut[]): void {
  const only = pattern.alternatives.length === 1 ? pattern.alternatives[0] : undefined;
  if (!only) return;
  const elements = only.elements;
  let last = -1;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as AST.Element;
    if (element.type === 'Assertion' && element.kind === 'lookbehind') continue;
    if (!isClassElement(element)) break;
    last = i;
  }
  // Something selective must remain.
  if (last < 0 || last === elements.length - 1) return;
  for (let i = 0; i <= last; i++) {
    const element = elements[i] as AST.Element;
    if (element.type !== 'Assertion') cuts.push({ start: element.start, end: element.end });
  }
}

function isClassElement(element: AST.Element | AST.QuantifiableElement): boolean {
  switch (element.type) {
    case 'CharacterSet':
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return true;
    case 'Quantifier':
      return isClassElement(element.element);
    default:
      return false;
  }
}

/** A part of the expression's source to leave out of the loose version. */
interface Cut {
  readonly start: number;
  readonly end: number;
  /** A `^` or `$`. */
  readonly anchor?: boolean;
}

/** Outermost lookbehinds (and `^`/`$` anchors when `anchors`) in source order (a nested one goes with its parent). */
function collectLookbehinds(alternatives: readonly AST.Alternative[], cuts: Cut[], anchors: boolean): void {
  for (const alternative of alternatives) {
    for (const element of alternative.elements) collectFromElement(element, cuts, anchors);
  }
}

function collectFromElement(element: AST.Element, cuts: Cut[], anchors: boolean): void {
  switch (element.type) {
    case 'Assertion':
      // `^` and `$` go when asked (see compileProbe's withinParts): a probe of a whole block for
      // a rule matched sentence by sentence must not demand the block's start ("Han eller hon
      // ska …" as a block's second sentence was never found).
      if (element.kind === 'lookbehind') cuts.push({ start: element.start, end: element.end });
      else if (anchors && (element.kind === 'start' || element.kind === 'end')) cuts.push({ start: element.start, end: element.end, anchor: true });
      // Inside a positive lookahead a looser assertion still only widens the match; inside a
      // negative one it would narrow it, so those are left whole.
      else if (element.kind === 'lookahead' && !element.negate) collectLookbehinds(element.alternatives, cuts, anchors);
      return;
    case 'Group':
    case 'CapturingGroup':
      collectLookbehinds(element.alternatives, cuts, anchors);
      return;
    case 'Quantifier':
      collectFromElement(element.element, cuts, anchors);
      return;
    default:
      return;
  }
}
