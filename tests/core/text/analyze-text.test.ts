import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyzeBlock, analyzeBlocks, analyzeText, createTermMatcher, findPassives } from '../../../core/text/index.js';
import { importDocument } from '../../../core/import/index.js';
import { spanContains } from '../../../core/model/index.js';

describe('analyzeText', () => {
  it('returns sentences with their tokens and word counts in one pass', () => {
    const sentences = analyzeText('Sista ansökningsdag är 2025-05-01. Välkommen med din ansökan, t.ex. via e-post!', 10);
    expect(sentences.map((s) => [s.text, s.wordCount])).toEqual([
      ['Sista ansökningsdag är 2025-05-01.', 3],
      ['Välkommen med din ansökan, t.ex. via e-post!', 7],
    ]);
    for (const s of sentences) {
      expect(s.tokens.length).toBeGreaterThan(0);
      for (const t of s.tokens) expect(spanContains(s.span, t.span)).toBe(true);
    }
    expect(sentences[0]?.span.start).toBe(10);
  });
});

describe('analyzeBlocks on an imported document', () => {
  it('keeps every sentence inside its block and finds value words and passives in the seed action plan', async () => {
    const bytes = await readFile(new URL('../../../examples/handlingsplan-vardegrund.txt', import.meta.url));
    const doc = await importDocument(new Uint8Array(bytes), { fileName: 'handlingsplan-vardegrund.txt' });
    const analysed = analyzeBlocks(doc.blocks);
    expect(analysed).toHaveLength(doc.blocks.length);
    for (const { block, sentences } of analysed) {
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) {
        expect(spanContains(block.span, s.span)).toBe(true);
        expect(doc.text.slice(s.span.start, s.span.end)).toBe(s.text);
      }
    }
    const sentences = analysed.flatMap((b) => b.sentences);
    const matcher = createTermMatcher(['värdegrund', 'bemötande']);
    const hits = sentences.flatMap((s) => matcher.findInTokens(s.tokens));
    expect(hits.filter((h) => h.id === 'värdegrund').length).toBeGreaterThan(10);
    expect(hits.some((h) => h.text.toLowerCase() === 'värdegrundsarbetet')).toBe(true);
    const passives = sentences.flatMap((s) => findPassives(s.tokens).passives.map((p) => p.text.toLowerCase()));
    expect(passives).toContain('kommuniceras');
    expect(passives).not.toContain('länsstyrelsens');
  });

  it('treats a heading block as one sentence', async () => {
    const doc = await importDocument(new TextEncoder().encode('# Värdegrund och bemötande\n\nText här.'), { fileName: 'a.md' });
    const heading = doc.blocks[0]!;
    expect(heading.kind).toBe('heading');
    expect(analyzeBlock(heading).sentences.map((s) => s.text)).toEqual(['Värdegrund och bemötande']);
  });
});
