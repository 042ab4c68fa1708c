import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { caseArgs, reportCase } from '../harness.js';

/** The bare library call: mammoth.convertToHtml on the file's bytes. */
const args = caseArgs();
const buffer = readFileSync(args['file'] ?? '');
const started = performance.now();
const result = await mammoth.convertToHtml({ buffer });
reportCase(performance.now() - started, { htmlLength: result.value.length });
