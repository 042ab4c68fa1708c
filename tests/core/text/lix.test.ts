import { describe, expect, it } from 'vitest';
import { analyzeBlocks, analyzeText, findLongSentences, lix, lixBand, lixBySection, lixOfText } from '../../../core/text/index.js';
import { importDocument } from '../../../core/import/index.js';

describe('lix', () => {
  it('matches a hand count on a policy paragraph', () => {
    // Hand count. Words: S1 9, S2 11, S3 8 ("kap." and "t.ex." are words; "5", "2", "§" and
    // "2017:900" are not) = 28 words in 3 sentences. Long words (> 6 letters): Myndigheten,
    // tillgängligt, samhälle; medarbetare, allmänheten, respekt; förvaltningslagen = 7.
    // LIX = 28 / 3 + 100 × 7 / 28 = 9.333… + 25 = 34.333…
    const text =
      'Myndigheten ska arbeta för ett öppet och tillgängligt samhälle. ' +
      'Alla medarbetare har ett ansvar för att bemöta allmänheten med respekt. ' +
      'Beslut fattas enligt 5 kap. 2 § förvaltningslagen (2017:900), t.ex. om jäv.';
    const result = lixOfText(text);
    expect(result).toMatchObject({ words: 28, sentences: 3, longWords: 7 });
    expect(result.value).toBeCloseTo(28 / 3 + 25, 10);
    expect(result.band).toEqual({ id: 'easy', sv: 'lättläst', en: 'easy' });
  });

  it('counts a hyphenated compound as one word by its letters, and a colon as no sentence end', () => {
    expect(lixOfText('IT-stöd')).toMatchObject({ words: 1, longWords: 0, sentences: 1 });
    expect(lixOfText('IT-stödet')).toMatchObject({ words: 1, longWords: 1 });
    expect(lixOfText('Mål: Att värdegrundsarbetet utvecklas')).toMatchObject({ words: 4, sentences: 1, longWords: 2 });
  });

  it('does not count digits, § or punctuation as words and gives 0 for a text without words', () => {
    expect(lixOfText('2017:900 § 5 – 13.00')).toMatchObject({ value: 0, words: 0, sentences: 0 });
  });

  it('bands values with boundaries going to the harder band', () => {
    expect([0, 29.9, 30, 39.99, 40, 50, 59.9, 60, 75].map((v) => lixBand(v).id)).toEqual([
      'very-easy',
      'very-easy',
      'easy',
      'easy',
      'medium',
      'difficult',
      'difficult',
      'very-difficult',
      'very-difficult',
    ]);
    expect(lixBand(65)).toEqual({ id: 'very-difficult', sv: 'mycket svår', en: 'very difficult' });
  });

  it('measures each section of an imported document, the heading counting as a sentence', async () => {
    const markdown = [
      '# Rekryteringspolicy',
      '',
      'Vi anställer efter förtjänst och skicklighet. Alla sökande behandlas lika.',
      '',
      '## Ansvar',
      '',
      'Rekryteringsprocessens genomförande kvalitetssäkras kontinuerligt av personalavdelningens rekryteringsspecialister.',
    ].join('\n');
    const doc = await importDocument(new TextEncoder().encode(markdown), { fileName: 'policy.md' });
    const sections = lixBySection(analyzeBlocks(doc.blocks));
    expect(sections.map((s) => s.heading)).toEqual(['Rekryteringspolicy', 'Ansvar']);
    // Section 1: "Rekryteringspolicy" (1 word, long) + 6 + 4 words in 3 sentences; long: Rekryteringspolicy,
    // anställer, förtjänst, skicklighet, sökande, behandlas = 6 of 11.
    expect(sections[0]?.lix).toMatchObject({ words: 11, sentences: 3, longWords: 6 });
    expect(sections[1]?.lix.band.id).toBe('very-difficult');
    expect(doc.text.slice(sections[1]!.span.start, sections[1]!.span.end)).toContain('Ansvar');
  });
});

describe('findLongSentences', () => {
  const words = (n: number): string => `${Array.from({ length: n }, (_, i) => (i === 0 ? 'Ord' : 'ord')).join(' ')}.`;

  it('reports information above 25 words and a warning above 35, counting words only', () => {
    const text = [words(25), words(26), words(35), words(36), `${words(20).slice(0, -1)} 1 2 3 4 5 6 7 8 9 10 § 2017:900.`].join(' ');
    const long = findLongSentences(analyzeText(text));
    expect(long.map((l) => [l.words, l.level])).toEqual([
      [26, 'info'],
      [35, 'info'],
      [36, 'warning'],
    ]);
  });

  it('takes its thresholds as parameters', () => {
    const long = findLongSentences(analyzeText(`${words(12)} ${words(5)}`), { info: 4, warning: 10 });
    expect(long.map((l) => l.level)).toEqual(['warning', 'info']);
  });
});

describe('lix of analysed sentences', () => {
  it('equals lixOfText', () => {
    const text = 'Sista ansökningsdag är den 1 maj. Välkommen med din ansökan!';
    expect(lix(analyzeText(text))).toEqual(lixOfText(text));
  });
});
