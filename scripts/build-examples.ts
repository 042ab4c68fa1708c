/**
 * Builds the bundled examples in examples/ from the test fixtures, so that a newcomer can try
 * Värdekollen on real file formats: a job ad as Word (with classic mistakes), a media policy
 * as a multi-page PDF (which forbids staff to talk to journalists), and the seed action plan
 * as text. Run: npx tsx scripts/build-examples.ts
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildJobAdDocx } from '../tests/fixtures/documents/jobbannonser/build-jobbannons-docx.js';
import { readPolicyFixtureText } from '../tests/fixtures/documents/policyer/read-policy-fixture.js';
import { wrap } from '../tests/fixtures/pdf/page-writer.js';

const out = new URL('../examples/', import.meta.url);

writeFileSync(new URL('platsannons-kommunikator.docx', out), (await buildJobAdDocx('trafikverket-kommunikator.txt')).bytes);
writeFileSync(new URL('mediepolicy.pdf', out), await policyPdf(readPolicyFixtureText('mediepolicy-forbud.txt')));
writeFileSync(new URL('handlingsplan-vardegrund.txt', out), readFileSync(new URL('../../shared/seeds/002_2374e64b0b1affad.txt', import.meta.url)));

/** A plain A4 policy: bold headings, wrapped paragraphs, a running footer with page numbers. */
async function policyPdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Mediepolicy för Kustverket');
  pdf.setCreationDate(new Date('2025-03-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2025-03-01T00:00:00Z'));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  let page = pdf.addPage([595.28, 841.89]);
  let y = 770;
  const pages = [page];
  for (const [index, paragraph] of paragraphs.entries()) {
    const heading = index === 0 || (paragraph.length < 60 && !/[.:;,]$/.test(paragraph));
    const font = heading ? bold : regular;
    const size = index === 0 ? 18 : heading ? 13 : 11;
    const lines = wrap(paragraph, font, size, 451);
    if (y - lines.length * size * 1.35 < 80) {
      page = pdf.addPage([595.28, 841.89]);
      pages.push(page);
      y = 770;
    }
    for (const line of lines) {
      page.drawText(line, { x: 72, y, size, font });
      y -= size * 1.35;
    }
    y -= size * 0.8;
  }
  pages.forEach((p, i) => p.drawText(`Mediepolicy – Sida ${i + 1} av ${pages.length}`, { x: 72, y: 40, size: 9, font: regular }));
  return pdf.save({ useObjectStreams: false });
}
