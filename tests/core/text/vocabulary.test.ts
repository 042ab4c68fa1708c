import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { analyzeText } from '../../../core/text/index.js';
import { currentVocabulary, Vocabulary } from '../../../core/text/vocabulary.js';
import { WordMemo } from '../../../core/text/word-memo.js';

describe('the vocabulary of word forms', () => {
  it('gives every spelling of a word one id and its lower-case form, wherever the word stands in a text', () => {
    const vocabulary = new Vocabulary();
    const words = ['Värdegrund', 'värdegrund', 'VÄRDEGRUND', 'värdegrunden'];
    const text = words.join(' ');
    let at = 0;
    const ids = words.map((word) => {
      const id = vocabulary.idOf(text, at, at + word.length);
      at += word.length + 1;
      return id;
    });
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[3]).not.toBe(ids[0]);
    expect(vocabulary.lowers[ids[0]!]).toBe('värdegrund');
    expect(vocabulary.lowers[ids[3]!]).toBe('värdegrunden');
    expect(vocabulary.idOfLower('värdegrund')).toBe(ids[0]);
    expect(vocabulary.idOfLower('okänt')).toBe(-1);
  });

  it('tells apart forms that share a hash slot or a prefix, and single characters', () => {
    const vocabulary = new Vocabulary();
    const forms = ['a', 'A', '.', 'ab', 'ba', 'abc', 'Ω', 'ω', '😀', '\uD800', 'İ', 'ſ'];
    const ids = forms.map((form) => vocabulary.idOf(` ${form} `, 1, 1 + form.length));
    forms.forEach((form, k) => expect(vocabulary.lowers[ids[k]!]).toBe(form.toLowerCase()));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[6]).toBe(ids[7]);
    expect(new Set(ids).size).toBe(forms.length - 2);
  });

  it('keeps every id while it grows to tens of thousands of forms', () => {
    const vocabulary = new Vocabulary();
    const words = Array.from({ length: 20_000 }, (_, k) => `Ord${k.toString(36)}`);
    const text = words.join(' ');
    const first = new Map<string, number>();
    let at = 0;
    for (const word of words) {
      first.set(word, vocabulary.idOf(text, at, at + word.length));
      at += word.length + 1;
    }
    expect(vocabulary.surfaceCount).toBe(words.length);
    at = 0;
    const wrong: string[] = [];
    for (const word of words) {
      const id = vocabulary.idOf(text, at, at + word.length);
      if (id !== first.get(word) || vocabulary.lowers[id] !== word.toLowerCase()) wrong.push(word);
      at += word.length + 1;
    }
    expect(wrong).toEqual([]);
    expect(new Set(first.values()).size).toBe(words.length);
  });
});

describe('the tokenizer and the vocabulary', () => {
  it('agree on every word: the scanner hashes a word as the vocabulary does, so no form is held twice', async () => {
    const plan = await readFile(new URL('../../../examples/handlingsplan-vardegrund.txt', import.meta.url), 'utf8');
    const text = `${plan}\n\nIT-stöd, e-post, Lars' bok, O’Connor, 2000-talet, 3D, naïve, 😀-läge, 𝒜lfa, t.ex. och fr.o.m. Utvecklings- och`;
    const tokens = analyzeText(text).flatMap((s) => s.tokens);
    const vocabulary = currentVocabulary();
    const before = vocabulary.surfaceCount;
    // Looking each token up again by its characters finds the form the tokenizer added.
    for (const token of tokens) expect(vocabulary.lowers[vocabulary.idOf(text, token.span.start, token.span.end)]).toBe(token.lower);
    expect(vocabulary.surfaceCount).toBe(before);
  });
});

describe('memos by word id', () => {
  it('compute an answer once per word and vocabulary', () => {
    const asked: string[] = [];
    const memo = new WordMemo((lower: string) => {
      asked.push(lower);
      return lower.endsWith('s');
    });
    const vocabulary = new Vocabulary();
    const text = 'Skickas skickas mål';
    const skickas = vocabulary.idOf(text, 0, 7);
    expect(memo.get(vocabulary, vocabulary.idOf(text, 8, 15))).toBe(true);
    expect(memo.get(vocabulary, skickas)).toBe(true);
    expect(memo.get(vocabulary, vocabulary.idOf(text, 16, 19))).toBe(false);
    expect(asked).toEqual(['skickas', 'mål']);
    // Ids of another vocabulary name other words: the memo starts again.
    const other = new Vocabulary();
    expect(memo.get(other, other.idOf('mål', 0, 3))).toBe(false);
    expect(asked).toEqual(['skickas', 'mål', 'mål']);
  });
});
