import { setFlagsFromString } from 'node:v8';

let done = false;

/**
 * Tells V8 to compile regular expressions to machine code on their first use instead of
 * interpreting them first (V8's "regexp tier-up", on by default). Called before the rules are
 * compiled; it is process-wide, and the CLI, the app and the server all compile rules through
 * compileRuleSet.
 *
 * Why: a check runs some thousand expressions over the same document, each of them hot, so
 * the interpreter only costs time. Worse, whether an expression was tiered up depended on what
 * ran before it: adding one alternative to one rule (round 34) left another rule's expressions
 * interpreted in every check, and a check of the bench text went from 69 to 83 ms with the
 * same findings. Without the tier-up step the check took 60 ms (medians of 50 warm checks,
 * same process, same findings), and starting the CLI on a one-page ad took no longer.
 * V8 documents flags set after start-up as unsupported in general; this one is read each time
 * an expression is compiled, and the findings are the same either way (the blind-set and rule
 * tests run with it).
 */
export function compileRegexpsNatively(): void {
  if (done) return;
  done = true;
  setFlagsFromString('--no-regexp-tier-up');
}
