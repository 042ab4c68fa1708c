import { VardekollenError } from '../../errors/index.js';
import { checklistHtml } from '../../export/checklist-html.js';
import { checklistJson } from '../../export/checklist-json.js';
import { checklistMarkdown } from '../../export/checklist-markdown.js';
import { checklistSarif } from '../../export/checklist-sarif.js';
import { serializeSignedFile, type SignedFile } from '../../signoff/signed-file.js';
import { EXPORT_FORMATS, type ExportedFile, type ExportRequest } from '../review-contract.js';
import type { ServiceDeps } from '../service-deps.js';

const encoder = new TextEncoder();

export function exportActions(deps: ServiceDeps, options: { readonly toolVersion: string; readonly signedFile: (reviewId: string) => Promise<SignedFile> }) {
  return {
    /**
     * The checklist as a file: Markdown, print-ready HTML, Word, JSON or SARIF 2.1.0. JSON is the
     * signed checklist file (`.vardekollen.json`, verifiable offline) once someone has signed,
     * and the plain checklist before that.
     */
    async exportChecklist(request: ExportRequest): Promise<ExportedFile> {
      if (!EXPORT_FORMATS.includes(request.format)) {
        throw new VardekollenError('INVALID_ARGUMENT', { detail: `format "${String(request.format)}": ${EXPORT_FORMATS.join(', ')}` });
      }
      const checklist = deps.store().getChecklist(request.reviewId);
      if (!checklist) throw new VardekollenError('REVIEW_NOT_FOUND', { id: request.reviewId });
      const base = request.reviewId;
      switch (request.format) {
        case 'markdown':
          return { fileName: `${base}.md`, mediaType: 'text/markdown; charset=utf-8', bytes: encoder.encode(checklistMarkdown(checklist, request.language)) };
        case 'html':
          return { fileName: `${base}.html`, mediaType: 'text/html; charset=utf-8', bytes: encoder.encode(checklistHtml(checklist, request.language)) };
        case 'docx':
          return {
            fileName: `${base}.docx`,
            mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            // Loaded on demand: the docx package is large and only Word exports need it.
            bytes: await (await import('../../export/checklist-docx.js')).checklistDocx(checklist, request.language),
          };
        case 'json': {
          if (checklist.signatures.length > 0) {
            const file = await options.signedFile(request.reviewId);
            if (file.signatures.length > 0) {
              return { fileName: `${base}.vardekollen.json`, mediaType: 'application/json', bytes: encoder.encode(serializeSignedFile(file)) };
            }
          }
          return { fileName: `${base}.json`, mediaType: 'application/json', bytes: encoder.encode(checklistJson(checklist)) };
        }
        case 'sarif': {
          const catalogue = deps.ruleSets.get().ruleSet.rules;
          const log = checklistSarif(checklist, { toolVersion: options.toolVersion, language: request.language, rules: catalogue });
          return { fileName: `${base}.sarif`, mediaType: 'application/sarif+json', bytes: encoder.encode(`${JSON.stringify(log, null, 2)}\n`) };
        }
      }
    },
  };
}
