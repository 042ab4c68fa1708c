import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLargeTextPdf } from '../../tests/fixtures/pdf/build-large-text-pdf.js';
import { buildLargeDocx } from '../../tests/fixtures/docx/build-large-docx.js';
import { compare, median, runCase, type BenchRow } from '../harness.js';

export const PDF_PAGES = 300;
export const DOCX_PARAGRAPHS = 6000;

/**
 * Issue 2's benchmark: our import of a 300-page text PDF and of a large DOCX against the bare
 * library call on the same file, in the same run, alternating runs. Target: within 1.3x.
 */
export async function importBenchmarks(workDir: string, runs: number): Promise<BenchRow[]> {
  mkdirSync(workDir, { recursive: true });
  const pdfPath = join(workDir, `policy-${PDF_PAGES}-pages.pdf`);
  const docxPath = join(workDir, `policy-${DOCX_PARAGRAPHS}-paragraphs.docx`);
  writeFileSync(pdfPath, await buildLargeTextPdf(PDF_PAGES));
  writeFileSync(docxPath, await buildLargeDocx(DOCX_PARAGRAPHS));

  const rows: BenchRow[] = [];
  rows.push(
    await compare({
      benchmark: `import PDF (${PDF_PAGES} pages)`,
      subject: { name: 'Värdekollen importDocument', caseFile: './import/ours-case.ts', args: ['--file', pdfPath] },
      baseline: { name: 'pdf.js getTextContent, all pages', caseFile: './import/pdfjs-bare-case.ts', args: ['--file', pdfPath] },
      runs,
      target: { description: '≤ 1.3x', maxRatio: 1.3 },
    }),
  );
  rows.push(
    await compare({
      benchmark: `import DOCX (${DOCX_PARAGRAPHS} paragraphs)`,
      subject: { name: 'Värdekollen importDocument', caseFile: './import/ours-case.ts', args: ['--file', docxPath] },
      baseline: { name: 'mammoth.convertToHtml', caseFile: './import/mammoth-bare-case.ts', args: ['--file', docxPath] },
      runs,
      target: { description: '≤ 1.3x', maxRatio: 1.3 },
    }),
  );
  // For information: the isolated (worker-thread) importer the application uses.
  for (const [label, path, baseline] of [['PDF', pdfPath, rows[0]], ['DOCX', docxPath, rows[1]]] as const) {
    const times: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await runCase('./import/ours-case.ts', ['--file', path, '--isolated', 'yes']);
      times.push(run.ms);
      rss.push(run.peakRssMb);
    }
    const subjectMedianMs = median(times);
    rows.push({
      benchmark: `import ${label}, isolated worker (information)`,
      subject: 'importDocumentIsolated',
      baseline: baseline?.baseline ?? '',
      subjectMedianMs,
      baselineMedianMs: baseline?.baselineMedianMs ?? NaN,
      ratio: subjectMedianMs / (baseline?.baselineMedianMs ?? NaN),
      target: 'none',
      met: true,
      subjectPeakRssMb: median(rss),
      runs,
    });
  }
  return rows;
}
