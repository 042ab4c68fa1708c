import { describe, expect, it } from 'vitest';
import { importDocument, importDocumentIsolated } from '../../../core/import/index.js';
import { BLOCK_SEPARATOR } from '../../../core/model/index.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('plain text import', () => {
  it('keeps åäö, finds headings, lists and tab tables', async () => {
    const text = [
      'Handlingsplan för värdegrundsarbete',
      '',
      'Bakgrund',
      '',
      'Under 2012 har medarbetarna tagit fram en värdegrund.',
      'Arbetet har letts av länsrådet.',
      '',
      '1. Utbildningar',
      '2. Kundundersökning',
      '',
      'Mål\tAtt anställda deltar i utbildningar',
      'Syfte\tAtt värdegrundsarbetet utvecklas',
    ].join('\n');
    const doc = await importDocument(encode(text), { fileName: 'plan.txt' });
    expect(doc.metadata.format).toBe('text');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Handlingsplan för värdegrundsarbete'],
      ['heading', 'Bakgrund'],
      ['paragraph', 'Under 2012 har medarbetarna tagit fram en värdegrund. Arbetet har letts av länsrådet.'],
      ['list-item', 'Utbildningar'],
      ['list-item', 'Kundundersökning'],
      ['table-cell', 'Mål'],
      ['table-cell', 'Att anställda deltar i utbildningar'],
      ['table-cell', 'Syfte'],
      ['table-cell', 'Att värdegrundsarbetet utvecklas'],
    ]);
    expect(doc.blocks[2]?.origin).toMatchObject({ line: 5, headingPath: ['Handlingsplan för värdegrundsarbete', 'Bakgrund'] });
    expect(doc.blocks[8]?.origin.table).toEqual({ table: 1, row: 2, column: 2 });
    expect(doc.text).toBe(doc.blocks.map((b) => b.text).join(BLOCK_SEPARATOR));
    expect(doc.metadata.title).toBe('Handlingsplan för värdegrundsarbete');
  });

  it('reads text saved from Word, one line per paragraph and no blank lines, as headings and paragraphs', async () => {
    const long = 'En anställd får inte ha någon anställning eller något uppdrag som kan rubba förtroendet för hans eller hennes opartiskhet i arbetet.';
    const text = ['Riktlinje för bisysslor', 'Bakgrund', long, 'Anmälan', `${long} Anmälan görs i personalsystemet.`, 'Mål\tAtt alla känner till reglerna', 'Syfte\tAtt förtroendet består'].join('\r\n');
    const doc = await importDocument(encode(text), { fileName: 'bisysslor.txt' });
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Riktlinje för bisysslor'],
      ['heading', 'Bakgrund'],
      ['paragraph', long],
      ['heading', 'Anmälan'],
      ['paragraph', `${long} Anmälan görs i personalsystemet.`],
      ['table-cell', 'Mål'],
      ['table-cell', 'Att alla känner till reglerna'],
      ['table-cell', 'Syfte'],
      ['table-cell', 'Att förtroendet består'],
    ]);
    expect(doc.blocks[4]?.origin).toMatchObject({ line: 5, headingPath: ['Riktlinje för bisysslor', 'Anmälan'] });
    expect(doc.blocks[8]?.origin.table).toEqual({ table: 1, row: 2, column: 2 });
  });

  it('takes a short line between a finished sentence and a capitalised line as a heading, keeps wrapped lines together, and gives each line of a block of fields its own paragraph', async () => {
    const text = [
      'Vi söker en handläggare till enheten.',
      'Om tjänsten',
      'Du utreder ärenden och skriver beslut i samråd med',
      'Anna Svensson och andra jurister på enheten.',
      'Publicerad: 2025-04-01',
      'Sista ansökningsdag: 2025-04-11',
    ].join('\n');
    const doc = await importDocument(encode(text), { fileName: 'annons.txt' });
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Vi söker en handläggare till enheten.'],
      ['heading', 'Om tjänsten'],
      ['paragraph', 'Du utreder ärenden och skriver beslut i samråd med Anna Svensson och andra jurister på enheten.'],
      // Two "Label: value" lines are a block of fields, not the end of the sentence above.
      ['paragraph', 'Publicerad: 2025-04-01'],
      ['paragraph', 'Sista ansökningsdag: 2025-04-11'],
    ]);
  });

  it('gives each row of a table drawn with pipes its own paragraph, so that a table is not one sentence', async () => {
    const text = [
      'Servicedeklaration',
      '',
      '| Vad du gör | Vad vi lovar |',
      '|---|---|',
      '| Skickar e-post med en fråga | Vi svarar inom två arbetsdagar |',
      '| Begär ut en allmän handling | Vi lämnar ut handlingen samma dag |',
    ].join('\n');
    const doc = await importDocument(encode(text), { fileName: 'service.txt' });
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Servicedeklaration',
      '| Vad du gör | Vad vi lovar |',
      '|---|---|',
      '| Skickar e-post med en fråga | Vi svarar inom två arbetsdagar |',
      '| Begär ut en allmän handling | Vi lämnar ut handlingen samma dag |',
    ]);
  });

  it('reads Windows-1252 text and says it guessed the encoding', async () => {
    const latin1 = Buffer.from('Sista ansökningsdag är i morgon för tjänsten på Länsstyrelsen.', 'latin1');
    const doc = await importDocument(new Uint8Array(latin1));
    expect(doc.text).toContain('ansökningsdag');
    expect(doc.text).toContain('Länsstyrelsen');
    expect(doc.warnings.map((w) => w.code)).toContain('TEXT_ENCODING_GUESSED');
  });

  it('refuses an empty file with a typed error', async () => {
    await expect(importDocument(encode('  \n\n '))).rejects.toMatchObject({ code: 'EMPTY_DOCUMENT' });
  });

  it('refuses a file over the byte limit before parsing it', async () => {
    await expect(importDocument(encode('x'.repeat(2000)), { limits: { maxBytes: 1000 } })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses formats it does not read, whatever the file is called', async () => {
    await expect(importDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), { fileName: 'policy.pdf' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
    });
    await expect(importDocument(encode('{\\rtf1\\ansi Hej}'))).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });
});

describe('markdown import', () => {
  it('reads headings, lists, tables and strips inline markup', async () => {
    const md = [
      '# Mediepolicy',
      '',
      'Policyn gäller **alla** medarbetare, se [intranätet](https://example.se).',
      '',
      '## Ansvar',
      '',
      '- Kommunikationsenheten svarar för myndighetens kanaler.',
      '- Chefer informerar sina medarbetare.',
      '',
      '| Roll | Ansvar |',
      '|------|--------|',
      '| GD | Beslutar |',
    ].join('\n');
    const doc = await importDocument(encode(md));
    expect(doc.metadata.format).toBe('markdown');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Mediepolicy'],
      ['paragraph', 'Policyn gäller alla medarbetare, se intranätet.'],
      ['heading', 'Ansvar'],
      ['list-item', 'Kommunikationsenheten svarar för myndighetens kanaler.'],
      ['list-item', 'Chefer informerar sina medarbetare.'],
      ['table-cell', 'Roll'],
      ['table-cell', 'Ansvar'],
      ['table-cell', 'GD'],
      ['table-cell', 'Beslutar'],
    ]);
    expect(doc.blocks[3]?.origin.headingPath).toEqual(['Mediepolicy', 'Ansvar']);
  });
});

describe('isolated import', () => {
  it('gives the same document as the in-thread importer and reports progress', async () => {
    const bytes = encode('Rubrik\n\nEtt stycke med å, ä och ö.');
    const stages: string[] = [];
    const isolated = await importDocumentIsolated(bytes, { onProgress: (p) => stages.push(p.stage) });
    const direct = await importDocument(bytes);
    expect(isolated).toEqual(direct);
    expect(stages).toContain('assembling');
  });

  it('passes typed errors across the thread boundary', async () => {
    await expect(importDocumentIsolated(encode(''))).rejects.toMatchObject({ code: 'EMPTY_DOCUMENT' });
  });
});

describe('format detection', () => {
  it('reads a PDF whose %PDF header is missing as a PDF, not as text full of PDF syntax', async () => {
    const { readFileSync } = await import('node:fs');
    const { detectFormat } = await import('../../../core/import/index.js');
    const bytes = new Uint8Array(readFileSync('../shared/corpus/pdf/pdfjs/bug1606566.pdf'));
    expect(detectFormat(bytes)).toEqual({ kind: 'supported', format: 'pdf' });
    expect(detectFormat(encode('1 0 obj är ett uttryck i texten, inte en PDF.'))).toEqual({ kind: 'supported', format: 'text' });
  });
});
