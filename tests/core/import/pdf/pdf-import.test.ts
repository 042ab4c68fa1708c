import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument, importDocumentIsolated, type ImportProgress } from '../../../../core/import/index.js';
import { BLOCK_SEPARATOR, type ImportedDocument } from '../../../../core/model/index.js';
import { buildLargeTextPdf } from '../../../fixtures/pdf/build-large-text-pdf.js';
import { buildSeed000Pdf, type Seed000Pdf } from '../../../fixtures/pdf/build-seed-000-pdf.js';
import { buildTextPdf } from '../../../fixtures/pdf/build-text-pdf.js';

const CORPUS = '/work/shared/corpus/';
const corpusFile = (path: string): Uint8Array => new Uint8Array(readFileSync(CORPUS + path));

/** User passwords of the corpus's protected PDFs, as MANIFEST.tsv records them ("\xad" escapes decoded). */
function corpusPasswords(): Map<string, string> {
  const passwords = new Map<string, string>();
  for (const line of readFileSync(`${CORPUS}MANIFEST.tsv`, 'utf8').split('\n')) {
    const [file, , , , , , note] = line.split('\t');
    const match = /PASSWORD-PROTECTED \(user password '(.*?)', from/.exec(note ?? '');
    if (file?.endsWith('.pdf') && match?.[1] !== undefined) {
      passwords.set(file, match[1].replace(/\\x([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    }
  }
  return passwords;
}

describe('PDF import of a slide deck (seed 000)', () => {
  let deck: Seed000Pdf;
  let doc: ImportedDocument;
  const progress: ImportProgress[] = [];

  beforeAll(async () => {
    deck = await buildSeed000Pdf();
    doc = await importDocument(deck.bytes, { fileName: 'vardegrundsforum.pdf', onProgress: (p) => progress.push(p) });
  });

  it('finds every slide title as a heading, on its page, cover title above the slide titles', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => ({ text: b.text, page: b.origin.page, level: b.level }));
    expect(headings).toEqual(deck.headings);
  });

  it('locates blocks by page, paragraph on the page and heading path', () => {
    const principles = doc.blocks.filter((b) => b.origin.page === 2 && b.kind === 'list-item');
    expect(principles.map((b) => b.text)).toEqual([
      'Demokrati',
      'Legalitet',
      'Objektivitet',
      'Fri åsiktsbildning',
      'Respekt för lika värde, frihet och värdighet',
      'Effektivitet och service',
    ]);
    expect(principles.map((b) => b.origin.paragraphOnPage)).toEqual([3, 4, 5, 6, 7, 8]);
    const mission = doc.blocks.find((b) => b.text.startsWith('Uppdraget är att'));
    expect(mission?.origin).toMatchObject({
      page: 3,
      paragraphOnPage: 2,
      headingPath: ['Värdegrundsforum 16 september 2014', 'Värdegrundsdelegationen'],
    });
    const questions = doc.blocks.filter((b) => b.origin.page === 8 && b.kind === 'list-item').map((b) => b.text);
    expect(questions).toEqual([
      'Vilka reflektioner väckte myndigheternas erfarenheter?',
      'Vad kan din myndighet lära av dessa exempel?',
      'Hur stärker den statliga värdegrunden den professionella statstjänstemannen?',
    ]);
  });

  it('keeps a paragraph that follows a one-line list item apart from it', () => {
    const texts = doc.blocks.filter((b) => b.origin.page === 5).map((b) => [b.kind, b.text]);
    expect(texts.at(-2)).toEqual(['list-item', 'Yttrandefrihet, meddelarfrihet och rätten att påtala missförhållanden']);
    expect(texts.at(-1)?.[0]).toBe('paragraph');
    expect(texts.at(-1)?.[1]).toMatch(/^Människovärdesprincipen, fri- och rättigheter/);
  });

  it('removes the repeated footer and the page numbers, and says how many lines went', () => {
    expect(doc.text).not.toContain('sidfoten');
    expect(doc.text).not.toContain('2014-09-17');
    expect(doc.blocks.filter((b) => /^\d+$/.test(b.text))).toEqual([]);
    const removal = doc.warnings.filter((w) => w.code === 'HEADERS_FOOTERS_REMOVED');
    expect(removal).toHaveLength(1);
    // One footer line and one page number per page that has them.
    expect(removal[0]?.message.en).toContain(`${deck.pagesWithFooter.length * 2} lines`);
    expect(removal[0]?.message.sv).toContain(`${deck.pagesWithFooter.length * 2} rader`);
  });

  it('undoes hyphenation at line ends but keeps "Utvecklings- och" and "IT-system"', () => {
    expect(doc.text).toContain('Att ha en anställning som statlig tjänsteman');
    expect(doc.text).toContain('i de årliga Utvecklings- och lönesamtalen');
    expect(doc.text).not.toContain('Utvecklingsoch');
    expect(doc.text).toContain('Våra nya IT-system för synpunktshantering');
    expect(doc.text).toContain('i ett fortsatt förankringsarbete.');
    expect(doc.text.match(/\p{Ll}- (?!och )\p{Ll}/gu) ?? []).toEqual([]);
  });

  it('keeps å, ä and ö', () => {
    expect(doc.text).toContain('Fri åsiktsbildning');
    expect(doc.text).toContain('Respekt för lika värde, frihet och värdighet');
    expect(doc.text).toContain('Förslag till diskussionsfrågor');
  });

  it('reads metadata and gives boxes inside the page, in PDF user space', async () => {
    expect(doc.metadata).toMatchObject({ format: 'pdf', pageCount: deck.pageCount, title: deck.title, author: deck.author, fileName: 'vardegrundsforum.pdf' });
    for (const block of doc.blocks) {
      const box = block.origin.box;
      expect(box).toBeDefined();
      if (!box) continue;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(720);
      expect(box.y + box.height).toBeLessThanOrEqual(540);
    }
    // Origin bottom-left: slide titles sit high on the page, body text below them.
    const title = doc.blocks.find((b) => b.text === 'Värdegrundsdelegationen');
    const body = doc.blocks.find((b) => b.text.startsWith('Uppdraget är att'));
    expect(title?.origin.box?.y).toBeGreaterThan(body?.origin.box?.y ?? Number.POSITIVE_INFINITY);

    const other = await importDocument(await buildLargeTextPdf(3));
    expect(other.metadata.fileSha256).not.toBe(doc.metadata.fileSha256);
    expect(other.metadata.textSha256).not.toBe(doc.metadata.textSha256);
    expect(doc.metadata.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the document-model invariants', () => {
    expect(doc.text).toBe(doc.blocks.map((b) => b.text).join(BLOCK_SEPARATOR));
    for (const block of doc.blocks) expect(doc.text.slice(block.span.start, block.span.end)).toBe(block.text);
  });

  it('reports progress page by page', () => {
    const pages = progress.filter((p) => p.stage === 'pages');
    expect(pages[0]).toEqual({ stage: 'pages', done: 0, total: deck.pageCount });
    expect(pages.at(-1)).toEqual({ stage: 'pages', done: deck.pageCount, total: deck.pageCount });
    expect(pages.map((p) => p.done)).toEqual([...Array(deck.pageCount + 1).keys()]);
  });

  it('gives the same document through the isolated (worker) importer', async () => {
    const isolated = await importDocumentIsolated(deck.bytes, { fileName: 'vardegrundsforum.pdf' });
    expect(isolated).toEqual(doc);
  });
});

describe('PDF layout repairs on controlled pages', () => {
  it('joins a paragraph that a page break cut, undoing the hyphenation across it', async () => {
    const bytes = await buildTextPdf([
      { lines: ['Myndigheten ska säkerställa att alla medarbetare som får en ny an-'] },
      { lines: ['ställning känner till den statliga värdegrunden.', '', 'Nästa stycke handlar om något annat.'] },
    ]);
    const doc = await importDocument(bytes);
    expect(doc.blocks.map((b) => [b.text, b.origin.page])).toEqual([
      ['Myndigheten ska säkerställa att alla medarbetare som får en ny anställning känner till den statliga värdegrunden.', 1],
      ['Nästa stycke handlar om något annat.', 2],
    ]);
  });

  it('removes a running header from a two-page document but keeps body text that repeats', async () => {
    const header = 'Länsstyrelsen i Jämtlands län – Riktlinje';
    const bytes = await buildTextPdf([
      { header, lines: ['Alla medarbetare ska känna till värdegrunden.', '', 'Mer om detta nedan.'] },
      { header, lines: ['Mer om detta nedan.', '', 'Chefen ansvarar för att riktlinjen följs.'] },
    ]);
    const doc = await importDocument(bytes);
    expect(doc.text).not.toContain('Jämtlands');
    expect(doc.blocks.filter((b) => b.text === 'Mer om detta nedan.')).toHaveLength(2);
    expect(doc.warnings.map((w) => w.code)).toContain('HEADERS_FOOTERS_REMOVED');
  });

  it('removes page numbers written as "Sida 2 av 3", "- 2 -" and "2 (3)"', async () => {
    const bytes = await buildTextPdf([
      { footer: 'Sida 1 av 3', lines: ['Första sidans text om tillgänglighet.'] },
      { footer: '- 2 -', lines: ['Andra sidans text om bemötande.'] },
      { footer: '3 (3)', lines: ['Tredje sidans text om service.'] },
    ]);
    const doc = await importDocument(bytes);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Första sidans text om tillgänglighet.',
      'Andra sidans text om bemötande.',
      'Tredje sidans text om service.',
    ]);
  });

  it('warns about a page without text and still imports the rest', async () => {
    const bytes = await buildTextPdf([{ lines: ['Inledning om värdegrunden.'] }, { lines: [] }, { lines: ['Avslutning.'] }]);
    const doc = await importDocument(bytes);
    expect(doc.warnings.filter((w) => w.code === 'PAGE_WITHOUT_TEXT').map((w) => w.page)).toEqual([2]);
    expect(doc.blocks.map((b) => b.origin.page)).toEqual([1, 3]);
  });

  it('reads a page with /Rotate 90 in its line order', async () => {
    const bytes = await buildTextPdf([
      { rotate: 90, lines: ['Första raden på en vriden sida utan punkt', 'fortsätter här och slutar med punkt.', '', 'Ett andra stycke.'] },
    ]);
    const doc = await importDocument(bytes);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Första raden på en vriden sida utan punkt fortsätter här och slutar med punkt.', 'Ett andra stycke.']);
    const box = doc.blocks[0]?.origin.box;
    // The box stays in unrotated user space, where the text was drawn.
    expect(box?.x).toBeGreaterThan(60);
    expect(box?.y).toBeGreaterThan(700);
  });
});

describe('PDF passwords', () => {
  const passwords = corpusPasswords();

  it('knows the corpus passwords', () => {
    expect(passwords.size).toBe(11);
  });

  it.each([
    ['pdf/pdfjs/issue21579.pdf', 'pässwört'],
    ['pdf/pdfjs/saslprep-r6.pdf', 'SªSL\u00ADprep'],
    ['pdf/pdfjs/issue15893_reduced.pdf', 'test'],
  ])('%s: required, incorrect, then opened with the right password', async (file, password) => {
    expect(passwords.get(file)).toBe(password);
    await expect(importDocument(corpusFile(file))).rejects.toMatchObject({ code: 'PASSWORD_REQUIRED' });
    await expect(importDocument(corpusFile(file), { password: 'fel-lösenord' })).rejects.toMatchObject({ code: 'PASSWORD_INCORRECT' });
    const doc = await importDocument(corpusFile(file), { password });
    expect(doc.metadata.wordCount).toBeGreaterThan(0);
  });

  it('opens all 11 password-protected corpus PDFs with their passwords', async () => {
    for (const [file, password] of passwords) {
      const outcome = await importDocument(corpusFile(file), { password }).then(
        () => 'imported',
        (error: { code?: string }) => error.code,
      );
      // A few protected test files hold only images or nothing; what matters is that they open.
      expect([file, outcome]).toEqual([file, expect.stringMatching(/^(imported|NO_TEXT_LAYER|EMPTY_DOCUMENT)$/)]);
    }
  });
});

describe('PDF errors', () => {
  it('refuses a document over the page limit before reading any page', async () => {
    const { bytes, pageCount } = await buildSeed000Pdf();
    const progress: ImportProgress[] = [];
    await expect(importDocument(bytes, { limits: { maxPages: 3 }, onProgress: (p) => progress.push(p) })).rejects.toMatchObject({
      code: 'TOO_MANY_PAGES',
      params: { pages: pageCount, limit: 3 },
    });
    expect(progress.filter((p) => p.stage === 'pages')).toEqual([]);
  });

  it.each(['pdf/pdfjs/REDHAT-1531897-0.pdf', 'pdf/pdfjs/bug1020226.pdf', 'pdf/pdfjs/issue21436.pdf'])('calls %s damaged', async (file) => {
    const error: unknown = await importDocument(corpusFile(file)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CORRUPT_FILE' });
    expect((error as { params: { reason: string } }).params.reason.length).toBeGreaterThan(3);
  });

  it('says a scanned PDF has no text layer', async () => {
    await expect(importDocument(corpusFile('pdf/swedish/scanned.pdf'))).rejects.toMatchObject({ code: 'NO_TEXT_LAYER' });
  });

  it('says a PDF without text or images is empty', async () => {
    await expect(importDocument(corpusFile('pdf/pdfjs/empty.pdf'))).rejects.toMatchObject({ code: 'EMPTY_DOCUMENT' });
    const blank = await buildTextPdf([{ lines: [] }, { lines: [] }]);
    await expect(importDocument(blank)).rejects.toMatchObject({ code: 'EMPTY_DOCUMENT' });
  });

  it('skips a page pdf.js cannot read and imports the others', async () => {
    const doc = await importDocument(corpusFile('pdf/pdfjs/Pages-tree-refs.pdf'));
    const skipped = doc.warnings.filter((w) => w.code === 'CONTENT_SKIPPED');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.page).toBe(2);
    expect(doc.blocks.length).toBeGreaterThan(0);
  });

  it('stops with the caller’s reason when cancelled between pages', async () => {
    const bytes = await buildLargeTextPdf(40);
    const controller = new AbortController();
    const reason = new Error('cancelled by the user');
    const run = importDocument(bytes, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'pages' && p.done === 2) controller.abort(reason);
      },
    });
    await expect(run).rejects.toMatchObject({ message: expect.stringContaining('cancelled by the user') });
  });

  it('times out with a typed error on a short time limit', async () => {
    const bytes = await buildLargeTextPdf(60);
    await expect(importDocument(bytes, { limits: { timeoutMs: 30 } })).rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});

describe('Swedish government PDFs from the corpus', () => {
  it.each([
    ['NFS-2007-10.pdf', ['Naturvårdsverkets föreskrifter', 'föryngring', 'Inventeringsansvarig']],
    ['custom-encoding.pdf', ['Regeringen föreslår att riksdagen', 'dubbelbeskattningsavtal', 'Öresund']],
    ['dir.-201615-dataskyddsforordningen.pdf', ['Dataskyddsförordningen', 'personuppgiftsbehandling', 'regeringen']],
    ['tillaggsdirektiv-till-forskningsdatautredningen-u-201604--dir.-201729.pdf', ['Kungl. biblioteket', 'personuppgifter', 'regeringen']],
  ])('%s reads as Swedish prose', async (file, phrases) => {
    const doc = await importDocument(corpusFile(`pdf/swedish/${file}`));
    for (const phrase of phrases) expect(doc.text.toLowerCase()).toContain(phrase.toLowerCase());
    const words = doc.text.toLowerCase().match(/\p{L}+/gu) ?? [];
    expect(words.filter((w) => w === 'och').length).toBeGreaterThan(20);
    expect(words.filter((w) => w === 'att').length).toBeGreaterThan(20);
    expect(words.filter((w) => /[åäö]/.test(w)).length / words.length).toBeGreaterThan(0.1);
    // Hyphenation left undone shows as "word- word"; only shared-part hyphens before "och"/"eller" may remain.
    expect(doc.text.match(/\p{Ll}{2}- (?!och |eller |samt )\p{Ll}/gu) ?? []).toEqual([]);
    // Nothing but a page number left as a block, and headers were found.
    expect(doc.blocks.filter((b) => /^\d{1,3}$/.test(b.text))).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toContain('HEADERS_FOOTERS_REMOVED');
    expect(doc.blocks.some((b) => b.kind === 'heading')).toBe(true);
  });

  it('finds the section headings of a committee directive', async () => {
    const doc = await importDocument(corpusFile('pdf/swedish/dir.-201615-dataskyddsforordningen.pdf'));
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(expect.arrayContaining(['Sammanfattning', 'Uppdraget']));
    const summary = doc.blocks.find((b) => b.text.startsWith('Inom kort förväntas EU besluta'));
    expect(summary?.origin.headingPath.at(-1)).toBe('Sammanfattning');
    expect(summary?.origin.page).toBe(1);
  });
});
