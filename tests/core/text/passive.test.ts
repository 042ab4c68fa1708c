import { describe, expect, it } from 'vitest';
import { analyzeText, findPassives, tokenize } from '../../../core/text/index.js';
import { PASSIVE_DEVELOPMENT_SET, PASSIVE_HELD_OUT_SET, type LabelledSentence } from './passive-corpus.js';

interface Score {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
}

function score(pairs: ReadonlyArray<{ expected: readonly string[]; found: readonly string[] }>): Score {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { expected, found } of pairs) {
    const left = [...expected];
    for (const f of found) {
      const at = left.indexOf(f);
      if (at >= 0) {
        truePositives += 1;
        left.splice(at, 1);
      } else {
        falsePositives += 1;
      }
    }
    falseNegatives += left.length;
  }
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
  };
}

function evaluate(set: readonly LabelledSentence[]): { passives: Score; doubles: Score } {
  const results = set.map((s) => ({ s, r: findPassives(tokenize(s.text)) }));
  return {
    passives: score(results.map(({ s, r }) => ({ expected: s.passives, found: r.passives.map((p) => p.text.toLowerCase()) }))),
    doubles: score(
      results.map(({ s, r }) => ({
        expected: s.doubles ?? [],
        found: r.doubles.map((d) => `${d.first.text} ${d.second.text}`.toLowerCase()),
      })),
    ),
  };
}

describe('findPassives on labelled policy and job-ad sentences', () => {
  it('has at least 40 labelled sentences with passives, deponents, reciprocals and genitives', () => {
    const all = [...PASSIVE_DEVELOPMENT_SET, ...PASSIVE_HELD_OUT_SET];
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.filter((s) => s.passives.length === 0).length).toBeGreaterThanOrEqual(15);
    expect(all.filter((s) => (s.doubles ?? []).length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps precision and recall high on the development set', () => {
    const { passives, doubles } = evaluate(PASSIVE_DEVELOPMENT_SET);
    expect(passives.precision).toBeGreaterThanOrEqual(0.95);
    expect(passives.recall).toBeGreaterThanOrEqual(0.9);
    expect(doubles.precision).toBe(1);
    expect(doubles.recall).toBe(1);
  });

  it('generalises to the held-out set without false alarms', () => {
    const { passives, doubles } = evaluate(PASSIVE_HELD_OUT_SET);
    expect(passives.precision).toBeGreaterThanOrEqual(0.95);
    expect(passives.recall).toBeGreaterThanOrEqual(0.8);
    expect(doubles.falsePositives).toBe(0);
  });
});

describe('findPassives', () => {
  const found = (text: string): string[] => findPassives(tokenize(text)).passives.map((p) => p.text);

  it('finds the passive in a deadline sentence but none in a genitive sentence', () => {
    expect(found('Ansökan ska skickas in senast 1 maj.')).toEqual(['skickas']);
    expect(found('Myndighetens beslut finns på webben.')).toEqual([]);
  });

  it('does not take nouns in -plats and -sats for supine passives', () => {
    expect(found('Vår webbplats är en mötesplats och din insats gör skillnad.')).toEqual([]);
  });

  it('reads "fattas" as "is made" about decisions and as "is missing" otherwise', () => {
    expect(found('Beslut fattas av GD.')).toEqual(['fattas']);
    expect(found('Det fattas två underskrifter.')).toEqual([]);
    expect(found('Det fattas beslut varje vecka.')).toEqual(['fattas']);
  });

  it('ignores deponents, reciprocals without agent and genitives after numerals', () => {
    expect(found('Vi hoppas att du trivs, och vi ses snart. Du har tre års erfarenhet.')).toEqual([]);
    expect(found('Besökare möts av en receptionist.')).toEqual(['möts']);
  });

  it('reports double passives with a span from the first verb to the second', () => {
    const text = 'Ärendet ska anses ha prövats. En ny enhet föreslås inrättas.';
    const doubles = analyzeText(text).flatMap((s) => findPassives(s.tokens).doubles);
    expect(doubles.map((d) => text.slice(d.span.start, d.span.end))).toEqual(['anses ha prövats', 'föreslås inrättas']);
  });

  it('does not call coordinated passives a double passive', () => {
    expect(findPassives(tokenize('Bisysslan prövades och godkändes av chefen.')).doubles).toEqual([]);
  });
});
