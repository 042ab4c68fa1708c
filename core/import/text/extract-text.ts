import type { ExtractionResult } from '../raw-block.js';
import { decodeText, splitLines } from './decode-text.js';
import { parseMarkdown } from './parse-markdown.js';
import { parsePlainText } from './parse-plain-text.js';

/** Extracts blocks from a plain-text or Markdown file. */
export function extractText(bytes: Uint8Array, markdown: boolean): ExtractionResult {
  const { text, warnings } = decodeText(bytes);
  const lines = splitLines(text);
  const blocks = markdown ? parseMarkdown(lines) : parsePlainText(lines);
  return { blocks, warnings };
}
