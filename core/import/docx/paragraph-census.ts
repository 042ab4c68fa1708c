import { CensusTables } from './census-tables.js';
import { NamespaceNames } from './xml/namespace-names.js';
import { XmlScanner, attributeByLocalName } from './xml/xml-scanner.js';

/**
 * Numbers paragraphs the way Word counts them, for the paragraphs mammoth hands us.
 *
 * mammoth's document model keeps every body paragraph (also empty ones and those in table
 * cells) in document order, which is what a person counting in Word expects, with a few
 * exceptions this census corrects:
 * - text-box paragraphs are nested inside a body paragraph in the XML, but mammoth lifts them
 *   out to follow it; Word keeps text boxes in a separate story and does not count them. They
 *   get the number of the paragraph they are anchored in and do not advance the count.
 * - a paragraph whose mark is deleted (tracked changes) is merged by mammoth into the next
 *   one; Word still counts both. The merged paragraph gets the number of the first of them
 *   that has visible (not deleted) text, since that is where its text starts.
 * - rows deleted with tracked changes, and the continuation cells of vertically merged cells,
 *   are dropped by mammoth; Word still counts their (usually empty) paragraphs.
 *
 * To stay aligned, the census walks the XML with mammoth's own reading rules (which elements
 * it descends into, mc:AlternateContent read through mc:Fallback, only the first w:body), and
 * emits one number per paragraph mammoth will produce, in the order mammoth produces them.
 * The caller compares the counts and falls back to mammoth's order if they ever differ.
 */
export interface ParagraphCensus {
  /** For the n-th paragraph in mammoth's model (0-based), its 1-based Word paragraph number. */
  readonly numbers: readonly number[];
  /** How many paragraphs Word counts in the body. */
  readonly bodyParagraphs: number;
}

/** The namespaces the census needs, by every URI mammoth maps to them (transitional and Strict). */
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
  ['urn:schemas-microsoft-com:vml', 'v'],
]);

/**
 * Elements whose children mammoth's body reader reads as content (body-reader.js,
 * `xmlElementReaders` entries that recurse). w:sdt and mc:AlternateContent are handled
 * separately because mammoth reads only one of their children.
 */
const DESCENDS = new Set([
  'w:p', 'w:r', 'w:hyperlink', 'w:tbl', 'w:tr', 'w:tc',
  'w:customXml', 'w:ins', 'w:moveFromRangeEnd', 'w:moveFromRangeStart', 'w:moveTo', 'w:moveToRangeEnd', 'w:moveToRangeStart',
  'w:object', 'w:smartTag', 'w:pict', 'v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'v:group', 'v:rect',
]);

/** Elements mammoth turns into something in its model: found directly in a table or row, they make it irregular. */
const PRODUCES_CONTENT = new Set([
  'w:p', 'w:r', 'w:t', 'w:tab', 'w:noBreakHyphen', 'w:softHyphen', 'w:sym', 'w:hyperlink', 'w:tbl',
  'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:br',
]);

/** Which table structure an element sits in, nearest first. */
const Structure = { None: 0, Table: 1, Row: 2, Cell: 3 } as const;
type Structure = (typeof Structure)[keyof typeof Structure];

/** Counts the paragraphs of a main document part (word/document.xml). Linear in its length. */
export function takeParagraphCensus(xml: string): ParagraphCensus {
  const scanner = new XmlScanner(xml);
  const names = new NamespaceNames(PREFIXES);
  const tables = new CensusTables();
  /** Word numbers per mammoth paragraph; 0 marks an entry withdrawn with a merged cell. */
  const numbers: number[] = [];

  // One slot per open element, indexed by depth (arrays, not objects: documents have millions of elements).
  const frameName: string[] = [];
  /** Whether mammoth reads this element itself (it is content, not skipped). */
  const frameRead: boolean[] = [];
  /** Whether mammoth reads this element's children as content. */
  const frameChildrenRead: boolean[] = [];
  const frameStructure: Structure[] = [];
  /** Paragraph frames: the body-story number it got, or 0 for text-box paragraphs / non-paragraphs. */
  const frameBodyNumber: number[] = [];
  /** Paragraph frames: index of its entry in `numbers`, or -1. */
  const frameEntry: number[] = [];
  /** Paragraph frames: the pending deleted-paragraph number it consumed, or 0. */
  const frameUsedPending: number[] = [];
  /** Paragraph frames: whether its mark is deleted, and the visible-text count when it opened. */
  const frameDeleted: boolean[] = [];
  const frameTextBefore: number[] = [];
  let depth = 0;
  /** Text runs mammoth reads (w:t outside deletions), counted to see whether a paragraph has visible text. */
  let visibleTexts = 0;

  let bodyState: 'before' | 'inside' | 'after' = 'before';
  let bodyDepth = -1;
  let textBoxDepth = 0;
  let choiceDepth = 0;
  let bodyCount = 0;
  const openBodyParagraphs: number[] = [];
  let pendingDeleted = 0;

  const open = (name: string, rawAttributes: string): void => {
    const parent = depth - 1;
    const parentName = parent >= 0 ? frameName[parent] : undefined;
    const parentChildrenRead = parent >= 0 && frameChildrenRead[parent] === true;
    const parentRead = parent >= 0 && frameRead[parent] === true;
    const parentStructure = parent >= 0 ? (frameStructure[parent] ?? Structure.None) : Structure.None;

    // A cell's properties come first; anything else in the cell means they are complete.
    if (parentName === 'w:tc' && name !== 'w:tcPr' && tables.isPending(parent)) tables.decideCell(parent);

    let read = parentChildrenRead;
    let childrenRead = false;
    if (name === 'w:body' && bodyState === 'before' && depth === 1) {
      // mammoth reads the first w:body under the root only (document-xml-reader.js).
      bodyState = 'inside';
      bodyDepth = depth;
      childrenRead = true;
    } else if (name === 'mc:Fallback') {
      // mammoth replaces mc:AlternateContent by its mc:Fallback's children everywhere.
      read = parentName === 'mc:AlternateContent' && parentRead;
      childrenRead = read;
    } else if (name === 'mc:AlternateContent') {
      childrenRead = false;
    } else if (name === 'w:sdtContent') {
      read = parentName === 'w:sdt' && parentRead;
      childrenRead = read;
    } else if (read) {
      childrenRead = DESCENDS.has(name);
    }
    if (name === 'mc:Choice') choiceDepth++;
    if (name === 'w:txbxContent') textBoxDepth++;

    let structure: Structure = parentStructure;
    if (name === 'w:tbl') structure = Structure.Table;
    else if (name === 'w:tr') structure = Structure.Row;
    else if (name === 'w:tc') structure = Structure.Cell;

    if (read && bodyState === 'inside') {
      const strayInTable = parentStructure === Structure.Table && (name === 'w:tc' || PRODUCES_CONTENT.has(name) || isRealBookmark(name, rawAttributes));
      const strayInRow = parentStructure === Structure.Row && (name === 'w:tr' || PRODUCES_CONTENT.has(name) || isRealBookmark(name, rawAttributes));
      if (strayInTable || strayInRow) tables.markIrregular();
    }
    if (name === 'w:tbl') tables.openTable();
    if (name === 'w:tr' && read) tables.openRow();
    if (name === 'w:tc' && read && parentStructure === Structure.Row) tables.openCell(depth);
    if ((name === 'w:gridSpan' || name === 'w:vMerge') && parentName === 'w:tcPr' && frameName[parent - 1] === 'w:tc') {
      tables.setCellProperty(parent - 1, name === 'w:gridSpan' ? 'gridSpan' : 'vMerge', attributeByLocalName(rawAttributes, 'val'));
    }

    let bodyNumber = 0;
    let entry = -1;
    let usedPending = 0;
    if (name === 'w:p' && bodyState === 'inside') {
      if (textBoxDepth === 0 && choiceDepth === 0) {
        bodyNumber = ++bodyCount;
        openBodyParagraphs.push(bodyNumber);
      }
      if (read) {
        const own = bodyNumber !== 0 ? bodyNumber : (openBodyParagraphs.at(-1) ?? Math.max(1, bodyCount));
        usedPending = pendingDeleted;
        pendingDeleted = 0;
        entry = numbers.length;
        numbers.push(usedPending !== 0 ? usedPending : own);
        tables.noteEntry(entry);
      }
    }

    if (name === 'w:del') markDeletion(parent);
    if (name === 'w:t' && read) visibleTexts++;

    frameName[depth] = name;
    frameRead[depth] = read;
    frameChildrenRead[depth] = childrenRead;
    frameStructure[depth] = structure;
    frameBodyNumber[depth] = bodyNumber;
    frameEntry[depth] = entry;
    frameUsedPending[depth] = usedPending;
    frameDeleted[depth] = false;
    frameTextBefore[depth] = visibleTexts;
    depth++;
  };

  /** A w:del under w:pPr/w:rPr deletes its paragraph's mark; under w:trPr it deletes the row. */
  const markDeletion = (parent: number): void => {
    if (parent < 1) return;
    if (frameName[parent] === 'w:trPr' && frameName[parent - 1] === 'w:tr') {
      frameChildrenRead[parent - 1] = false; // mammoth skips the row's cells
      return;
    }
    const paragraph = parent - 2;
    if (frameName[parent] !== 'w:rPr' || frameName[parent - 1] !== 'w:pPr' || paragraph < 0 || frameName[paragraph] !== 'w:p') return;
    const entry = frameEntry[paragraph] ?? -1;
    // w:pPr comes first in a paragraph, so its entry is still the last one.
    if (entry < 0 || entry !== numbers.length - 1) return;
    tables.withdrawEntry(entry);
    numbers.pop();
    frameEntry[paragraph] = -1;
    frameDeleted[paragraph] = true;
    // Its content moves on to the next paragraph, and so does any number it had taken over.
    pendingDeleted = frameUsedPending[paragraph] ?? 0;
  };

  /** A deleted-mark paragraph with visible text is where the merged paragraph's text starts. */
  const closeDeletedParagraph = (paragraph: number): void => {
    if (pendingDeleted !== 0 || visibleTexts === (frameTextBefore[paragraph] ?? 0)) return;
    pendingDeleted = frameBodyNumber[paragraph] || (openBodyParagraphs.at(-1) ?? 0);
  };

  const close = (): void => {
    depth--;
    const name = frameName[depth];
    if (name === 'mc:Choice') choiceDepth--;
    else if (name === 'w:txbxContent') textBoxDepth--;
    else if (name === 'w:p') {
      if (frameDeleted[depth] === true) closeDeletedParagraph(depth);
      if ((frameBodyNumber[depth] ?? 0) !== 0) openBodyParagraphs.pop();
    }
    else if (name === 'w:tcPr' && frameName[depth - 1] === 'w:tc') tables.decideCell(depth - 1);
    else if (name === 'w:tc') tables.closeCell(depth);
    else if (name === 'w:tbl') for (const entry of tables.closeTable()) numbers[entry] = 0;
    if (depth === bodyDepth && bodyState === 'inside') bodyState = 'after';
  };

  while (scanner.next()) {
    if (scanner.kind === 'end') {
      if (depth === 0) continue;
      close();
      names.exit();
      continue;
    }
    names.enter(scanner.rawAttributes);
    open(names.canonical(scanner.name), scanner.rawAttributes);
    if (scanner.kind === 'empty') {
      close();
      names.exit();
    }
  }
  return { numbers: numbers.filter((n) => n !== 0), bodyParagraphs: bodyCount };
}

/** mammoth ignores the bookmark Word uses for "last edit position" and keeps all others. */
function isRealBookmark(name: string, rawAttributes: string): boolean {
  return name === 'w:bookmarkStart' && attributeByLocalName(rawAttributes, 'name') !== '_GoBack';
}
