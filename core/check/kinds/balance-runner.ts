import type { BalanceRule } from '../../rules/rule-types.js';
import type { AnalysedDocument } from '../analysed-document.js';
import type { Emit, RuleRunner } from '../finding-draft.js';
import { TableSentence } from '../../text/table-sentence.js';
import { KIND_WORD } from '../../text/token-table.js';
import { WordMemo } from '../../text/word-memo.js';

/** Hits a balance needs before it means anything: two coded words are not a pattern. */
const MIN_TOTAL_HITS = 3;

interface WordList {
  readonly name: string;
  readonly exact: ReadonlySet<string>;
  /** Entries written "stem*": any word starting with the stem. */
  readonly prefixes: readonly string[];
}

/** Length of the key prefixes are indexed by; stems must be at least this long. */
const PREFIX_KEY = 3;

/**
 * Balance: counts the words of two lists (e.g. masculine- and feminine-coded words in a job
 * ad, after Gaucher, Friesen & Kay 2011) and reports, as information, when one list has at
 * least `ratio` times the hits of the other. Entries are whole words, or stems ending in "*"
 * that match any word beginning with them; stems should be specific enough not to catch
 * unrelated words ("driv*" would catch "drivs", the passive of "driva").
 */
export function compileBalanceRule(rule: BalanceRule): RuleRunner {
  const lists: WordList[] = Object.entries(rule.lists).map(([name, entries]) => ({
    name,
    exact: new Set(entries.filter((e) => !e.endsWith('*')).map((e) => e.toLowerCase())),
    prefixes: entries.filter((e) => e.endsWith('*')).map((e) => e.slice(0, -1).toLowerCase()),
  }));
  // Stems indexed by their first letters, so a word is compared with a handful of stems.
  const prefixIndex = new Map<string, { stem: string; list: number }[]>();
  lists.forEach((list, index) =>
    list.prefixes.forEach((stem) => {
      const key = stem.slice(0, PREFIX_KEY);
      const entries = prefixIndex.get(key) ?? [];
      entries.push({ stem, list: index });
      prefixIndex.set(key, entries);
    }),
  );
  const classify = (word: string): number => {
    const exact = lists.findIndex((list) => list.exact.has(word));
    if (exact >= 0) return exact;
    for (const { stem, list } of prefixIndex.get(word.slice(0, PREFIX_KEY)) ?? []) if (word.startsWith(stem)) return list;
    return -1;
  };
  // Words repeat a lot: each distinct word is classified once, by vocabulary id for analysed
  // sentences and by string otherwise.
  const verdictsById = new WordMemo(classify);
  return {
    rules: [rule],
    run(document: AnalysedDocument, emit: Emit) {
      const found = lists.map(() => new Map<string, number>());
      const count = (word: string, list: number): void => {
        const words = found[list] as Map<string, number>;
        words.set(word, (words.get(word) ?? 0) + 1);
      };
      const verdicts = new Map<string, number>(); // word -> list index, or -1
      for (const block of document.blocks) {
        for (const sentence of block.sentences) {
          if (sentence instanceof TableSentence) {
            const { table } = sentence;
            const { kinds, ids, vocabulary } = table;
            for (let row = sentence.first; row < sentence.end; row += 1) {
              if (kinds[row] !== KIND_WORD) continue;
              const list = verdictsById.get(vocabulary, ids[row] as number);
              if (list >= 0) count(table.lower(row), list);
            }
            continue;
          }
          for (const token of sentence.tokens) {
            if (token.kind !== 'word') continue;
            let list = verdicts.get(token.lower);
            if (list === undefined) {
              list = classify(token.lower);
              verdicts.set(token.lower, list);
            }
            if (list >= 0) count(token.lower, list);
          }
        }
      }
      const [first, second] = lists;
      const [firstWords, secondWords] = found;
      if (!first || !second || !firstWords || !secondWords) return;
      const firstCount = sum(firstWords);
      const secondCount = sum(secondWords);
      if (firstCount + secondCount < MIN_TOTAL_HITS) return;
      const unbalanced = firstCount >= rule.ratio * Math.max(secondCount, 1) || secondCount >= rule.ratio * Math.max(firstCount, 1);
      if (!unbalanced) return;
      emit({
        rule,
        messageId: firstCount > secondCount && Object.hasOwn(rule.messages, first.name) ? first.name : secondCount > firstCount && Object.hasOwn(rule.messages, second.name) ? second.name : 'default',
        data: {
          first: first.name,
          second: second.name,
          firstCount,
          secondCount,
          firstWords: [...firstWords.keys()].join(', ') || '–',
          secondWords: [...secondWords.keys()].join(', ') || '–',
        },
      });
    },
  };
}

function sum(words: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of words.values()) total += count;
  return total;
}
