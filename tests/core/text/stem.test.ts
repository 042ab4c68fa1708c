import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { stem } from '../../../core/text/index.js';

/**
 * The forms the rules rely on. Each family must share one stem; the pairs after it must not,
 * because natural's stemmer alone merges them ("sakliga" → "sak").
 */
const FAMILIES: ReadonlyArray<readonly string[]> = [
  // Officialese verbs (substitution rules).
  ['erhålla', 'erhåller', 'erhålls', 'erhöll', 'erhölls', 'erhållit', 'erhållits', 'erhållen', 'erhållna', 'erhållet'],
  ['erfordra', 'erfordrar', 'erfordras', 'erfordrade', 'erfordrat', 'erfordrats'],
  ['tillse', 'tillser', 'tillses', 'tillsåg', 'tillsett'],
  ['föreligga', 'föreligger', 'förelåg', 'förelegat'],
  ['inkomma', 'inkommer', 'inkom', 'inkommit', 'inkomna'],
  ['tillhandahålla', 'tillhandahåller', 'tillhandahöll', 'tillhandahållit', 'tillhandahålls'],
  ['åligga', 'åligger', 'ålåg', 'ålegat'],
  ['företa', 'företar', 'företog', 'företagit'],
  ['ombesörja', 'ombesörjer', 'ombesörjde', 'ombesörjt'],
  ['hemställa', 'hemställer', 'hemställde', 'hemställt'],
  ['efterkomma', 'efterkommer', 'efterkom', 'efterkommit'],
  ['mottaga', 'mottar', 'mottager', 'mottog', 'mottagit'],
  ['erlägga', 'erlägger', 'erlade', 'erlagt', 'erläggs'],
  ['bibehålla', 'bibehåller', 'bibehöll', 'bibehållit'],
  ['underrätta', 'underrättar', 'underrättade', 'underrättat', 'underrättas'],
  ['nyttja', 'nyttjar', 'nyttjade', 'nyttjat', 'nyttjas'],
  ['implementera', 'implementerar', 'implementerade', 'implementerat', 'implementeras'],
  ['handha', 'handhar', 'handhade', 'handhaft'],
  ['anse', 'anser', 'anses', 'ansåg', 'ansett'],
  // The six principles and their sub-values.
  ['demokrati', 'demokratin', 'demokratins', 'demokratier'],
  ['legalitet', 'legaliteten'],
  ['objektiv', 'objektivt', 'objektiva'],
  ['objektivitet', 'objektiviteten', 'objektivitetens'],
  ['saklig', 'sakliga', 'sakligt', 'sakligare'],
  ['saklighet', 'sakligheten'],
  ['opartisk', 'opartiska', 'opartiskt'],
  ['opartiskhet', 'opartiskheten'],
  ['effektiv', 'effektiva', 'effektivt'],
  ['effektivitet', 'effektiviteten'],
  ['service', 'servicen'],
  ['respekt', 'respekten'],
  ['värdighet', 'värdigheten'],
  ['frihet', 'friheten', 'friheter'],
  ['värde', 'värdet', 'värden', 'värdena'],
  ['värdegrund', 'värdegrunden', 'värdegrundens'],
  // Value words from the seed list.
  ['tydlig', 'tydliga', 'tydligt', 'tydligare', 'tydligen'],
  ['tydlighet', 'tydligheten'],
  ['ärlig', 'ärliga', 'ärligt'],
  ['empati', 'empatin'],
  ['mod', 'modet'],
  ['rättvisa', 'rättvisan', 'rättvisans'],
  ['integritet', 'integriteten'],
  ['tillit', 'tilliten'],
  ['öppen', 'öppet', 'öppna'],
  // The seven grounds of discrimination.
  ['kön', 'könet', 'köns', 'könen'],
  ['etnisk', 'etniska', 'etniskt'],
  ['tillhörighet', 'tillhörigheten'],
  ['religion', 'religionen', 'religioner'],
  ['trosuppfattning', 'trosuppfattningen', 'trosuppfattningar'],
  ['funktionsnedsättning', 'funktionsnedsättningen', 'funktionsnedsättningar'],
  ['sexuell', 'sexuella', 'sexuellt'],
  ['läggning', 'läggningen'],
  ['ålder', 'åldern', 'åldrar', 'åldrarna'],
  ['identitet', 'identiteten'],
  ['uttryck', 'uttrycket', 'uttrycken'],
];

/** Pairs natural merges but the product must keep apart. */
const DISTINCT: ReadonlyArray<readonly [string, string]> = [
  ['sakliga', 'sak'],
  ['saklighet', 'saken'],
  ['tydlighet', 'tyd'],
  ['värdighet', 'värd'],
  ['värdig', 'värd'],
  ['värde', 'värd'],
  ['värdet', 'värdar'],
  ['myndighet', 'myndig'],
  ['företaget', 'företog'],
  ['ärlighet', 'ärl'],
];

/** Exact stems other code may store or compare against. */
const PINNED: ReadonlyArray<readonly [string, string]> = [
  ['erhöll', 'erhåll'],
  ['erhållits', 'erhåll'],
  ['sakliga', 'saklig'],
  ['tydlighet', 'tydlighet'],
  ['objektivt', 'objektiv'],
  ['opartiskheten', 'opartiskhet'],
  ['könet', 'kön'],
  ['åldrarna', 'ålder'],
  ['värdena', 'värde'],
  ['demokratin', 'demokrati'],
  ['IT-systemen', 'it-system'],
  ['Utvecklings-', 'utveckling'],
  ['Myndigheten', 'myndighet'],
];

describe('stem', () => {
  it.each(FAMILIES.map((family) => [family[0] as string, family]))('gives every form of "%s" one stem', (_, family) => {
    const stems = new Set(family.map((form) => stem(form)));
    expect([...stems], `stems of ${family.join(', ')}`).toHaveLength(1);
  });

  it.each(DISTINCT)('keeps "%s" apart from "%s"', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it.each(PINNED)('stems "%s" to "%s"', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('keeps different families of the table apart from each other', () => {
    const owner = new Map<string, string>();
    for (const family of FAMILIES) {
      const s = stem(family[0] as string);
      expect(owner.get(s), `"${family[0]}" shares stem "${s}" with "${owner.get(s)}"`).toBeUndefined();
      owner.set(s, family[0] as string);
    }
  });

  it('answers the same from its memo as on first call, and ignores case', () => {
    expect(stem('Erhöll')).toBe(stem('erhöll'));
    expect(stem('ERHÖLL')).toBe('erhåll');
  });

  it("loads only natural's Swedish stemmer modules, never its index (which reads .env files and loads database drivers)", () => {
    expect(stem('objektiva')).toBe('objektiv');
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('/node_modules/'));
    const natural = loaded.filter((path) => path.includes('/natural/'));
    expect(natural.some((path) => path.endsWith('porter_stemmer_sv.js'))).toBe(true);
    expect(natural.filter((path) => path.endsWith('/lib/natural/index.js'))).toEqual([]);
    expect(loaded.filter((path) => /\/(dotenv|pg|mongoose|redis|sqlite3)\//.test(path))).toEqual([]);
  });
});
