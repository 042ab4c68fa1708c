import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../core/text/index.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('ends a sentence after an abbreviation that can close one, before a capital letter', () => {
    expect(texts('Vi erbjuder friskvård, flextid m.m. Nästa mening börjar här.')).toEqual([
      'Vi erbjuder friskvård, flextid m.m.',
      'Nästa mening börjar här.',
    ]);
    expect(texts('Vi samarbetar med kommuner, regioner osv. Dessutom med skolor.')).toHaveLength(2);
  });

  it('keeps abbreviations that need a complement inside the sentence, even before a name', () => {
    expect(texts('Kontakta t.ex. Skatteverket eller bl.a. Försäkringskassan. Sedan gör du så.')).toEqual([
      'Kontakta t.ex. Skatteverket eller bl.a. Försäkringskassan.',
      'Sedan gör du så.',
    ]);
    expect(texts('Läs mer i prop. 2016/17:180 och jfr Regeringsformen.')).toHaveLength(1);
  });

  it('reads a capital letter with a dot as an initial after a name, as a sentence end after a lower-case word', () => {
    expect(texts('Kontakta Anna B. Svensson på HR. Hon svarar gärna.')).toEqual(['Kontakta Anna B. Svensson på HR.', 'Hon svarar gärna.']);
    expect(texts('Se bilaga A. Där finns mallen.')).toEqual(['Se bilaga A.', 'Där finns mallen.']);
    expect(texts('Han bor på en ö. Sedan flyttade han.')).toHaveLength(2);
  });

  it('does not split legal references', () => {
    for (const text of [
      'Enligt 1 kap. 9 § regeringsformen ska domstolar iaktta saklighet och opartiskhet.',
      'Se 5 kap. 2 § första stycket lag (2017:900) om förvaltning.',
      'Myndighetsförordningen (2007:515) och SFS 2017:900 gäller.',
      'Bisysslor regleras i 7–7 d §§ LOA och 12 kap. 5 § RF.',
    ]) {
      expect(texts(text)).toEqual([text]);
    }
  });

  it('does not split decimals, dates, times, web addresses or e-mail addresses', () => {
    expect(texts('Mötet börjar kl. 13.00 den 17.9.2014 i sal 3,5 på www.example.se. Mejla info@myndighet.se. Klart.')).toEqual([
      'Mötet börjar kl. 13.00 den 17.9.2014 i sal 3,5 på www.example.se.',
      'Mejla info@myndighet.se.',
      'Klart.',
    ]);
  });

  it('handles quotes, parentheses, questions and ellipses', () => {
    expect(texts('Hon sa: ”Ansök senast i morgon.” Sedan gick hon. (Se bilaga 2.) Klart!')).toEqual([
      'Hon sa: ”Ansök senast i morgon.”',
      'Sedan gick hon.',
      '(Se bilaga 2.)',
      'Klart!',
    ]);
    expect(texts('Varför? sa hon. Vad vet jag … Ingen aning. Det gäller […] alla.')).toEqual([
      'Varför? sa hon.',
      'Vad vet jag …',
      'Ingen aning.',
      'Det gäller […] alla.',
    ]);
  });

  it('keeps headings, list items and "Mål: Att …" cells as one sentence without a full stop', () => {
    expect(texts('Mål: Att anställda deltar i utbildningar som berör vår värdegrund')).toHaveLength(1);
    expect(texts('1. Utbildningar – bemötande, förvaltningskunskap')).toHaveLength(1);
    expect(texts('Sista ansökningsdag')).toEqual(['Sista ansökningsdag']);
  });

  it('never lets a sentence cross a blank line', () => {
    expect(texts('Första blocket utan punkt\n\nAndra blocket. Och mer\n \nTredje t.ex.\n\nFjärde')).toEqual([
      'Första blocket utan punkt',
      'Andra blocket.',
      'Och mer',
      'Tredje t.ex.',
      'Fjärde',
    ]);
  });

  it('starts a new sentence at a list line in raw text', () => {
    expect(texts('Aktiviteterna är följande:\n1. Utbildningar – bemötande\n2. Kundundersökning\n- Personaldagar')).toEqual([
      'Aktiviteterna är följande:',
      '1. Utbildningar – bemötande',
      '2. Kundundersökning',
      '- Personaldagar',
    ]);
  });

  it('starts a new sentence at a field line, so that a metadata block is not one long sentence', () => {
    expect(texts('Dokumenttyp: Riktlinje\nBeslutsdatum: 2024-05-14\nBeslutad av: Generaldirektör Karin Lindqvist\nVersion: 2.0')).toEqual([
      'Dokumenttyp: Riktlinje',
      'Beslutsdatum: 2024-05-14',
      'Beslutad av: Generaldirektör Karin Lindqvist',
      'Version: 2.0',
    ]);
    // Prose wrapped onto new lines is still one sentence, even with a colon late in a line.
    expect(texts('Myndigheten ska enligt\nförvaltningslagen hjälpa den enskilde\nsom frågar om följande: tider och avgifter.')).toEqual([
      'Myndigheten ska enligt\nförvaltningslagen hjälpa den enskilde\nsom frågar om följande: tider och avgifter.',
    ]);
  });

  it('gives spans into the text plus the offset', () => {
    const text = '  Vi ses. Hej då!  ';
    const sentences = splitSentences(text, 50);
    expect(sentences.map((s) => s.span)).toEqual([
      { start: 52, end: 59 },
      { start: 60, end: 67 },
    ]);
    for (const s of sentences) expect(text.slice(s.span.start - 50, s.span.end - 50)).toBe(s.text);
  });

  it('returns nothing for white space', () => {
    expect(splitSentences('  \n\n \t ')).toEqual([]);
  });
});
