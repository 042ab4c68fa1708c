import { compileRuleSet, type CompiledRuleSet } from '../check/compile-rule-set.js';
import { loadRulePacks } from '../rules/load/load-rule-packs.js';
import { selectionKey, type RuleSelection } from '../rules/rule-selection.js';

/** Most rule selections kept compiled at once (each is a few hundred kilobytes). */
const MAX_ENTRIES = 8;

/**
 * Loads and compiles rule sets once per selection. Rule files are read again only when the
 * selection changes or `invalidate` is called (after the user edits a pack).
 */
export class RuleSetCache {
  private readonly entries = new Map<string, CompiledRuleSet>();

  /** @param cacheDirectory where loaded packs are kept between runs (see pack-cache.ts); none when undefined. */
  constructor(
    private readonly builtinDirectory: string,
    private readonly cacheDirectory?: string,
  ) {}

  get(selection: RuleSelection = {}): CompiledRuleSet {
    const key = selectionKey(selection);
    const cached = this.entries.get(key);
    if (cached) return cached;
    const ruleSet = loadRulePacks({
      directories: [this.builtinDirectory, ...(selection.packs ?? [])],
      ...(selection.disabled ? { disabled: selection.disabled } : {}),
      ...(selection.enabled ? { enabled: selection.enabled } : {}),
      ...(this.cacheDirectory !== undefined ? { cacheDirectory: this.cacheDirectory } : {}),
    });
    const compiled = compileRuleSet(ruleSet);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, compiled);
    return compiled;
  }

  invalidate(): void {
    this.entries.clear();
  }
}
