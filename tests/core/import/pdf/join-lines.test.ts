import { describe, expect, it } from 'vitest';
import { joinLines } from '../../../../core/import/pdf/join-lines.js';
import { isPageNumber } from '../../../../core/import/pdf/page-number.js';

describe('joining the lines of a PDF paragraph', () => {
  it.each([
    [['Att ha en fast an-', 'ställning i staten'], 'Att ha en fast anställning i staten'],
    [['kvalitets\u00AD', 'arbetet'], 'kvalitetsarbetet'],
    [['förvaltnings\u2010', 'rätt'], 'förvaltningsrätt'],
    [['Utvecklings-', 'och lönesamtal'], 'Utvecklings- och lönesamtal'],
    [['Utvecklings\u00AD', 'och lönesamtal'], 'Utvecklings- och lönesamtal'],
    [['för-', 'eller nackdelar'], 'för- eller nackdelar'],
    [['nya IT-', 'system'], 'nya IT-system'],
    [['EU-', 'rättens område'], 'EU-rättens område'],
    [['via e-', 'post'], 'via e-post'],
    [['åren 2014-', '2016'], 'åren 2014-2016'],
    [['Öst-', 'Europa'], 'Öst-Europa'],
    [['ett tankstreck -', 'mitt i'], 'ett tankstreck - mitt i'],
    [['  vanlig rad  ', ' nästa rad '], 'vanlig rad nästa rad'],
  ])('%j → %s', (lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });
});

describe('page numbers in headers and footers', () => {
  it.each(['3', '- 3 -', '– 12 –', 'Sida 3 av 10', 'sidan 4', 'Page 3 of 10', '3 (10)', '3/10', '[7]', 'iv'])('"%s" is a page number', (text) => {
    expect(isPageNumber(text)).toBe(true);
  });

  it.each(['2014-09-17', 'Sida 3 av 10 i bilaga', 'NFS 2007:10', '1 §', 'Bilaga 3', '12345'])('"%s" is not', (text) => {
    expect(isPageNumber(text)).toBe(false);
  });
});
