import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../core/text/index.js';

const shape = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('keeps Swedish letters, hyphenated compounds and suspended compound parts as words', () => {
    expect(shape('IT-stöd för Utvecklings- och kvalitetsarbetet på Ösmo-Nynäs')).toEqual([
      'word:IT-stöd',
      'word:för',
      'word:Utvecklings-',
      'word:och',
      'word:kvalitetsarbetet',
      'word:på',
      'word:Ösmo-Nynäs',
    ]);
  });

  it('treats a dash between spaced words as punctuation, not as part of a word', () => {
    expect(shape('Utbildningar – bemötande - service')).toEqual(['word:Utbildningar', 'punctuation:–', 'word:bemötande', 'punctuation:-', 'word:service']);
  });

  it('keeps legal references, dates, times and decimals as single numbers', () => {
    const tokens = tokenize('SFS 2017:900, prop. 2016/17:180, 16–18 §§, den 2014-09-17 och 17.9.2014 kl. 13.00, 3,5 mkr');
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual([
      '2017:900',
      '2016/17:180',
      '16–18',
      '2014-09-17',
      '17.9.2014',
      '13.00',
      '3,5',
    ]);
    expect(tokens.filter((t) => t.kind === 'section').map((t) => t.text)).toEqual(['§§']);
  });

  it('recognises dotted, spaced and undotted Swedish abbreviations as one token each', () => {
    const abbreviations = tokenize('t.ex. bl.a. t ex bl a d.v.s. dvs fr.o.m. t. ex. kap. m.m. o.s.v. ca jfr Lena M. Andersson')
      .filter((t) => t.kind === 'abbreviation')
      .map((t) => t.text);
    expect(abbreviations).toEqual(['t.ex.', 'bl.a.', 't ex', 'bl a', 'd.v.s.', 'dvs', 'fr.o.m.', 't. ex.', 'kap.', 'm.m.', 'o.s.v.', 'ca', 'jfr', 'M.']);
  });

  it('does not take ordinary words for abbreviations', () => {
    const tokens = tokenize('Han köpte en bil. Det är min. Hon är ung. Tjänsten är t');
    expect(tokens.filter((t) => t.kind === 'abbreviation')).toEqual([]);
  });

  it('keeps apostrophes inside words and after genitive names in s', () => {
    expect(shape("Lars' bok och O'Connor")).toEqual(['word:Lars\'', 'word:bok', 'word:och', "word:O'Connor"]);
  });

  it('gives lower-case forms, letter counts and spans shifted by the offset', () => {
    const [first, second] = tokenize('Länsstyrelsen ÖPPNAR', 100);
    expect(first?.lower).toBe('länsstyrelsen');
    expect(first?.letters).toBe(13);
    expect(first?.span).toEqual({ start: 100, end: 113 });
    expect(second?.lower).toBe('öppnar');
    expect(second?.span).toEqual({ start: 114, end: 120 });
  });

  it('serialises tokens to plain data', () => {
    expect(JSON.parse(JSON.stringify(tokenize('Mål:')))).toEqual([
      { kind: 'word', text: 'Mål', lower: 'mål', span: { start: 0, end: 3 }, letters: 3 },
      { kind: 'punctuation', text: ':', lower: ':', span: { start: 3, end: 4 }, letters: 0 },
    ]);
  });

  it('keeps surrogate pairs whole and survives lone surrogates', () => {
    const tokens = tokenize('ok 😀 \uD800 x\uDC00y');
    for (const t of tokens) expect(t.text.length).toBeGreaterThan(0);
    expect(tokens.map((t) => t.text)).toContain('😀');
  });

  it('refuses a negative offset as a programming error', () => {
    expect(() => tokenize('text', -1)).toThrow(RangeError);
  });
});
