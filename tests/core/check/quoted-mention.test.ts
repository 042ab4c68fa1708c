import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { checkDocument } from '../../../core/check/check-document.js';
import { isQuotedMention } from '../../../core/check/kinds/quoted-mention.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

/** A guide that quotes a phrase as what not to write is not using the phrase. */
const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));
const ids = (text: string, type: 'policy' | 'jobad'): string[] =>
  checkDocument(documentFromText(text), compiled, { type }).findings.filter((f) => f.ruleId.endsWith('/etnicitet-modersmal')).map((f) => f.quote);

describe('phrases quoted as what not to write', () => {
  it('are not reported in a recruitment guide that advises against them', () => {
    expect(ids('Riktlinje för rekrytering\n\nSkriv inte ”svenska som modersmål” i annonsen; skriv i stället ”mycket goda kunskaper i svenska”.', 'policy')).toEqual([]);
    expect(ids('Riktlinje för rekrytering\n\nUndvik formuleringar som "svenska som modersmål".', 'policy')).toEqual([]);
  });

  it('are reported when the quotation marks only set the phrase off, or nothing says to avoid it', () => {
    expect(ids('Vi söker dig som har ”svenska som modersmål”.', 'jobad')).toEqual(['svenska som modersmål']);
    expect(ids('Vi söker dig som har svenska som modersmål. Undvik att ringa efter kl. 16.', 'jobad')).toEqual(['svenska som modersmål']);
  });

  it('are not reported when the quotation is named as a wording, as revision notes do', () => {
    const text = 'Den tidigare rutinen innehöll meningen ”All kontakt med media ska ske via kommunikationsenheten”. Vi har tagit bort den.';
    const start = text.indexOf('All kontakt');
    expect(isQuotedMention(text.slice(0, text.indexOf('. Vi') + 1), start, start + 33)).toBe(true);
    const used = 'Kom ihåg: ”All kontakt med media ska ske via kommunikationsenheten”.';
    expect(isQuotedMention(used, used.indexOf('All'), used.indexOf('All') + 33)).toBe(false);
  });

  it('are not reported in a list named as wordings, or quoted as an example of discrimination', () => {
    const list = 'Du granskar att våra annonser inte innehåller formuleringar som ”ungt och drivet team”, ”svenska som modersmål” eller ”god fysik” utan saklig grund.';
    expect(isQuotedMention(list, list.indexOf('svenska'), list.indexOf('svenska') + 21)).toBe(true);
    const example = 'En annons krävde ”svenska som modersmål”, vilket kan vara indirekt diskriminering på grund av etnisk tillhörighet.';
    expect(isQuotedMention(example, example.indexOf('svenska'), example.indexOf('svenska') + 21)).toBe(true);
    const demand = 'Vi kräver ”svenska som modersmål”, ”god fysik” och körkort.';
    expect(isQuotedMention(demand, demand.indexOf('god'), demand.indexOf('god') + 9)).toBe(false);
  });

  it('need the match inside the quotation marks', () => {
    const text = 'Undvik ”ung”, men svenska som modersmål är ett krav.';
    const start = text.indexOf('svenska');
    expect(isQuotedMention(text, start, start + 21)).toBe(false);
    const inside = 'Skriv inte ”svenska som modersmål”.';
    expect(isQuotedMention(inside, inside.indexOf('svenska'), inside.indexOf('svenska') + 21)).toBe(true);
  });
});
