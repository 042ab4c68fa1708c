import { describe, expect, it } from 'vitest';
import { createTermMatcher, tokenize, type TermDefinition } from '../../../core/text/index.js';

/** Value words from the seed list, the principles and risky job-ad words, as a rule pack would give them. */
const TERMS: ReadonlyArray<TermDefinition | string> = [
  'värdegrund',
  'opartisk',
  'demokrati',
  'jämställdhet',
  'objektiv',
  'integritet',
  'rättvisa',
  'service',
  'kompetens',
  'tolerans',
  'ärlighet',
  'effektiv',
  'lojal',
  'arbetsmiljö',
  { term: 'respekt', exclude: ['respektive', 'respektivt'] },
  { term: 'kön', compounds: 'start' },
  { term: 'mod', endings: ['', 'et', 'ets'] },
  { term: 'ung', forms: ['yngre', 'yngst'] },
  'öm',
  'tro',
  'lika värde',
  'sexuell läggning',
];

const matcher = createTermMatcher(TERMS);
const idsIn = (word: string): string[] => matcher.findInText(word).map((hit) => hit.id);

/** [word, term it must contain, how]. */
const HITS: ReadonlyArray<readonly [string, string, string]> = [
  ['värdegrundsarbetet', 'värdegrund', 'compound-start'],
  ['värdegrunden', 'värdegrund', 'whole'],
  ['värdegrundsfrågor', 'värdegrund', 'compound-start'],
  ['opartiskheten', 'opartisk', 'whole'],
  ['opartiska', 'opartisk', 'whole'],
  ['demokratifrågor', 'demokrati', 'compound-start'],
  ['demokratin', 'demokrati', 'whole'],
  ['jämställdhetsarbete', 'jämställdhet', 'compound-start'],
  ['jämställdheten', 'jämställdhet', 'whole'],
  ['objektivt', 'objektiv', 'whole'],
  ['objektiviteten', 'objektiv', 'whole'],
  ['objektivitetsprincipen', 'objektiv', 'compound-start'],
  ['dataintegriteten', 'integritet', 'compound-end'],
  ['integritetsskydd', 'integritet', 'compound-start'],
  ['rättviseaspekter', 'rättvisa', 'compound-start'],
  ['rättvisan', 'rättvisa', 'whole'],
  ['kundservice', 'service', 'compound-end'],
  ['kompetensutveckling', 'kompetens', 'compound-start'],
  ['ärligheten', 'ärlighet', 'whole'],
  ['effektivitet', 'effektiv', 'whole'],
  ['lojalitet', 'lojal', 'whole'],
  ['respektfull', 'respekt', 'compound-start'],
  ['självrespekt', 'respekt', 'compound-end'],
  ['könsöverskridande', 'kön', 'compound-start'],
  ['könet', 'kön', 'whole'],
  ['modet', 'mod', 'whole'],
  ['unga', 'ung', 'whole'],
  ['yngre', 'ung', 'whole'],
  ['tron', 'tro', 'whole'],
  ['ömt', 'öm', 'whole'],
  ['Arbetsmiljön', 'arbetsmiljö', 'whole'],
  ['arbetsmiljöarbetet', 'arbetsmiljö', 'compound-start'],
];

/** [word, term it must NOT be found in]. */
const NON_HITS: ReadonlyArray<readonly [string, string]> = [
  ['ömsesidig', 'öm'],
  ['ömsesidigt', 'öm'],
  ['moderna', 'mod'],
  ['modell', 'mod'],
  ['kommod', 'mod'],
  ['moder', 'mod'],
  ['ungefär', 'ung'],
  ['undersökning', 'ung'],
  ['tjänstgöring', 'ung'],
  ['ungdom', 'ung'],
  ['trots', 'tro'],
  ['elektronisk', 'tro'],
  ['trovärdig', 'tro'],
  ['kontroll', 'tro'],
  ['respektive', 'respekt'],
  ['respektera', 'respekt'],
  ['respektlös', 'respekt'],
  ['inkompetens', 'kompetens'],
  ['intolerans', 'tolerans'],
  ['oärlighet', 'ärlighet'],
  ['ineffektiv', 'effektiv'],
  ['effektivisering', 'effektiv'],
  ['partisk', 'opartisk'],
  ['könsord', 'mod'],
  ['servicen', 'kompetens'],
  ['demokratisk', 'demokrati'],
  ['värdegrundsarbetet', 'jämställdhet'],
  ['lojala', 'kön'],
  ['integrera', 'integritet'],
  ['illojal', 'lojal'],
];

describe('createTermMatcher', () => {
  it.each(HITS)('finds "%s" in "%s" (%s)', (word, term, how) => {
    const hit = matcher.findInText(word).find((h) => h.id === term);
    expect(hit, `${term} in ${word}`).toBeDefined();
    expect(hit?.position).toBe(how);
  });

  it.each(NON_HITS)('does not find "%s" in "%s"', (word, term) => {
    expect(idsIn(word)).not.toContain(term);
  });

  it('points at the whole word and at the matched part', () => {
    const text = 'Vi stärker värdegrundsarbetet och dataintegriteten.';
    const hits = matcher.findInText(text, 1000);
    const grund = hits.find((h) => h.id === 'värdegrund');
    expect(grund?.text).toBe('värdegrundsarbetet');
    expect(grund?.matchText).toBe('värdegrund');
    expect(text.slice(grund!.span.start - 1000, grund!.span.end - 1000)).toBe('värdegrundsarbetet');
    expect(text.slice(grund!.matchSpan.start - 1000, grund!.matchSpan.end - 1000)).toBe('värdegrund');
    const integritet = hits.find((h) => h.id === 'integritet');
    expect(integritet?.matchText).toBe('integriteten');
  });

  it('matches hyphenated compounds part by part, keeping the case of the text', () => {
    const [hit] = createTermMatcher(['säkerhet']).findInText('IT-Säkerheten');
    expect(hit?.matchText).toBe('Säkerheten');
    expect(hit?.span).toEqual({ start: 0, end: 13 });
    expect(hit?.matchSpan).toEqual({ start: 3, end: 13 });
  });

  it('matches phrases over consecutive words with inflected forms', () => {
    const hits = matcher.findInText('Allas lika värde och sexuella läggningar ska respekteras, men lika viktigt värde är annat.');
    expect(hits.filter((h) => h.position === 'phrase').map((h) => [h.id, h.text])).toEqual([
      ['lika värde', 'lika värde'],
      ['sexuell läggning', 'sexuella läggningar'],
    ]);
  });

  it('finds terms in real job-ad text in token order', () => {
    const text = 'Vi söker en opartisk och respektfull handläggare med god kompetens inom jämställdhetsintegrering. Du är ungefär som oss.';
    expect(matcher.findInTokens(tokenize(text)).map((h) => h.id)).toEqual(['opartisk', 'respekt', 'kompetens', 'jämställdhet']);
  });

  it('reports multi-word forms as phrases of their term, and explicit endings keep phrase words exact', () => {
    const m = createTermMatcher([
      { term: 'ansvarstagande', forms: ['ta ansvar', 'ansvarsfull'] },
      { term: 'äga rum', endings: [''] },
    ]);
    expect(m.findInText('Du vill ta ansvar och är ansvarsfull.').map((h) => [h.id, h.text])).toEqual([
      ['ansvarstagande', 'ta ansvar'],
      ['ansvarstagande', 'ansvarsfull'],
    ]);
    expect(m.findInText('Mötet ska äga rum i dag men ägde rum i går.').map((h) => h.text)).toEqual(['äga rum']);
  });

  it('accepts the schema names for compound positions', () => {
    const any = createTermMatcher([{ term: 'jäv', compounds: 'any' }]).findInText('jävssituation ojäv');
    expect(any.map((h) => h.position)).toEqual(['compound-start']);
    const start = createTermMatcher([{ term: 'jäv', compounds: 'start' }]).findInText('jävssituation');
    expect(start.map((h) => h.matchText)).toEqual(['jäv']);
  });

  it('refuses an empty term with a typed error', () => {
    expect(() => createTermMatcher(['  '])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
