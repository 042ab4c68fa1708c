import { readFileSync } from 'node:fs';
import { importDocument, importDocumentIsolated } from '../../dist/core/import/index.js';
import { caseArgs, reportCase } from '../harness.js';

/**
 * Our import of one file, timed from bytes in memory to the finished document model.
 * `--isolated yes` measures the worker-thread importer the application uses; otherwise the
 * in-thread importer, which is what compares fairly with the bare library call.
 */
const args = caseArgs();
const bytes = new Uint8Array(readFileSync(args['file'] ?? ''));
const isolated = args['isolated'] === 'yes';
// Load the libraries before timing, as the bare case does with its static import.
await import('../../dist/core/import/pdf/extract-pdf.js');
await import('../../dist/core/import/docx/extract-docx.js');
const started = performance.now();
const document = isolated ? await importDocumentIsolated(bytes, { limits: { timeoutMs: 600_000 } }) : await importDocument(bytes, { limits: { timeoutMs: 600_000 } });
const ms = performance.now() - started;
reportCase(ms, { blocks: document.blocks.length, words: document.metadata.wordCount, pages: document.metadata.pageCount ?? 0 });
