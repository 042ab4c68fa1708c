import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../core/import/index.js';
import type { ImportedDocument } from '../../../core/model/index.js';
import type { Finding } from '../../../core/check/finding.js';
import { buildJobAdDocx, type JobAdDocx } from '../../fixtures/documents/jobbannonser/build-jobbannons-docx.js';
import { readJobAdFixture } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { jobAdFindings, jobAdFindingsInText, shortId } from './check-job-ad.js';

/**
 * The faulty cleaning-job ad as a real Word file (title, headings, bullets, the terms of
 * employment in a table), built with the `docx` package and read back through importDocument:
 * the checker must find the same problems as in the plain-text version and point at the Word
 * paragraph (and table cell) each one is in.
 */
const FIXTURE = 'statens-fastighetsverk-lokalvardare.txt';

let built: JobAdDocx;
let document: ImportedDocument;
let findings: Finding[];

beforeAll(async () => {
  built = await buildJobAdDocx(FIXTURE);
  document = await importDocument(built.bytes, { fileName: 'lokalvardare.docx' });
  findings = jobAdFindings(document);
});

/** Word paragraph number (1-based, tables included) of the planned paragraph containing `snippet`. */
function plannedParagraph(snippet: string): number {
  const index = built.paragraphs.findIndex((p) => p.text.includes(snippet));
  if (index < 0) throw new Error(`not in the built file: ${snippet}`);
  return index + 1;
}

function only(rule: string): Finding {
  const found = findings.filter((f) => shortId(f) === rule);
  expect(found, rule).toHaveLength(1);
  return found[0] as Finding;
}

describe('a job ad as a Word file', () => {
  it('imports as DOCX with the table and headings the builder wrote', () => {
    expect(document.metadata.format).toBe('docx');
    expect(document.blocks.filter((b) => b.kind === 'table-cell').length).toBe(built.paragraphs.filter((p) => p.kind === 'table-cell').length);
    expect(document.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain('Vem är du?');
  });

  it('finds the same problems as in the plain-text version of the ad', () => {
    const key = (f: Finding): string => `${shortId(f)}|${f.severity}|${f.quote}`;
    const fromText = jobAdFindingsInText(readJobAdFixture(FIXTURE)).map(key).sort();
    expect(findings.map(key).sort()).toEqual(fromText);
  });

  it('points the mother-tongue requirement at its Word paragraph under "Vem är du?"', () => {
    const finding = only('etnicitet-modersmal');
    expect(finding.quote).toBe('svenska som modersmål');
    expect(finding.origin?.docxParagraph).toBe(plannedParagraph('Du har svenska som modersmål'));
    expect(finding.origin?.headingPath.at(-1)).toBe('Vem är du?');
    expect(finding.origin?.line).toBeUndefined();
  });

  it('points the gendered title at the Word title, paragraph 1', () => {
    const titles = findings.filter((f) => shortId(f) === 'kon-yrkestitel');
    expect(titles.map((f) => f.quote)).toEqual(['Städerska', 'städerska']);
    expect(titles[0]?.origin?.docxParagraph).toBe(1);
    expect(titles[1]?.origin?.docxParagraph).toBe(plannedParagraph('Vi söker nu en städerska'));
  });
});

describe('a Word ad with a short application period in its table', () => {
  it('reports the gap on the closing-date cell', async () => {
    const shortAd = await buildJobAdDocx('lansstyrelsen-enhetschef.txt');
    const doc = await importDocument(shortAd.bytes, { fileName: 'enhetschef.docx' });
    const gaps = jobAdFindings(doc).filter((f) => shortId(f) === 'ansokningstid-kort');
    expect(gaps).toHaveLength(1);
    const gap = gaps[0] as Finding;
    expect(gap.quote).toBe('2025-04-11');
    expect(gap.data).toMatchObject({ days: 10, from: '2025-04-01', to: '2025-04-11' });
    expect(gap.origin?.table?.column).toBe(2);
    expect(gap.origin?.docxParagraph).toBe(shortAd.paragraphs.findIndex((p) => p.text === '2025-04-11') + 1);
  });
});
