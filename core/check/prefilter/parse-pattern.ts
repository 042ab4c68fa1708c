import { RegExpParser } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';

const parser = new RegExpParser({ ecmaVersion: 2025 });
/** Parsed expressions by source; null for one that does not parse. */
const parsed = new Map<string, AST.Pattern | null>();
/** Bounds the memo in a process that compiles many users' rule packs. */
const MAX_PARSED = 10_000;

/**
 * The syntax tree of a regular expression source (unicode mode), or undefined when it does not
 * parse. Memoised and shared: the prefilter reads every rule expression four or five times
 * (required literals, literal sets, the loosened probe and matcher), and parsing was a third
 * of compiling the built-in rule set. The trees are only read, never changed.
 */
export function parsePattern(source: string): AST.Pattern | undefined {
  let pattern = parsed.get(source);
  if (pattern === undefined) {
    try {
      pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
    } catch {
      pattern = null;
    }
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(source, pattern);
  }
  return pattern ?? undefined;
}
