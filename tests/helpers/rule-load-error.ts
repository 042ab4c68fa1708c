import { VardekollenError } from '../../core/errors/index.js';
import { loadRulePacks } from '../../core/rules/load/load-rule-packs.js';

/** The error loading these rule folders raises; fails the test when loading succeeds or throws something else. */
export function ruleLoadError(directories: readonly string[]): VardekollenError {
  try {
    loadRulePacks({ directories: [...directories] });
  } catch (caught) {
    if (caught instanceof VardekollenError) return caught;
    throw caught;
  }
  throw new Error(`loading ${directories.join(', ')} raised no error`);
}
