import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { caseArgs, reportCase } from '../harness.js';

/** The bare library call: getDocument and getTextContent on every page, nothing else. */
const args = caseArgs();
const bytes = new Uint8Array(readFileSync(args['file'] ?? ''));
const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const started = performance.now();
const document = await pdfjs.getDocument({
  data: bytes,
  standardFontDataUrl: `${join(packageDir, 'standard_fonts')}/`,
  cMapUrl: `${join(packageDir, 'cmaps')}/`,
  cMapPacked: true,
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  verbosity: 0,
}).promise;
let items = 0;
for (let number = 1; number <= document.numPages; number++) {
  const page = await document.getPage(number);
  const content = await page.getTextContent();
  items += content.items.length;
  page.cleanup();
}
await document.destroy();
reportCase(performance.now() - started, { items, pages: document.numPages });
