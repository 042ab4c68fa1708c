import type { ImportedDocument } from '../model/document.js';
import { importDocumentIsolated } from '../import/isolation/import-document-isolated.js';
import { importDocument as importInThread } from '../import/import-document.js';
import { importFile, type ImportBytes } from '../import/import-file.js';
import type { ImportOptions } from '../import/import-options.js';
import { checkDocument } from '../check/check-document.js';
import type { RuleSelection } from '../rules/rule-selection.js';
import { builtinRulesDirectory } from '../util/package-paths.js';
import type { CheckRequest, CheckedDocument, ImportRequest, ProgressEvents, ReviewService, RuleCatalogue } from './contract.js';
import { RuleSetCache } from './rule-set-cache.js';

export interface ReviewServiceOptions {
  /**
   * Run imports in a worker thread with hard time and memory limits (the default). Turn off
   * only where threads are unavailable; limits are then enforced cooperatively.
   */
  readonly isolateImports?: boolean;
  /** The built-in rule pack's folder (default: rules/vardegrund next to the package). */
  readonly builtinRules?: string;
}

/** Creates the application service. */
export function createReviewService(options: ReviewServiceOptions = {}): ReviewService {
  const importer: ImportBytes = options.isolateImports === false ? importInThread : importDocumentIsolated;
  const ruleSets = new RuleSetCache(options.builtinRules ?? builtinRulesDirectory());

  const importDocument = async (request: ImportRequest, events: ProgressEvents = {}): Promise<ImportedDocument> => {
    const importOptions: ImportOptions = {
      ...(request.password !== undefined ? { password: request.password } : {}),
      ...(request.limits !== undefined ? { limits: request.limits } : {}),
      ...(events.onProgress ? { onProgress: events.onProgress } : {}),
      ...(events.signal ? { signal: events.signal } : {}),
    };
    if (request.source.kind === 'path') return importFile(request.source.path, importer, importOptions);
    return importer(request.source.bytes, { ...importOptions, fileName: request.source.fileName });
  };

  return {
    importDocument,

    async checkDocument(request: CheckRequest, events: ProgressEvents = {}): Promise<CheckedDocument> {
      // Load the rules first: an invalid rule pack should be reported before a long import.
      const compiled = ruleSets.get(request.rules);
      const document = await importDocument(request, events);
      const result = checkDocument(document, compiled, request.type !== undefined ? { type: request.type } : {});
      return { document, result };
    },

    async listRules(selection: RuleSelection = {}): Promise<RuleCatalogue> {
      const { ruleSet } = ruleSets.get(selection);
      const active = new Set(ruleSet.active.map((r) => r.id));
      return {
        version: ruleSet.version,
        hash: ruleSet.hash,
        packs: ruleSet.packs,
        rules: ruleSet.rules.map((rule) => ({ ...rule, active: active.has(rule.id) })),
      };
    },
  };
}
