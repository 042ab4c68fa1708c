import type { Language } from '../errors/localized-text.js';
import type { CheckedDocument } from '../service/contract.js';
import { groupByPrinciple } from '../check/group-findings.js';
import { describeOrigin } from '../model/describe-origin.js';
import { principleById } from '../principles/principles.js';
import { formatLegalReference } from './format-legal-reference.js';
import { escapeMarkdown } from './escape-markdown.js';
import { languageNotice } from '../check/language-notice.js';

const WORDS = {
  sv: {
    report: 'Granskningsrapport', type: 'Dokumenttyp', jobad: 'platsannons', policy: 'policy/riktlinje', other: 'annat dokument',
    detected: 'identifierad', chosen: 'vald', confidence: 'säkerhet', findings: 'Fynd', none: 'Inga fynd.', whole: 'hela dokumentet',
    error: 'Fel', warning: 'Varning', info: 'Info', suggestion: 'Förslag', law: 'Rättskälla', coverage: 'Värdegrunden i dokumentet',
    principle: 'Princip', hits: 'Träffar', words: 'Värdeord', readability: 'Läsbarhet', lix: 'LIX', sentences: 'meningar', wordCount: 'ord',
    rules: 'Regeluppsättning', counts: ['fel', 'varningar', 'info'],
  },
  en: {
    report: 'Review report', type: 'Document type', jobad: 'job ad', policy: 'policy/guideline', other: 'other document',
    detected: 'detected', chosen: 'chosen', confidence: 'confidence', findings: 'Findings', none: 'No findings.', whole: 'whole document',
    error: 'Error', warning: 'Warning', info: 'Info', suggestion: 'Suggestion', law: 'Legal source', coverage: 'The value base in the document',
    principle: 'Principle', hits: 'Hits', words: 'Value words', readability: 'Readability', lix: 'LIX', sentences: 'sentences', wordCount: 'words',
    rules: 'Rule set', counts: ['errors', 'warnings', 'info'],
  },
} as const;

/** A check result as a Markdown report: findings grouped by principle, coverage and readability. */
export function checkReportMarkdown(checked: CheckedDocument, language: Language): string {
  const w = WORDS[language];
  const { document, result } = checked;
  const lines: string[] = [];
  lines.push(`# ${w.report}: ${escapeMarkdown(document.metadata.title || document.metadata.fileName || '')}`, '');
  const how = result.documentType.overridden ? w.chosen : `${w.detected}, ${w.confidence} ${Math.round(result.documentType.detection.confidence * 100)} %`;
  lines.push(`- ${w.type}: ${w[result.documentType.type]} (${how})`);
  if (document.metadata.fileName) lines.push(`- ${language === 'sv' ? 'Fil' : 'File'}: ${escapeMarkdown(document.metadata.fileName)} (SHA-256 \`${document.metadata.fileSha256}\`)`);
  lines.push(`- ${w.rules}: ${result.ruleSet.version} (\`${result.ruleSet.hash.slice(0, 16)}\`)`);
  lines.push(`- ${result.summary.bySeverity.error} ${w.counts[0]}, ${result.summary.bySeverity.warning} ${w.counts[1]}, ${result.summary.bySeverity.info} ${w.counts[2]}`, '');
  const notice = languageNotice(result.language);
  if (notice) lines.push(`> **${language === 'sv' ? 'Obs' : 'Note'}:** ${escapeMarkdown(notice[language])}`, '');

  lines.push(`## ${w.findings}`, '');
  if (result.findings.length === 0) lines.push(w.none, '');
  for (const group of groupByPrinciple(result.findings)) {
    if (group.findings.length === 0) continue;
    lines.push(`### ${group.principle.name[language]}`, '');
    for (const finding of group.findings) {
      const where = finding.origin ? describeOrigin(finding.origin, language) : w.whole;
      lines.push(`- **${w[finding.severity]}** (${where}): ${escapeMarkdown(finding.message[language])}`);
      if (finding.quote) lines.push(`  > ${escapeMarkdown(finding.context ?? finding.quote)}`);
      lines.push(`  - ${w.suggestion}: ${escapeMarkdown(finding.suggestion[language])}`);
      lines.push(`  - ${w.law}: ${finding.legal.map((l) => escapeMarkdown(formatLegalReference(l, language))).join('; ')}`);
      lines.push(`  - \`${finding.ruleId}\``);
    }
    lines.push('');
  }

  lines.push(`## ${w.coverage}`, '', `| ${w.principle} | ${w.hits} | ${w.words} |`, '|---|---:|---|');
  for (const p of result.coverage.principles) {
    const words = p.words.slice(0, 8).map((x) => `${escapeMarkdown(x.word)} (${x.count})`).join(', ');
    lines.push(`| ${principleById(p.principle).name[language]} | ${p.hits} | ${words || '–'} |`);
  }
  lines.push('', `## ${w.readability}`, '');
  const m = result.metrics;
  lines.push(`${w.lix} ${m.lix} (${m.lixBand[language]}), ${m.words} ${w.wordCount}, ${m.sentences} ${w.sentences}.`, '');
  return `${lines.join('\n')}\n`;
}
