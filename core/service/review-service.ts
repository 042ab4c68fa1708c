import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { homedir } from 'node:os';
import { importDocumentIsolated } from '../import/isolation/import-document-isolated.js';
import { importDocument as importInThread } from '../import/import-document.js';
import type { ImportBytes } from '../import/import-file.js';
import { checkDocument } from '../check/check-document.js';
import type { RuleSelection } from '../rules/rule-selection.js';
import { defaultDatabasePath } from '../store/default-database-path.js';
import type { ReviewStore } from '../store/review-store.js';
import { openReviewStore } from '../store/sqlite-review-store.js';
import { builtinRulesDirectory, packageVersion } from '../util/package-paths.js';
import { defaultCacheDirectory } from '../util/default-cache-directory.js';
import type { CheckRequest, CheckedDocument, ProgressEvents, ReviewService, RuleCatalogue } from './contract.js';
import { RuleSetCache } from './rule-set-cache.js';
import { loadSettings, saveSettings, validateSettingsPatch, type Settings } from './settings.js';
import type { ServiceDeps } from './service-deps.js';
import { importFromRequest, importWhileCompiling } from './actions/import-source.js';
import { reviewActions } from './actions/review-actions.js';
import { signoffActions } from './actions/signoff-actions.js';
import { exportActions } from './actions/export-actions.js';
import { languageNotice } from '../check/language-notice.js';

export interface ReviewServiceOptions {
  /**
   * Run imports in a worker thread with hard time and memory limits (the default). Turn off
   * only where threads are unavailable; limits are then enforced cooperatively.
   */
  readonly isolateImports?: boolean;
  /** The built-in rule pack's folder (default: rules/vardegrund next to the package). */
  readonly builtinRules?: string;
  /** The review database (default: the user's data folder, or VARDEKOLLEN_DB). */
  readonly databasePath?: string;
  /** The clock, as ISO 8601 UTC (tests fix it). */
  readonly now?: () => string;
  /** The settings file (default: settings.json next to the database). */
  readonly settingsPath?: string;
  /**
   * Where loaded rule packs are cached between runs (default: the user's cache folder, or
   * VARDEKOLLEN_CACHE; null: no cache).
   */
  readonly cacheDirectory?: string | null;
}

/** A service that can be closed (it holds the database open once used). */
export interface ClosableReviewService extends ReviewService {
  close(): void;
}

/** Creates the application service. */
export function createReviewService(options: ReviewServiceOptions = {}): ClosableReviewService {
  const importer: ImportBytes = options.isolateImports === false ? importInThread : importDocumentIsolated;
  const cacheBase = options.cacheDirectory === undefined ? defaultCacheDirectory(process.env, process.platform, homedir()) : (options.cacheDirectory ?? undefined);
  const ruleSets = new RuleSetCache(options.builtinRules ?? builtinRulesDirectory(), cacheBase === undefined ? undefined : join(cacheBase, 'rules'));
  let store: ReviewStore | undefined;
  const databasePath = (): string => options.databasePath ?? defaultDatabasePath(process.env, process.platform, homedir());
  const deps: ServiceDeps = {
    importer,
    ruleSets,
    store: () => (store ??= openReviewStore(databasePath())),
    existingStore: () => (store ?? (existsSync(databasePath()) ? deps.store() : undefined)),
    now: options.now ?? (() => new Date().toISOString()),
  };
  const settingsPath = (): string => options.settingsPath ?? join(dirname(databasePath()), 'settings.json');
  let settings: Settings | undefined;
  const currentSettings = (): Settings => (settings ??= loadSettings(settingsPath()));
  /** Without explicit rules (none, or an empty selection), checks use the packs and toggles from the settings. */
  const withSettingsRules = <T extends { readonly rules?: RuleSelection }>(request: T): T => {
    const given = request.rules;
    if (given && ((given.packs?.length ?? 0) > 0 || (given.disabled?.length ?? 0) > 0 || (given.enabled?.length ?? 0) > 0)) return request;
    const s = currentSettings();
    return { ...request, rules: { packs: s.rulePacks, disabled: s.disabledRules, enabled: s.enabledRules } };
  };
  const reviews = reviewActions(deps);
  const signoff = signoffActions(deps);
  const exports = exportActions(deps, { toolVersion: packageVersion(), signedFile: (reviewId) => signoff.signedFile({ reviewId }) });

  return {
    importDocument: (request, events) => importFromRequest(deps, request, events),

    async checkDocument(request: CheckRequest, events: ProgressEvents = {}): Promise<CheckedDocument> {
      const { document, compiled } = await importWhileCompiling(deps, request, withSettingsRules(request).rules, events);
      const result = checkDocument(document, compiled, request.type !== undefined ? { type: request.type } : {});
      const notice = languageNotice(result.language);
      return notice ? { document, result, languageNotice: notice } : { document, result };
    },

    async listRules(selection?: RuleSelection): Promise<RuleCatalogue> {
      // Loaded, not compiled: the catalogue needs no compiled expressions.
      const ruleSet = ruleSets.load(withSettingsRules({ ...(selection ? { rules: selection } : {}) }).rules);
      const active = new Set(ruleSet.active.map((r) => r.id));
      return {
        version: ruleSet.version,
        hash: ruleSet.hash,
        packs: ruleSet.packs,
        rules: ruleSet.rules.map((rule) => ({ ...rule, active: active.has(rule.id) })),
      };
    },

    ...reviews,
    startReview: (request, events) => reviews.startReview(withSettingsRules(request), events),
    ...signoff,
    ...exports,

    async getSettings(): Promise<Settings> {
      return currentSettings();
    },

    async updateSettings(patch: Partial<Settings>): Promise<Settings> {
      const next = { ...currentSettings(), ...validateSettingsPatch(patch) };
      saveSettings(settingsPath(), next);
      settings = next;
      ruleSets.invalidate();
      return next;
    },

    close() {
      store?.close();
      store = undefined;
    },
  };
}
