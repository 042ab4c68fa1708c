import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleDocument } from '../../../core/import/assemble-document.js';
import { importDocument } from '../../../core/import/index.js';
import { normalizeBlockText } from '../../../core/import/normalize-text.js';
import type { RawBlock } from '../../../core/import/raw-block.js';
import { BLOCK_SEPARATOR, type ImportedDocument } from '../../../core/model/index.js';

/** The invariants every later step relies on (ARCHITECTURE.md, "Positions: one truth"). */
function expectInvariants(doc: ImportedDocument): void {
  expect(doc.text).toBe(doc.blocks.map((b) => b.text).join(BLOCK_SEPARATOR));
  for (const block of doc.blocks) {
    expect(block.span.start).toBeGreaterThanOrEqual(0);
    expect(block.span.end).toBeLessThanOrEqual(doc.text.length);
    expect(doc.text.slice(block.span.start, block.span.end)).toBe(block.text);
    expect(block.text.length).toBeGreaterThan(0);
    expect(block.text).not.toMatch(/\n/);
    expect(block.text).toBe(block.text.trim());
  }
  expect(doc.text.isWellFormed()).toBe(true);
}

const swedishish = fc.string({
  unit: fc.constantFrom(...'abcåäöÅÄÖ \t\n-­ ​ﬁ.§:12é\u0301'.split(''), '\n\n', '\r\n', '# ', '- ', '| '),
  maxLength: 400,
});

describe('document model invariants', () => {
  it('hold for any raw blocks assembly is given', () => {
    const rawBlock = fc.record({
      kind: fc.constantFrom('heading', 'paragraph', 'list-item', 'table-cell'),
      level: fc.integer({ min: -3, max: 12 }),
      text: fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), swedishish),
      page: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(rawBlock, { maxLength: 30 }), (raws) => {
        const doc = assembleDocument({
          extraction: { blocks: raws as RawBlock[], warnings: [] },
          format: 'pdf',
          bytes: new Uint8Array([1, 2, 3]),
        });
        expectInvariants(doc);
        for (const block of doc.blocks) {
          if (block.kind === 'heading') expect(block.level).toBeGreaterThanOrEqual(1);
          expect(block.origin.paragraphOnPage).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('hold for any text or Markdown file, or the import fails with a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(swedishish, fc.string({ unit: 'grapheme', maxLength: 300 })), async (text) => {
        try {
          expectInvariants(await importDocument(new TextEncoder().encode(text)));
        } catch (error) {
          expect(error).toMatchObject({ code: expect.stringMatching(/^(EMPTY_DOCUMENT|UNSUPPORTED_FORMAT)$/) });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('normalises the invisible differences between Word, PDF and pasted text', () => {
    const doc = assembleDocument({
      extraction: {
        blocks: [{ kind: 'paragraph', text: ' Sista\u00a0an\u00adsöknings\u00addag  är\r\nden ﬁ\u00adrst ' }, { kind: 'paragraph', text: 'A\u030angström' }],
        warnings: [],
      },
      format: 'docx',
      bytes: new Uint8Array(),
    });
    expect(doc.blocks.map((b) => b.text)).toEqual(['Sista ansökningsdag är den first', 'Ångström']);
    expect(doc.metadata.wordCount).toBe(6);
  });

  it('keeps every character of a block exactly as normalised, whatever it is', () => {
    // Block texts are copied into strings of their own at import (see flatCopy): the copy must
    // not change a character, quotes, backslashes, controls and astral characters included.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('"', '\\', '\u2028', '\u0001', '😀', 'å', '{', 'u', ' '), minLength: 1, maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), (special, binary) => {
        const raws = [special, binary];
        const doc = assembleDocument({
          extraction: { blocks: raws.map((text) => ({ kind: 'paragraph' as const, text })), warnings: [] },
          format: 'docx',
          bytes: new Uint8Array(),
        });
        expect(doc.blocks.map((b) => b.text)).toEqual(raws.map(normalizeBlockText).filter((t) => t.length > 0));
      }),
      { numRuns: 300 },
    );
  });

  it('hashes the file bytes and the normalised text separately', async () => {
    const a = await importDocument(new TextEncoder().encode('Rubrik\n\nText  med\u00a0mellanrum.'));
    const b = await importDocument(new TextEncoder().encode('Rubrik\n\nText med mellanrum.'));
    expect(a.metadata.fileSha256).not.toBe(b.metadata.fileSha256);
    expect(a.metadata.textSha256).toBe(b.metadata.textSha256);
    expect(a.metadata.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('word counting and normalisation', () => {
  it('counts words exactly as the regular-expression definition does', async () => {
    const { countWords, normalizeBlockText } = await import('../../../core/import/normalize-text.js');
    const reference = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).length;
    fc.assert(
      fc.property(fc.oneof(swedishish, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        expect(countWords(text)).toBe(reference(text));
        // The fast path for clean text must give what the full normalisation gives.
        const once = normalizeBlockText(text);
        expect(normalizeBlockText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
