import { VardekollenError } from '../../errors/index.js';
import type { ImportWarning } from '../../model/document.js';
import type { ExtractContext } from '../extract-context.js';
import type { ExtractionResult } from '../raw-block.js';
import { buildBlocks, type BuiltBlocks } from './build-blocks.js';
import { convertWithMammoth, type MammothMessage } from './convert-with-mammoth.js';
import { DocxPackage } from './docx-package.js';
import { CORE_PROPERTIES_UNREADABLE, PARAGRAPH_NUMBERS_APPROXIMATE, notesAndCommentsSkipped } from './docx-warnings.js';
import type { ModelDocument } from './mammoth-model.js';
import { mapMammothError } from './map-mammoth-error.js';
import {
  findCorePropertiesPath,
  findMainDocumentPath,
  findRelatedPartPath,
  readRelationships,
  relationshipsPathOf,
} from './package-relationships.js';
import { takeParagraphCensus } from './paragraph-census.js';
import { readCoreProperties, type CoreProperties } from './read-core-properties.js';
import { readHeadingStyles } from './read-heading-styles.js';
import { nonWordPackageError } from './refuse-non-word-package.js';
import { skippedElementsWarning } from './skipped-elements.js';
import { ZipArchive } from './zip/zip-archive.js';

/** Progress steps: zip checked, document read by mammoth, blocks built. */
const STEPS = 3;

/**
 * Extracts the blocks of a Word (.docx/.docm/.dotx) file.
 *
 * 1. The zip's directory is read and checked for zip-bomb shapes before anything is inflated
 *    (TOO_LARGE_UNCOMPRESSED); damage is CORRUPT_FILE; another kind of zip is UNSUPPORTED_FORMAT.
 * 2. mammoth reads the document through our bounded zip reader and hands its document model
 *    to `transformDocument`, where we build the blocks in one pass; we return an empty
 *    document so mammoth's HTML writer has nothing to do. mammoth runs once.
 * 3. A linear census of the main document's XML gives each block the paragraph number Word
 *    would count (see paragraph-census.ts).
 *
 * Footnotes, endnotes and comments are not imported (a CONTENT_SKIPPED warning says how many
 * the text refers to); headers and footers are not part of the body and are not read; text
 * boxes are kept where mammoth reads them. Title and author come from docProps/core.xml.
 */
export async function extractDocx(bytes: Uint8Array, context: ExtractContext): Promise<ExtractionResult> {
  const progress = (done: number): void => context.reportProgress({ stage: 'pages', done, total: STEPS });
  progress(0);

  const archive = ZipArchive.open(bytes, context.limits.maxUncompressedBytes);
  const docx = new DocxPackage(archive, context.checkpoint);
  const relationships = docx.has('_rels/.rels') ? readRelationships(docx.readText('_rels/.rels')) : [];
  const exists = (name: string): boolean => docx.has(name);
  const mainPath = findMainDocumentPath(relationships, exists);
  if (!docx.has(mainPath) || /^(?:xl|ppt|visio)\//.test(mainPath)) throw nonWordPackageError(archive.names, mainPath);
  progress(1);
  context.checkpoint();

  let built: BuiltBlocks | undefined;
  let censusMatched = true;
  let walkFailure: { error: unknown } | undefined;
  const transformDocument = (value: unknown): unknown => {
    const document = value as ModelDocument;
    try {
      progress(2);
      context.checkpoint();
      const headingStyles = readStyles(docx, mainPath);
      const census = takeParagraphCensus(docx.readText(mainPath));
      built = buildBlocks(document, census.numbers, headingStyles);
      if (built.paragraphCount !== census.numbers.length) {
        // Our census and mammoth disagree on how many paragraphs there are: numbering by the
        // census would shift every later paragraph, so number in mammoth's order instead.
        censusMatched = false;
        built = buildBlocks(document, undefined, headingStyles);
      }
    } catch (error) {
      // Thrown back after mammoth returns, so that our own failures are not mistaken for
      // mammoth's (which mean a damaged file).
      walkFailure = { error };
    }
    return { ...document, children: [] };
  };

  let messages: readonly MammothMessage[];
  try {
    messages = await convertWithMammoth(docx.mammothFile(), transformDocument);
  } catch (error) {
    throw mapMammothError(error);
  }
  if (walkFailure) throw walkFailure.error;
  if (!built) throw new Error('mammoth finished without handing over its document model');
  context.checkpoint();

  const warnings: ImportWarning[] = [];
  if (built.noteReferences > 0 || built.commentReferences > 0) {
    warnings.push(notesAndCommentsSkipped(built.noteReferences, built.commentReferences));
  }
  const skipped = skippedElementsWarning(messages);
  if (skipped) warnings.push(skipped);
  if (!censusMatched) warnings.push(PARAGRAPH_NUMBERS_APPROXIMATE);
  const properties = readProperties(docx, findCorePropertiesPath(relationships, exists), warnings);
  docx.release();
  progress(3);

  return {
    blocks: built.blocks,
    ...(properties.title ? { title: properties.title } : {}),
    ...(properties.author ? { author: properties.author } : {}),
    warnings,
  };
}

/**
 * Heading levels by paragraph style, from the styles part mammoth has just read (so the text
 * comes from the package's cache, not from a second inflate).
 */
function readStyles(docx: DocxPackage, mainPath: string): ReadonlyMap<string, number> {
  const relationshipsPath = relationshipsPathOf(mainPath);
  const relationships = docx.has(relationshipsPath) ? readRelationships(docx.readText(relationshipsPath)) : [];
  const stylesPath = findRelatedPartPath(relationships, mainPath, 'styles', (name) => docx.has(name));
  return docx.has(stylesPath) ? readHeadingStyles(docx.readText(stylesPath)) : new Map();
}

/** Title and author; a damaged properties part costs a warning, not the document. */
function readProperties(docx: DocxPackage, path: string | undefined, warnings: ImportWarning[]): CoreProperties {
  if (path === undefined) return {};
  try {
    return readCoreProperties(docx.readText(path));
  } catch (error) {
    // Only damage of the part itself is tolerated; a timeout or a bug still propagates.
    if (error instanceof VardekollenError && error.code === 'CORRUPT_FILE') {
      warnings.push(CORE_PROPERTIES_UNREADABLE);
      return {};
    }
    throw error;
  }
}
