import type { Language } from '../errors/localized-text.js';
import { PRINCIPLES } from '../principles/principles.js';
import type { RuleCatalogue } from '../service/contract.js';
import { formatLegalReference } from './format-legal-reference.js';
import { escapeMarkdown } from './escape-markdown.js';

const W = {
  sv: {
    title: 'Regelkatalog', intro: 'Genererad från regelfilerna med `npm run docs:rules`; redigera inte för hand.',
    packs: 'Regelpaket', rules: 'regler', principle: 'Princip', severity: 'Allvarlighet', kinds: 'Typ', applies: 'Gäller',
    law: 'Rättskälla', flag: 'Flaggas', pass: 'Flaggas inte', off: 'avstängd som standard', suggestion: 'Förslag',
    types: { jobad: 'platsannons', policy: 'policy', other: 'annat' }, sev: { error: 'fel', warning: 'varning', info: 'info' },
    summary: 'Översikt', total: 'Totalt',
  },
  en: {
    title: 'Rule catalogue', intro: 'Generated from the rule files with `npm run docs:rules`; do not edit by hand.',
    packs: 'Rule packs', rules: 'rules', principle: 'Principle', severity: 'Severity', kinds: 'Kind', applies: 'Applies to',
    law: 'Legal source', flag: 'Flagged', pass: 'Not flagged', off: 'off by default', suggestion: 'Suggestion',
    types: { jobad: 'job ad', policy: 'policy', other: 'other' }, sev: { error: 'error', warning: 'warning', info: 'info' },
    summary: 'Overview', total: 'Total',
  },
} as const;

/** The rule catalogue as Markdown: every rule with its principle, legal source and examples, grouped by principle. */
export function ruleCatalogueMarkdown(catalogue: RuleCatalogue, language: Language): string {
  const w = W[language];
  const lines: string[] = [`# ${w.title}`, '', w.intro, ''];
  lines.push(`## ${w.packs}`, '');
  for (const pack of catalogue.packs) lines.push(`- **${pack.title[language]}** (\`${pack.name}\` ${pack.version}): ${pack.ruleCount} ${w.rules}`);
  lines.push('', `## ${w.summary}`, '', `| ${w.principle} | ${w.sev.error} | ${w.sev.warning} | ${w.sev.info} |`, '|---|---:|---:|---:|');
  for (const principle of PRINCIPLES) {
    const rules = catalogue.rules.filter((r) => r.principle === principle.id);
    const count = (s: 'error' | 'warning' | 'info'): number => rules.filter((r) => r.severity === s).length;
    lines.push(`| ${principle.name[language]} | ${count('error')} | ${count('warning')} | ${count('info')} |`);
  }
  lines.push(`| **${w.total}** | | | ${catalogue.rules.length} |`, '');

  for (const principle of PRINCIPLES) {
    const rules = catalogue.rules.filter((r) => r.principle === principle.id).sort((a, b) => a.id.localeCompare(b.id));
    if (rules.length === 0) continue;
    lines.push(`## ${principle.name[language]}`, '');
    for (const rule of rules) {
      lines.push(`### \`${rule.id}\` — ${escapeMarkdown(rule.title[language])}`, '');
      const applies = rule.appliesTo.map((t) => w.types[t]).join(', ');
      lines.push(`${w.severity}: **${w.sev[rule.severity]}**${rule.enabled ? '' : ` (${w.off})`} · ${w.kinds}: ${rule.kind} · ${w.applies}: ${applies} · ${principle.subValues.find((s) => s.id === rule.subValue)?.name[language] ?? rule.subValue}`, '');
      lines.push(escapeMarkdown(rule.rationale[language]), '');
      lines.push(`${w.suggestion}: ${escapeMarkdown(rule.suggestion[language])}`, '');
      lines.push(`${w.law}: ${rule.legal.map((l) => escapeMarkdown(formatLegalReference(l, language))).join('; ')}`, '');
      lines.push(`${w.flag}:`, ...rule.examples.flag.map((e) => `- ${escapeMarkdown(e.text.trim())}`), '');
      lines.push(`${w.pass}:`, ...rule.examples.pass.map((e) => `- ${escapeMarkdown(e.text.trim())}`), '');
    }
  }
  return `${lines.join('\n')}\n`;
}
