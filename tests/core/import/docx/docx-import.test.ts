import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument, importDocumentIsolated, type ImportProgress } from '../../../../core/import/index.js';
import { BLOCK_SEPARATOR, type Block, type ImportedDocument } from '../../../../core/model/index.js';
import { CORPUS_DIR } from '../../../corpus/manifest.js';
import { buildSeed002Docx, SEED_002_AUTHOR } from '../../../fixtures/docx/build-seed-002-docx.js';
import { buildMinimalDocx } from '../../../fixtures/docx/build-zip-bomb-docx.js';
import {
  SEED_002_ACTIVITIES,
  SEED_002_ACTIVITY_LIST,
  SEED_002_BACKGROUND,
  SEED_002_BACKGROUND_HEADING,
  SEED_002_TITLE,
} from '../../../fixtures/docx/seed-002-content.js';
import { deflatedEntry, writeZip } from '../../../fixtures/docx/write-zip.js';

const corpusFile = (path: string): Uint8Array => new Uint8Array(readFileSync(join(CORPUS_DIR, 'docx', path)));
const byText = (doc: ImportedDocument, text: string): Block => {
  const block = doc.blocks.find((b) => b.text === text);
  if (!block) throw new Error(`no block with text ${JSON.stringify(text)}`);
  return block;
};

describe('DOCX import of seed 002, a Word file made with the docx package', () => {
  let bytes: Uint8Array;
  let doc: ImportedDocument;
  const progress: ImportProgress[] = [];

  beforeAll(async () => {
    bytes = await buildSeed002Docx();
    doc = await importDocument(bytes, { fileName: 'handlingsplan.docx', onProgress: (p) => progress.push(p) });
  });

  it('reads title and author from the document properties', () => {
    expect(doc.metadata.format).toBe('docx');
    expect(doc.metadata.title).toBe(SEED_002_TITLE);
    expect(doc.metadata.author).toBe(SEED_002_AUTHOR);
    expect(doc.metadata.fileName).toBe('handlingsplan.docx');
  });

  it('gives the Title style and Heading 1 as level-1 headings, in document order', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => h.text)).toEqual([SEED_002_TITLE, SEED_002_BACKGROUND_HEADING, ...SEED_002_ACTIVITIES.map((a) => a.heading)]);
    expect(headings.every((h) => h.level === 1)).toBe(true);
  });

  it('reads paragraphs with italics joined into the text and åäö intact', () => {
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(paragraphs).toEqual([...SEED_002_BACKGROUND, ...SEED_002_ACTIVITIES.map((a) => a.paragraph)].map((t) => t.replaceAll('*', '')));
    expect(doc.text).toContain('har ett slutligt dokument – Vår värdegrund – tagits fram');
    expect(doc.text).toContain('Öppnad mappstruktur');
    expect(doc.text).toBe(doc.text.normalize('NFC'));
  });

  it('reads the numbered list as list items, without the numbers Word adds', () => {
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => b.text)).toEqual(SEED_002_ACTIVITY_LIST);
    expect(items.every((b) => b.origin.headingPath.join('/') === SEED_002_BACKGROUND_HEADING)).toBe(true);
  });

  it('reads each activity table as cells with table, row and column, under the activity heading', () => {
    const cells = doc.blocks.filter((b) => b.kind === 'table-cell');
    const expected = SEED_002_ACTIVITIES.flatMap((activity, t) =>
      activity.rows.flatMap(([label, value], r) => [
        { text: label, table: { table: t + 1, row: r + 1, column: 1 }, headingPath: [activity.heading] },
        { text: value, table: { table: t + 1, row: r + 1, column: 2 }, headingPath: [activity.heading] },
      ]),
    );
    expect(cells.map((c) => ({ text: c.text, table: c.origin.table, headingPath: c.origin.headingPath }))).toEqual(expected);

    const third = SEED_002_ACTIVITIES[2]!;
    expect(third.heading).toMatch(/^3\. Värdegrunden lyfts in/);
    const audience = cells.find((c) => c.origin.table?.table === 3 && c.origin.table.row === 3 && c.origin.table.column === 2);
    expect(audience?.text).toBe('Kunder, allmänhet, samarbetsparter, media och medarbetare');
    expect(audience?.origin.headingPath).toEqual([third.heading]);
  });

  it('numbers paragraphs as Word counts them: empty ones and table cells included', () => {
    // The builder's layout (build-seed-002-docx.ts): title 1, blank line 2, "Bakgrund" 3,
    // background 4–6, list 7–17, then 12 paragraphs per activity from 18 (heading,
    // paragraph, 5 rows × 2 cells).
    expect(byText(doc, SEED_002_TITLE).origin.docxParagraph).toBe(1);
    expect(byText(doc, SEED_002_BACKGROUND_HEADING).origin.docxParagraph).toBe(3);
    expect(byText(doc, SEED_002_ACTIVITY_LIST[0]!).origin.docxParagraph).toBe(7);
    expect(byText(doc, SEED_002_ACTIVITY_LIST[10]!).origin.docxParagraph).toBe(17);
    const third = SEED_002_ACTIVITIES[2]!;
    const heading = 18 + 12 * 2;
    expect(byText(doc, third.heading).origin.docxParagraph).toBe(heading);
    const schedule = doc.blocks.find((b) => b.origin.table?.table === 3 && b.origin.table.row === 4 && b.origin.table.column === 1);
    expect(schedule?.text).toBe('Tidplan');
    expect(schedule?.origin.docxParagraph).toBe(heading + 2 + 3 * 2);
    const last = doc.blocks.at(-1);
    expect(last?.origin.docxParagraph).toBe(18 + 12 * 11 - 1);
  });

  it('keeps the document invariants and reports progress in order', () => {
    expect(doc.text).toBe(doc.blocks.map((b) => b.text).join(BLOCK_SEPARATOR));
    for (const block of doc.blocks) expect(doc.text.slice(block.span.start, block.span.end)).toBe(block.text);
    const pages = progress.filter((p) => p.stage === 'pages');
    expect(pages.map((p) => p.done)).toEqual([0, 1, 2, 3]);
    expect(doc.warnings).toEqual([]);
  });

  it('gives the same document through the isolated (worker) importer', async () => {
    const isolated = await importDocumentIsolated(bytes);
    expect(isolated.text).toBe(doc.text);
    expect(isolated.blocks.map((b) => b.origin)).toEqual(doc.blocks.map((b) => b.origin));
  });
});

describe('DOCX import of real-world Word files', () => {
  it('reads the Swedish government bill with its headings and heading paths', async () => {
    const doc = await importDocument(corpusFile('swedish/prop-2012-13-144.docx'));
    expect(doc.metadata.title).toBe('Regeringens proposition');
    const heading = byText(doc, 'EU:s bestämmelser om statligt stöd till sjöfartsnäringen');
    expect(heading).toMatchObject({ kind: 'heading', level: 2 });
    expect(heading.origin.headingPath).toEqual(['Sjöfartsstödets inriktning']);
    // "Rubrik 4 utan numrering" is a custom style named like a heading.
    expect(byText(doc, 'Skälen för regeringens förslag')).toMatchObject({ kind: 'heading', level: 4 });
    const paragraph = doc.blocks.find((b) => b.text.startsWith('Huvudregeln inom EU-rätten är att statligt stöd'));
    expect(paragraph?.kind).toBe('paragraph');
    expect(paragraph?.origin.headingPath).toEqual(['Sjöfartsstödets inriktning', 'EU:s bestämmelser om statligt stöd till sjöfartsnäringen']);
  });

  it.each(['swedish/AD-2013-63.docx', 'swedish/HD-T3592-13.docx'])(
    'reads the court ruling %s, laid out in one big table, as paragraphs',
    async (path) => {
      const doc = await importDocument(corpusFile(path));
      const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
      expect(paragraphs.length).toBeGreaterThan(20);
      expect(paragraphs.every((b) => b.origin.table === undefined && (b.origin.docxParagraph ?? 0) > 0)).toBe(true);
      expect(doc.text).toMatch(/domstol/i);
      expect(doc.text).toMatch(/[åäö]/);
      // The short label/value cells of the header stay table cells.
      expect(doc.blocks.some((b) => b.kind === 'table-cell' && b.text.length < 40)).toBe(true);
    },
  );

  it('numbers a text box paragraph after the paragraph it is anchored in, without counting it', async () => {
    const doc = await importDocument(corpusFile('pydocx/textbox.docx'));
    // AAA is body paragraph 1; BBB and CCCDDD are in a text box anchored in it.
    expect(doc.blocks.map((b) => [b.text, b.origin.docxParagraph])).toEqual([
      ['AAA', 1],
      ['BBB', 1],
      ['CCCDDD', 1],
    ]);
  });

  it('keeps counting paragraphs that tracked changes deleted, as Word does until they are accepted', async () => {
    const doc = await importDocument(corpusFile('apache-poi/delins.docx'));
    // Paragraphs 9 and 10 are deleted, marks and all; mammoth merges them into paragraph 11,
    // where the surviving text stands.
    expect(doc.text).not.toContain('A pendant worn in place of the red spot');
    expect(byText(doc, 'the subcommentaries of the Theravada tradition.').origin.docxParagraph).toBe(8);
    expect(byText(doc, 'March 2009: Apache Tika Release').origin.docxParagraph).toBe(11);
    expect(doc.warnings).toEqual([]);
  });

  it('places cells of merged and nested tables in the grid columns a reader sees', async () => {
    const doc = await importDocument(corpusFile('python-docx/tbl-cell-access.docx'));
    // Table 2: "4" spans two columns, so "6" is in column 3. Table 3: "8" is merged into "5" above.
    expect(byText(doc, '6').origin.table).toBeDefined();
    const cell = (table: number, text: string): unknown => doc.blocks.find((b) => b.origin.table?.table === table && b.text === text)?.origin.table;
    expect(cell(2, '6')).toEqual({ table: 2, row: 2, column: 3 });
    expect(cell(3, '9')).toEqual({ table: 3, row: 3, column: 3 });
    expect(doc.blocks.filter((b) => b.origin.table?.table === 3).map((b) => b.text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '9']);

    const nested = await importDocument(corpusFile('pydocx/nested_table_rowspan.docx'));
    expect(nested.blocks.map((b) => [b.text, b.origin.table?.table])).toEqual([
      ['AAA', 1],
      ['BBB', 1],
      ['CCC', 2],
      ['DDD', 2],
      ['EEE', 2],
    ]);
    expect(nested.warnings).toEqual([]);
  });

  it('says so when footnotes or comments were left out', async () => {
    const footnotes = await importDocument(corpusFile('mammoth.js/footnotes.docx'));
    expect(footnotes.text).toContain('Ouch');
    expect(footnotes.warnings.map((w) => w.code)).toEqual(['CONTENT_SKIPPED']);
    expect(footnotes.warnings[0]?.message.en).toMatch(/footnotes or endnotes/);
    const comments = await importDocument(corpusFile('mammoth.js/comments.docx'));
    expect(comments.warnings[0]?.message.sv).toMatch(/kommentar/);
  });

  it('reads Word files with ISO Strict namespaces, UTF-8 byte-order marks and UTF-16 parts', async () => {
    expect((await importDocument(corpusFile('mammoth.js/strict-format.docx'))).text).toBe('Test');
    expect((await importDocument(corpusFile('mammoth.js/utf8-bom.docx'))).text).toBe('This XML has a byte order mark.');
    const xml = documentXml('', 'Hej från en UTF-16-fil med åäö').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect((await importDocument(wordPackage(utf16))).text).toBe('Hej från en UTF-16-fil med åäö');
  });

  it('takes title and author from core properties, and shrugs off a hostile properties part', async () => {
    const properties = (body: string): string =>
      `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${body}</cp:coreProperties>`;
    const titled = await importDocument(wordPackage(documentXml('', 'Brödtext'), properties('<dc:title>Policy för bemötande &amp; service</dc:title><dc:creator>Åsa Öberg</dc:creator>')));
    expect(titled.metadata).toMatchObject({ title: 'Policy för bemötande & service', author: 'Åsa Öberg' });

    // A million unterminated comments: a scanner that searched on from every '<' would take hours.
    const started = performance.now();
    const hostile = await importDocument(wordPackage(documentXml('', 'Brödtext'), properties('<dc:title>'.concat('<!--'.repeat(1_000_000)))));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(hostile.metadata.title).toBe('Brödtext');
    expect(hostile.metadata.author).toBeUndefined();
  });
});

describe('DOCX import of damaged and hostile files', () => {
  it('refuses a truncated file as damaged', async () => {
    const bytes = await buildSeed002Docx();
    await expect(importDocument(bytes.subarray(0, Math.floor(bytes.byteLength / 2)))).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    await expect(importDocument(corpusFile('apache-poi/truncated62886.docx'))).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    await expect(importDocument(corpusFile('tika/testWORD_truncated.docx'))).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });

  it('refuses a part whose compressed data is damaged', async () => {
    const bytes = Buffer.from(buildMinimalDocx(['Hej']));
    // Flip one byte inside the stored data of word/document.xml (the last entry's data).
    const at = bytes.indexOf('word/document.xml') + 'word/document.xml'.length + 5;
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    await expect(importDocument(new Uint8Array(bytes))).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });

  it('refuses the XXE test file and never fetches an entity or DTD', async () => {
    await expect(importDocument(corpusFile('apache-poi/ExternalEntityInText.docx'))).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
      params: { reason: expect.stringMatching(/entit/) },
    });

    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('<!ENTITY leak "LEAKED">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const referenced = wordFile(
        `<!DOCTYPE w:document [<!ENTITY remote SYSTEM "${url}/entity"><!ENTITY local SYSTEM "file:///etc/hostname">]>`,
        'Hej &remote; &local;',
      );
      await expect(importDocument(referenced)).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
      const externalDtd = wordFile(`<!DOCTYPE w:document SYSTEM "${url}/dtd">`, 'Hej världen');
      expect((await importDocument(externalDtd)).text).toBe('Hej världen');
    } finally {
      server.close();
    }
    expect(requests).toEqual([]);
  });

  it('refuses entity expansion ("billion laughs") at once', async () => {
    const levels = Array.from({ length: 8 }, (_, i) => `<!ENTITY e${i + 1} "${`&e${i};`.repeat(10)}">`).join('');
    const bytes = wordFile(`<!DOCTYPE w:document [<!ENTITY e0 "lol">${levels}]>`, '&e8;');
    const started = performance.now();
    await expect(importDocument(bytes)).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses zips that are not Word files with UNSUPPORTED_FORMAT, whatever their name', async () => {
    await expect(importDocument(corpusFile('mammoth.js/hello.zip'), { fileName: 'hello.docx' })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    const contentTypes = deflatedEntry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    const visio = writeZip([contentTypes, deflatedEntry('visio/document.xml', '<VisioDocument/>')]);
    await expect(importDocument(visio, { fileName: 'ritning.docx' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      params: { detected: 'Visio drawing (.vsdx)' },
    });
  });

  it('calls a Word package that lost its main document damaged', async () => {
    const contentTypes = deflatedEntry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    const bytes = writeZip([contentTypes, deflatedEntry('word/styles.xml', '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')]);
    await expect(importDocument(bytes)).rejects.toMatchObject({ code: 'CORRUPT_FILE', params: { reason: expect.stringMatching(/not a Word document/) } });
    await expect(importDocument(corpusFile('apache-poi/stress025.docx'))).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });

  it('fails a document without text with EMPTY_DOCUMENT', async () => {
    await expect(importDocument(corpusFile('mammoth.js/empty.docx'))).rejects.toMatchObject({ code: 'EMPTY_DOCUMENT' });
  });
});

/** A one-paragraph Word file whose document.xml starts with `doctype` and holds `text` as written. */
function wordFile(doctype: string, text: string): Uint8Array {
  return wordPackage(documentXml(doctype, text));
}

/** document.xml with one paragraph holding `text` as written (entities and all). */
function documentXml(doctype: string, text: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
}

/** A Word package around a main document part and, optionally, a core-properties part. */
function wordPackage(mainDocument: string | Uint8Array, coreProperties?: string): Uint8Array {
  const coreRelationship = coreProperties
    ? '<Relationship Id="r2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    : '';
  const relationships = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>${coreRelationship}</Relationships>`;
  return writeZip([
    deflatedEntry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    deflatedEntry('_rels/.rels', relationships),
    deflatedEntry('word/document.xml', mainDocument),
    ...(coreProperties ? [deflatedEntry('docProps/core.xml', coreProperties)] : []),
  ]);
}
