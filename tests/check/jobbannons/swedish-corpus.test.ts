import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../core/import/index.js';
import { isVardekollenError } from '../../../core/errors/index.js';
import { readManifest } from '../../corpus/manifest.js';
import { jobAdFindings, shortId } from './check-job-ad.js';

/**
 * False-alarm guard: the Swedish court rulings, bills and regulations of the shared corpus are
 * not job ads, but they are full of the words the job-ad rules look for ("han eller hon",
 * "svensk härkomst", "medborgarskap", ages, health). Checked as job ads, they may lack every
 * required element (that is true of them), but no passage may draw an error or a warning.
 */
const SWEDISH = readManifest().filter((e) => e.swedish && /\.(?:docx|pdf)$/i.test(e.file));

describe('Swedish corpus documents checked as job ads', () => {
  it('has Swedish documents to check', () => {
    expect(SWEDISH.length).toBeGreaterThanOrEqual(5);
  });

  it.each(SWEDISH.map((e) => [e.file, e] as const))('%s: no error or warning on any passage', async (_file, entry) => {
    let document;
    try {
      document = await importDocument(new Uint8Array(readFileSync(entry.absolutePath)), { fileName: entry.file, ...(entry.password ? { password: entry.password } : {}) });
    } catch (error) {
      // Scanned PDFs without text cannot be checked; the importer says so with a typed error.
      if (isVardekollenError(error)) return;
      throw error;
    }
    const passages = jobAdFindings(document).filter((f) => f.span !== undefined && f.severity !== 'info');
    expect(passages.map((f) => `${shortId(f)}: ${f.quote} | ${f.context ?? ''}`)).toEqual([]);
  });
});
