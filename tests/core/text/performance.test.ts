import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyzeText, createTermMatcher, findPassives, lix } from '../../../core/text/index.js';

/**
 * A guard against accidental quadratic work, not a benchmark: the bound is some twenty times
 * the measured time, so that a loaded CI machine does not fail it. The measured numbers are in
 * the report of the change that added this file.
 */
describe('analysis speed', () => {
  it('analyses 100,000 words of real Swedish policy text with terms, passives and LIX well within budget', async () => {
    const seed = await readFile(new URL('../../../examples/handlingsplan-vardegrund.txt', import.meta.url), 'utf8');
    const blocks = seed.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b.length > 0);
    const parts: string[] = [];
    let words = 0;
    for (let i = 0; words < 100_000; i += 1) {
      const block = blocks[i % blocks.length] as string;
      parts.push(block);
      words += block.split(' ').length;
    }
    const text = parts.join('\n\n');
    const matcher = createTermMatcher(['värdegrund', 'demokrati', 'objektiv', 'opartisk', 'respekt', 'bemötande', 'kompetens', 'mod', 'ung']);
    const run = (): number => {
      const sentences = analyzeText(text);
      let found = 0;
      for (const s of sentences) found += matcher.findInTokens(s.tokens).length + findPassives(s.tokens).passives.length;
      return found + lix(sentences).words;
    };
    run();
    const times: number[] = [];
    for (let k = 0; k < 5; k += 1) {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(2000);
  });
});
