/**
 * Makes V8 compile a regular expression to machine code on its first use.
 *
 * Why: V8 runs a new expression in its bytecode interpreter first and compiles it on a later
 * run ("regexp tier-up"). Measured on the bench text (100,000 words, 278 rules), the rule
 * expressions compiled that way made every later check slower, by 10 to 15 ms of about 70,
 * with the same findings; how much depended on the whole rule set (one new alternative in one
 * rule moved `sfs-referens` from 1 to 6 ms). Compiled on their first use they ran as fast as
 * under `node --no-regexp-tier-up`. Setting that flag from code after start-up crashed a test
 * worker, so this asks for the compilation instead: V8 compiles at once for a subject of at
 * least 1,000 code units (JSRegExp::kTierUpForSubjectLengthValue).
 *
 * Not at rule-set compile time: the rule set holds about 2,400 expressions and compiling them
 * all takes six seconds, while a check uses a few hundred. The first use is a good time: the
 * cost is the compilation the interpreter would have triggered on the second use anyway.
 */
export function compileToMachineCode(regex: RegExp): void {
  const lastIndex = regex.lastIndex;
  for (const sample of SAMPLES) {
    regex.lastIndex = 0;
    regex.exec(sample);
  }
  regex.lastIndex = lastIndex;
}

/**
 * One plain sentence between runs of line breaks, long enough for eager compilation: an
 * expression finds no match it could spend time on in the line breaks (no rule pattern spans
 * them), and the sentence is what V8 samples for its character frequencies. Machine code is
 * compiled separately for strings of one-byte and two-byte characters; a sentence with an
 * en dash is two-byte, as document text often is.
 */
const PADDING = '\n'.repeat(440);
const SENTENCE = 'Myndigheten ska i sin verksamhet beakta demokrati, legalitet, objektivitet, fri åsiktsbildning, respekt för allas lika värde, effektivitet och service';
const SAMPLES: readonly string[] = [`${PADDING}${SENTENCE}.${PADDING}`, `${PADDING}${SENTENCE} \u2013 i allt.${PADDING}`];

/**
 * Runs {@link compileToMachineCode} on the given expressions the first time the returned
 * function is called; later calls cost one comparison.
 */
export function onFirstUse(...regexes: readonly RegExp[]): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const regex of regexes) compileToMachineCode(regex);
  };
}
