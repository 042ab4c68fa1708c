import { setImmediate as nextTurn } from 'node:timers/promises';
import { compileRuleSet, compileRuleSetInSteps, type CompiledRuleSet } from '../check/compile-rule-set.js';
import { loadRulePacks, type RuleSet } from '../rules/load/load-rule-packs.js';
import { selectionKey, type RuleSelection } from '../rules/rule-selection.js';

/** Most rule selections kept at once (each compiled one is a few hundred kilobytes). */
const MAX_ENTRIES = 8;

interface Entry {
  readonly ruleSet: RuleSet;
  compiled?: CompiledRuleSet;
  /** A compilation in steps under way, shared by the callers that ask meanwhile. */
  compiling?: Promise<CompiledRuleSet>;
}

/**
 * Loads and compiles rule sets once per selection. Rule files are read again only when the
 * selection changes or `invalidate` is called (after the user edits a pack). Loading (which
 * validates every file) and compiling are separate: a rule catalogue needs only the first.
 */
export class RuleSetCache {
  private readonly entries = new Map<string, Entry>();

  /** @param cacheDirectory where loaded packs are kept between runs (see pack-cache.ts); none when undefined. */
  constructor(
    private readonly builtinDirectory: string,
    private readonly cacheDirectory?: string,
  ) {}

  /** The selection's rule set, loaded and validated (throws RULES_INVALID and the like). */
  load(selection: RuleSelection = {}): RuleSet {
    return this.entry(selection).ruleSet;
  }

  /** The selection's rule set, compiled. */
  get(selection: RuleSelection = {}): CompiledRuleSet {
    const entry = this.entry(selection);
    entry.compiled ??= compileRuleSet(entry.ruleSet);
    return entry.compiled;
  }

  /**
   * {@link get}, compiling a few rules per turn of the event loop, so that an import started
   * just before proceeds meanwhile (see compileRuleSetInSteps).
   */
  async getInSteps(selection: RuleSelection = {}): Promise<CompiledRuleSet> {
    const entry = this.entry(selection);
    if (entry.compiled) return entry.compiled;
    entry.compiling ??= compileRuleSetInSteps(entry.ruleSet, () => nextTurn()).then(
      (compiled) => {
        entry.compiled = compiled;
        return compiled;
      },
      (error: unknown) => {
        // Not kept: the next caller tries again.
        entry.compiling = undefined;
        throw error;
      },
    );
    return entry.compiling;
  }

  /** The selection's compiled rule set if it is ready, without loading or compiling anything. */
  ready(selection: RuleSelection = {}): CompiledRuleSet | undefined {
    return this.entries.get(selectionKey(selection))?.compiled;
  }

  invalidate(): void {
    this.entries.clear();
  }

  private entry(selection: RuleSelection): Entry {
    const key = selectionKey(selection);
    const cached = this.entries.get(key);
    if (cached) return cached;
    const ruleSet = loadRulePacks({
      directories: [this.builtinDirectory, ...(selection.packs ?? [])],
      ...(selection.disabled ? { disabled: selection.disabled } : {}),
      ...(selection.enabled ? { enabled: selection.enabled } : {}),
      ...(this.cacheDirectory !== undefined ? { cacheDirectory: this.cacheDirectory } : {}),
    });
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    const entry: Entry = { ruleSet };
    this.entries.set(key, entry);
    return entry;
  }
}
