import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildJobAdDocx } from '../fixtures/documents/jobbannonser/build-jobbannons-docx.js';
import { JOB_AD_FIXTURES, readJobAdFixture } from '../fixtures/documents/jobbannonser/read-job-ad-fixture.js';

/** The job ad the newcomer reviews: a cleaner's ad with a gendered title, health demands, "Han/hon" and more. */
export const FIRST_DRAFT_FIXTURE = 'statens-fastighetsverk-lokalvardare.txt';

/**
 * The HR officer's second draft: the gendered title ("Städerska") and "Han/hon" are fixed, the
 * health and language demands are left as they were, and a new problem slips in ("vårt unga gäng").
 */
export function secondDraftText(): string {
  const first = readJobAdFixture(FIRST_DRAFT_FIXTURE);
  const second = first
    .replace('Städerska till', 'Lokalvårdare till')
    .replace('en städerska', 'en lokalvårdare')
    .replace('Han/hon ska kunna', 'Du ska kunna')
    .replace('Erfarenhet av lokalvård är meriterande.', 'Erfarenhet av lokalvård är meriterande. Du passar in i vårt unga gäng.');
  if (second === first || second.includes('Han/hon') || !second.includes('unga gäng')) throw new Error('the fixture changed: the second draft no longer differs as intended');
  return second;
}

/**
 * Writes both drafts as real Word files (the same builder for both, so the only differences are
 * the edits). The builder reads fixtures by name relative to its folder, so the second draft's
 * text is handed to it as a relative path to a temporary file.
 */
export async function writeJobAdDrafts(dir: string): Promise<{ readonly first: string; readonly second: string }> {
  mkdirSync(dir, { recursive: true });
  const first = join(dir, 'platsannons-lokalvardare.docx');
  writeFileSync(first, (await buildJobAdDocx(FIRST_DRAFT_FIXTURE)).bytes);
  const secondText = join(dir, 'platsannons-lokalvardare-v2.txt');
  writeFileSync(secondText, secondDraftText());
  const second = join(dir, 'platsannons-lokalvardare-v2.docx');
  writeFileSync(second, (await buildJobAdDocx(relative(JOB_AD_FIXTURES, secondText))).bytes);
  return { first, second };
}
