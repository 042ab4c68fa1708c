import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../../core/import/index.js';
import { countWords } from '../../core/import/normalize-text.js';

/**
 * About `words` words of real Swedish official prose: the seed texts and the Swedish documents
 * of the shared corpus (government bills, committee terms of reference, court rulings, an
 * agency regulation), imported with our own importer and repeated until long enough.
 * Paragraphs are separated by blank lines.
 */
export async function buildBenchText(corpusDir: string, seedsDir: string, words: number): Promise<string> {
  const paragraphs: string[] = [];
  for (const seed of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
    paragraphs.push(...readFileSync(join(seedsDir, seed), 'utf8').split(/\n\s*\n/));
  }
  for (const folder of ['pdf/swedish', 'docx/swedish']) {
    for (const file of readdirSync(join(corpusDir, folder)).sort()) {
      try {
        const document = await importDocument(new Uint8Array(readFileSync(join(corpusDir, folder, file))));
        paragraphs.push(...document.blocks.map((b) => b.text));
      } catch {
        // The scanned bill has no text layer; nothing to add.
      }
    }
  }
  const clean = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = clean[i % clean.length] ?? '';
    out.push(paragraph);
    count += countWords(paragraph);
  }
  return out.join('\n\n');
}
