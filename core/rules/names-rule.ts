/**
 * Whether a list of rule names (`yieldsTo`, `of`) names the rule with id `ruleId`: an exact id,
 * or "pack/folder/*" for every rule under the folder.
 */
export function namesRule(names: readonly string[], ruleId: string): boolean {
  return names.some((name) => (name.endsWith('/*') ? ruleId.startsWith(name.slice(0, -1)) : ruleId === name));
}
