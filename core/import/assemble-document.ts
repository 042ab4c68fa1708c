import { createHash } from 'node:crypto';
import {
  BLOCK_SEPARATOR,
  type Block,
  type BlockOrigin,
  type DocumentFormat,
  type ImportedDocument,
} from '../model/document.js';
import type { ExtractionResult, RawBlock } from './raw-block.js';
import { countWords, normalizeBlockText } from './normalize-text.js';

export interface AssembleInput {
  readonly extraction: ExtractionResult;
  readonly format: DocumentFormat;
  readonly bytes: Uint8Array;
  readonly fileName?: string;
}

/** Longest title taken from the document's first line when it has no better one. */
const MAX_FALLBACK_TITLE = 120;

/**
 * Turns extracted raw blocks into the located document model: normalises each block's text,
 * drops blocks that are empty after normalisation, numbers blocks per PDF page, records the
 * heading path above each block, joins the texts with BLOCK_SEPARATOR and computes spans,
 * word count and hashes.
 */
export function assembleDocument(input: AssembleInput): ImportedDocument {
  const { extraction, format, bytes, fileName } = input;
  const blocks: Block[] = [];
  const headingStack: { level: number; text: string }[] = [];
  const paragraphsOnPage = new Map<number, number>();
  let offset = 0;

  for (const raw of extraction.blocks) {
    const text = flatCopy(normalizeBlockText(raw.text));
    if (text.length === 0) continue;

    const level = raw.kind === 'heading' ? clampLevel(raw.level) : undefined;
    if (level !== undefined) {
      while (headingStack.length > 0 && (headingStack.at(-1)?.level ?? 0) >= level) headingStack.pop();
    }
    const origin = buildOrigin(raw, headingStack.map((h) => h.text), paragraphsOnPage);
    if (level !== undefined) headingStack.push({ level, text });

    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length;
    blocks.push({
      id: `b${blocks.length + 1}`,
      kind: raw.kind,
      ...(level !== undefined ? { level } : {}),
      text,
      span: { start: offset, end: offset + text.length },
      origin,
    });
    offset += text.length;
  }

  const text = blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
  const title = chooseTitle(extraction.title, blocks);
  const author = extraction.author ? normalizeBlockText(extraction.author) : '';
  return {
    text,
    blocks,
    metadata: {
      format,
      title,
      ...(fileName ? { fileName: baseName(fileName) } : {}),
      ...(extraction.pageCount !== undefined ? { pageCount: extraction.pageCount } : {}),
      wordCount: countWords(text),
      byteLength: bytes.byteLength,
      fileSha256: sha256Hex(bytes),
      textSha256: sha256Hex(Buffer.from(text, 'utf8')),
      ...(author ? { author } : {}),
    },
    warnings: extraction.warnings,
  };
}

function buildOrigin(raw: RawBlock, headingPath: string[], paragraphsOnPage: Map<number, number>): BlockOrigin {
  let paragraphOnPage: number | undefined;
  if (raw.page !== undefined) {
    paragraphOnPage = (paragraphsOnPage.get(raw.page) ?? 0) + 1;
    paragraphsOnPage.set(raw.page, paragraphOnPage);
  }
  return {
    ...(raw.page !== undefined ? { page: raw.page, paragraphOnPage } : {}),
    ...(raw.box ? { box: raw.box } : {}),
    ...(raw.docxParagraph !== undefined ? { docxParagraph: raw.docxParagraph } : {}),
    ...(raw.line !== undefined ? { line: raw.line } : {}),
    ...(raw.table ? { table: raw.table } : {}),
    headingPath,
  };
}

function clampLevel(level: number | undefined): number {
  if (level === undefined || !Number.isFinite(level)) return 1;
  return Math.min(6, Math.max(1, Math.round(level)));
}

/** Titles that authoring tools write by default and that say nothing about the document. */
const JUNK_TITLE = /^(untitled|namnlös|dokument\d*|document\d*|microsoft word - .*|slide \d+|rubrik)$/i;

function chooseTitle(metadataTitle: string | undefined, blocks: readonly Block[]): string {
  const fromMetadata = metadataTitle ? normalizeBlockText(metadataTitle) : '';
  if (fromMetadata && !JUNK_TITLE.test(fromMetadata)) return fromMetadata;
  const heading = blocks.find((b) => b.kind === 'heading');
  if (heading) return heading.text;
  const first = blocks[0]?.text ?? '';
  return first.length > MAX_FALLBACK_TITLE ? `${first.slice(0, MAX_FALLBACK_TITLE - 1).trimEnd()}…` : first;
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The same characters in a string of its own. A block's text is usually a slice of a larger
 * string (the extracted page or the whole input), and V8 reads every character of a slice
 * through its parent: the tokenizer, which reads each character of every check, ran about 12%
 * slower on slices. The copy is made once per import. A JSON round trip is lossless for every
 * string, lone surrogates included (they are written as \u escapes).
 */
function flatCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
