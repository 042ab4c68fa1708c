import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDocument, importFile } from '../../../core/import/index.js';
import { detectLanguage } from '../../../core/text/detect-language.js';

const BLIND = fileURLToPath(new URL('../../fixtures/documents/blind/', import.meta.url));
const ENGLISH_AD = 'round5/jobads/05-lund-university-postdoc-statistics.pdf';

/** Every blind-set text written in Swedish (all but the one English ad and the keys). */
function swedishBlindTexts(): string[] {
  return readdirSync(BLIND, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.txt'));
}

describe('language detection', () => {
  it('calls every Swedish job ad and policy of the blind set Swedish', () => {
    const texts = swedishBlindTexts();
    expect(texts.length).toBeGreaterThan(40);
    for (const path of texts) {
      const detection = detectLanguage(readFileSync(`${BLIND}${path}`, 'utf8'));
      expect(detection.language, path).toBe('sv');
      expect(detection.confidence, path).toBeGreaterThan(0.9);
    }
  });

  it('calls a real English job ad from a Swedish university English, read from its PDF', async () => {
    const document = await importFile(`${BLIND}${ENGLISH_AD}`, importDocument);
    const detection = detectLanguage(document.text);
    expect(detection.language).toBe('en');
    expect(detection.confidence).toBeGreaterThan(0.9);
  });

  it('calls a text that is half Swedish, half English mixed', () => {
    const swedish = 'Vi söker en handläggare till vår enhet i Umeå. Du ska ha erfarenhet av att skriva beslut och kunna arbeta självständigt med ärenden som rör bidrag.';
    const english = 'We are looking for a case officer for our unit in Umeå. You will have experience of writing decisions and you should be able to work on your own with the cases that are assigned to you.';
    expect(detectLanguage(`${swedish}\n\n${english}`).language).toBe('mixed');
  });

  it('calls a long text in another language other, and a few words unknown', () => {
    const finnish = 'Haemme käsittelijää yksikköömme Ouluun. Sinulla on kokemusta päätösten kirjoittamisesta ja pystyt työskentelemään itsenäisesti. '.repeat(8);
    expect(detectLanguage(finnish).language).toBe('other');
    expect(detectLanguage('Sista ansökningsdag 2025-03-15').language).toBe('unknown');
    expect(detectLanguage('').language).toBe('unknown');
  });
});
