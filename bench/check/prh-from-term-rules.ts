import type { TermRule } from '../../core/rules/rule-types.js';

/** Letters and digits as prh's regular expressions (no `u` flag) can express them. */
const WORD_CHAR = 'A-Za-z0-9À-ÖØ-öø-ÿ';

/**
 * The same substitution word list as prh rules: one prh rule per term entry, its forms as
 * whole words (a hyphen counts as part of a word, as in our matcher where "icke" is not
 * found in "icke-diskriminering"), case-insensitive.
 */
export function prhYamlFromTermRules(rules: readonly TermRule[]): string {
  const lines = ['version: 1', 'rules:'];
  for (const rule of rules) {
    for (const entry of rule.terms) {
      const forms = [...entry.forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'));
      const pattern = `/(?<![${WORD_CHAR}-])(?:${forms.join('|')})(?![${WORD_CHAR}-])/gi`;
      lines.push(`  - expected: ${JSON.stringify(entry.replacement?.sv ?? entry.forms[0])}`);
      lines.push(`    patterns:`);
      lines.push(`      - ${JSON.stringify(pattern)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
