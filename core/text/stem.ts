import naturalSv from 'natural/lib/natural/stemmers/porter_stemmer_sv.js';
import { buildLemmaTable, FIXED_STEMS } from './stem-exceptions.js';

/**
 * Swedish stemming: natural's Swedish stemmer behind a wrapper that fixes what the product relies on.
 *
 * natural (a Snowball-style stemmer) leaves some forms unreduced ("objektivt", "könet",
 * "erhöll", "följde") and over-reduces others ("sakliga" → "sak", "tydlighet" → "tyd",
 * "värdighet" → "värd"), which would merge "saklig" (objective) with "sak" (thing) and "värdig"
 * (dignified) with "värd" (host). The wrapper applies, in order:
 * 1. the exception table (stem-exceptions.ts): an irregular or badly handled form is replaced
 *    by its lemma ("erhöll" → "erhålla", "könet" → "kön"), whose stem is then computed below;
 *    "värde" and "ålder" have fixed stems;
 * 2. -het nouns keep "-het" and lose only their endings ("tydligheten" → "tydlighet",
 *    "opartiskheten" → "opartiskhet"): a -het noun is its own word, not its adjective;
 * 3. -ig/-lig adjectives and adverbs keep "-ig" ("sakliga", "sakligt", "sakligen" → "saklig"),
 *    natural would strip it (step 3 of its algorithm);
 * 4. neuter and adverb -t after -iv, -ll, -al is removed ("objektivt" → "objektiv",
 *    "sexuellt" → "sexuell", "neutralt" → "neutral");
 * 5. the passive supine -ats loses its -s before natural sees it ("erfordrats" → "erfordrat");
 * 6. definite -n on loanwords in -i ("demokratin", "empatin", "strategin") is removed;
 * 7. natural's stemmer.
 *
 * Stems are not words and are only for comparing: two forms have the same stem when the
 * product treats them as the same word. Input is lower-cased; a hyphenated compound is stemmed
 * on its last part ("IT-systemen" → "it-system"); a trailing hyphen or apostrophe is dropped.
 * Results are memoised (words recur constantly); the memo is bounded.
 */
export function stem(word: string): string {
  const cached = memo.get(word);
  if (cached !== undefined) return cached;
  const result = computeStem(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, result);
  return result;
}

const MEMO_LIMIT = 100_000;
const memo = new Map<string, string>();
const LEMMAS = buildLemmaTable();
const FIXED = new Map<string, string>(Object.keys(FIXED_STEMS).map((lemma) => [lemma, lemma]));

const HET_NOUN = /^(.{2,}het)(?:en|er|erna|ens|ernas|ers|s)?$/;
const IG_ADJECTIVE = /^(.{3,}ig)(?:a|t|e|are|ast|aste|as|en|es)?$/;
const T_ADJECTIVE = /^.{3,}(?:iv|ll|al)t$/;
const LOANWORD_DEFINITE = /^(.{2,}(?:krati|pati|logi|grafi|sofi|tegi|nomi|metri|anti))ns?$/;

function computeStem(word: string): string {
  let w = word.toLowerCase();
  while (w.endsWith('-') || w.endsWith("'") || w.endsWith('’')) w = w.slice(0, -1);
  const hyphen = w.lastIndexOf('-');
  if (hyphen >= 0) return w.slice(0, hyphen + 1) + stemPart(w.slice(hyphen + 1));
  return stemPart(w);
}

function stemPart(w: string): string {
  if (w.length === 0) return w;
  const lemma = LEMMAS.get(w) ?? w;
  const fixed = FIXED.get(lemma);
  if (fixed !== undefined) return fixed;
  if (lemma !== w) return stemPart(lemma);
  const het = HET_NOUN.exec(w);
  if (het) return het[1] as string;
  const ig = IG_ADJECTIVE.exec(w);
  if (ig) return ig[1] as string;
  if (T_ADJECTIVE.test(w)) return naturalSv.stem(w.slice(0, -1));
  if (w.endsWith('ats') && w.length > 5) return naturalSv.stem(w.slice(0, -1));
  const loan = LOANWORD_DEFINITE.exec(w);
  if (loan) return naturalSv.stem(loan[1] as string);
  return naturalSv.stem(w);
}
