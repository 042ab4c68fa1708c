import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it, vi } from 'vitest';
import { checklistDocx } from '../../../core/export/checklist-docx.js';
import { PRINCIPLES } from '../../../core/principles/principles.js';
import { ALLERGY_REASON, buildVersion1, buildVersion2, HOSTILE, SIGNATURES } from './build-test-checklist.js';

/**
 * The Word export read back by independent readers: mammoth (as the importer does) for the
 * text and the headings, JSZip for the package parts Word needs.
 */
const v1 = buildVersion1();
const v2 = buildVersion2(v1);
const [v1Sv, v2Sv, v2En] = await Promise.all([checklistDocx(v1.checklist, 'sv'), checklistDocx(v2.checklist, 'sv'), checklistDocx(v2.checklist, 'en')]);

const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const rawText = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: toBuffer(bytes) })).value;
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const lines = async (bytes: Uint8Array) => (await rawText(bytes)).split('\n').filter((line) => line.trim() !== '');

describe('checklistDocx', () => {
  it('is a Word package with the document, styles and core properties', async () => {
    expect([...v2Sv.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const zip = await JSZip.loadAsync(v2Sv);
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml', 'word/_rels/document.xml.rels']) expect(zip.file(part), part).not.toBeNull();
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>Granskningslista: Städerska till Statens fastighetsverk i Stockholm</dc:title>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-07T13:00:00.000Z</dcterms:created>');
    expect(core).toContain('<dc:subject>Lokalvårdare Stockholm 2025 &amp; &lt;vikariat&gt;, version 2</dc:subject>');
  });

  it('sets Swedish proofing for Swedish and English proofing for English', async () => {
    const styles = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('word/styles.xml')!.async('string');
    expect(await styles(v2Sv)).toMatch(/<w:docDefaults>.*<w:lang w:val="sv-SE"\/>.*<\/w:docDefaults>/s);
    expect(await styles(v2En)).toMatch(/<w:docDefaults>.*<w:lang w:val="en-GB"\/>.*<\/w:docDefaults>/s);
  });

  it('uses real Word headings: the title, one Heading 1 per principle in order and Heading 2 for questions', async () => {
    const { value: page } = await mammoth.convertToHtml({ buffer: toBuffer(v2Sv) });
    const h1 = [...page.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]);
    expect(h1).toEqual([
      'Uppgifter om granskningen',
      'Sammanfattning',
      ...PRINCIPLES.map((p, i) => `${i + 1}. ${p.name.sv}`),
      'Åtgärdat sedan förra versionen',
      'Ändringar sedan förra versionen',
      'Underskrifter',
    ]);
    expect([...page.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual(['Stående frågor', 'Stående frågor']);
    const styles = await (await JSZip.loadAsync(v2Sv)).file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>/s);
  });

  it('has every item in a table row with its decision, reason and who decided when', async () => {
    const { value: page } = await mammoth.convertToHtml({ buffer: toBuffer(v2Sv) });
    // Each row's cells as text, as Word shows them.
    const rows = page.split('<tr>').slice(1).map((row) => row.split('</td>').map(textOf));
    for (const item of v2.checklist.items) {
      const first = `${item.position + 1}. ${item.kind === 'finding' ? { error: 'Fel', warning: 'Varning', info: 'Info' }[item.severity] : item.title.sv}`;
      const row = rows.find((cells) => cells[0]?.startsWith(first));
      expect(row, item.key).toBeDefined();
      const decision = item.decision!;
      const word = { open: 'Öppen', fixed: 'Åtgärdad', accepted: 'Accepterad', 'not-applicable': 'Ej tillämplig' }[decision.decision];
      const offset = item.kind === 'finding' ? 3 : 2;
      expect(row![offset], item.key).toBe(`☑ ${word}`);
      expect(row![offset + 1]).toBe(decision.reason ?? '');
      expect(row![offset + 2]).toBe(`${decision.reviewer} ${decision.decidedAt.slice(0, 10)} ${decision.decidedAt.slice(11, 16)} UTC`);
      if (item.kind === 'finding') {
        expect(row![1]).toBe(item.occurrences.length === 0 ? 'hela dokumentet' : item.occurrences.map((o) => `rad ${o.origin!.line}`).join(' '));
        for (const o of item.occurrences) expect(row![2]).toContain(`«${o.quote}»`);
      } else {
        expect(row![1]).toBe(`${item.answerPrompt!.sv} ${decision.answer!}`);
      }
    }
    expect(await rawText(v2Sv)).toContain(ALLERGY_REASON);
    expect(await rawText(v2Sv)).toContain(HOSTILE);
  });

  it('puts every occurrence of a grouped item in its location cell, one per paragraph', async () => {
    const grouped = v2.checklist.items.find((i) => i.occurrences.length === 2)!;
    const paragraphs = await lines(v2Sv);
    const at = paragraphs.indexOf(grouped.title.sv);
    expect(paragraphs.slice(at + 2, at + 4)).toEqual(['rad 1', 'rad 3']);
  });

  it('has the questions with their answers, the resolved item, the changes and the signatures with fingerprints', async () => {
    const text = await rawText(v2Sv);
    expect(text).toMatch(/Protokollsreferens:\s+Protokoll 2025-03-04 § 12/);
    expect(text).toMatch(/«Han\/hon»\s+Åtgärdad\s+Åsa Öberg, 2025-03-03 09:30 UTC/);
    expect(text).toMatch(/Ändrat\s+rad 13 → rad 13\s+Han\/hon ska kunna/);
    expect(text).toMatch(/Tillagt\s+rad 19\s+–\s+Vi tror att du är ung och energisk\./);
    for (const s of SIGNATURES) expect(text).toMatch(new RegExp(`${s.reviewer}\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\s+${s.keyFingerprint}`));
    expect(text).not.toContain('Namnförtydligande');
  });

  it('leaves answer fields and a paper signature row empty when nothing is filled in yet', async () => {
    const text = await rawText(v1Sv);
    expect(text).toMatch(/Vem prövade och när:\s+☐ Öppen\s+inte beslutad/);
    expect(text).toMatch(/Underskrift\s+Namnförtydligande\s+Datum/);
    expect(text).toContain('Inga punkter från förra versionen har åtgärdats.');
  });

  it('gives the same bytes for the same checklist, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2031-07-15T03:04:05Z') });
    const again = await checklistDocx(v2.checklist, 'sv').finally(() => vi.useRealTimers());
    expect(Buffer.compare(toBuffer(again), toBuffer(v2Sv))).toBe(0);
    // The first entry's DOS time and date (local file header, bytes 10–13): the completion time, 2025-03-07 14:00 UTC.
    const view = new DataView(again.buffer, again.byteOffset, again.byteLength);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63]).toEqual([2025, 3, 7, 14, 0]);
  });

  it('speaks English on request', async () => {
    const text = await rawText(v2En);
    expect(text).toContain('Review checklist: ');
    expect(text).toContain('5. Respect for equal value, freedom and dignity');
    expect(text).toContain('☑ Not applicable');
    expect(text).not.toContain('Motivering');
  });
});
