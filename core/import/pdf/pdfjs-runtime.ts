import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The pdf.js module as the legacy (Node-compatible) build exports it. */
export type Pdfjs = typeof PdfjsModule;

/** The document parameters we always pass, besides the bytes and the password. */
export interface PdfjsBaseParameters {
  readonly standardFontDataUrl: string;
  readonly cMapUrl: string;
  readonly cMapPacked: true;
  readonly isEvalSupported: false;
  readonly disableFontFace: true;
  readonly useSystemFonts: false;
  readonly verbosity: number;
  readonly stopAtErrors: false;
}

let pdfjsPromise: Promise<Pdfjs> | undefined;
let baseParameters: PdfjsBaseParameters | undefined;

/**
 * Loads pdf.js once per process. Only the legacy build runs on Node 20 (the modern build
 * needs newer built-ins), and it is loaded on demand because most imports never need it.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').catch((error: unknown) => {
    // Let a later import retry instead of caching a failed module load for the process lifetime.
    pdfjsPromise = undefined;
    throw error;
  });
  return pdfjsPromise;
}

/**
 * The getDocument parameters shared by every load. Fonts and CMaps come from the installed
 * package's own folders as file-system paths (pdf.js reads them with `fs` in Node), so the
 * importer never touches the network. Eval is off (pdf.js would otherwise compile PDF
 * functions with `new Function`), fonts are never handed to a font loader or looked up on the
 * system, and only errors are logged.
 */
export function pdfjsBaseParameters(pdfjs: Pdfjs): PdfjsBaseParameters {
  if (!baseParameters) {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    baseParameters = {
      standardFontDataUrl: directoryUrl(packageDir, 'standard_fonts'),
      cMapUrl: directoryUrl(packageDir, 'cmaps'),
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      // Recover what can be recovered from damaged content streams rather than failing a page.
      stopAtErrors: false,
    };
  }
  return baseParameters;
}

/** pdf.js appends file names to these "URLs" and insists on a trailing slash. */
function directoryUrl(packageDir: string, folder: string): string {
  return `${path.join(packageDir, folder)}/`;
}

/** A page's text as `getTextContent` returns it. */
export type PdfTextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
/** One positioned text item (as opposed to a marked-content marker). */
export type PdfTextItem = Extract<PdfTextContent['items'][number], { str: string }>;
