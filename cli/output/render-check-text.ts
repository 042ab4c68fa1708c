import type { Language } from '../../core/errors/index.js';
import type { CheckedDocument } from '../../core/service/index.js';
import { groupByPrinciple } from '../../core/check/group-findings.js';
import { describeOrigin } from '../../core/model/index.js';
import { principleById } from '../../core/principles/principles.js';
import { formatLegalReference } from '../../core/export/format-legal-reference.js';
import { languageNotice } from '../../core/check/language-notice.js';
import type { Style } from './style.js';

const TYPE_NAMES = {
  sv: { jobad: 'platsannons', policy: 'policy/riktlinje', other: 'annat dokument' },
  en: { jobad: 'job ad', policy: 'policy/guideline', other: 'other document' },
} as const;

const SEVERITY_LABELS = {
  sv: { error: '✖ fel', warning: '▲ varning', info: '● info' },
  en: { error: '✖ error', warning: '▲ warning', info: '● info' },
} as const;

/** The longest quote shown in the terminal before it is shortened. */
const MAX_QUOTE = 140;

/**
 * The terminal report of one checked document: type, summary, findings grouped by principle
 * (location, message, quote, suggestion, legal source), value-base coverage and readability.
 */
export function renderCheckText(checked: CheckedDocument, language: Language, style: Style): string {
  const sv = language === 'sv';
  const { document, result } = checked;
  const out: string[] = [];
  const name = document.metadata.fileName ?? document.metadata.title;
  const detection = result.documentType.detection;
  const typeText = result.documentType.overridden
    ? `${TYPE_NAMES[language][result.documentType.type]} (${sv ? 'vald' : 'chosen'})`
    : `${TYPE_NAMES[language][result.documentType.type]} (${sv ? 'säkerhet' : 'confidence'} ${Math.round(detection.confidence * 100)} %)`;
  const s = result.summary.bySeverity;
  out.push(style.bold(name));
  out.push(`${sv ? 'Typ' : 'Type'}: ${typeText}   ${style.red(`${s.error} ${sv ? 'fel' : 'errors'}`)}, ${style.yellow(`${s.warning} ${sv ? 'varningar' : 'warnings'}`)}, ${style.cyan(`${s.info} info`)}`);
  const notice = languageNotice(result.language);
  if (notice) out.push(style.yellow(`▲ ${notice[language]}`));
  out.push('');

  for (const group of groupByPrinciple(result.findings)) {
    if (group.findings.length === 0) continue;
    out.push(style.bold(`${group.principle.name[language]} (${group.findings.length})`));
    for (const finding of group.findings) {
      const label = SEVERITY_LABELS[language][finding.severity].padEnd(9);
      const markerText = finding.severity === 'error' ? style.red(label) : finding.severity === 'warning' ? style.yellow(label) : style.cyan(label);
      const where = finding.origin ? describeOrigin(finding.origin, language) : sv ? 'hela dokumentet' : 'whole document';
      out.push(`  ${markerText} ${style.dim(`[${where}]`)} ${finding.message[language]}`);
      if (finding.quote) out.push(`      ${style.dim('»')} ${shorten(finding.context ?? finding.quote, finding.quote)}`);
      out.push(`      ${style.green(sv ? 'Förslag:' : 'Suggestion:')} ${finding.suggestion[language]}`);
      out.push(`      ${style.dim(`${finding.legal.map((l) => formatLegalReference(l, language)).join('; ')} · ${finding.ruleId}`)}`);
    }
    out.push('');
  }
  if (result.findings.length === 0) out.push(sv ? 'Inga fynd.' : 'No findings.', '');

  out.push(style.bold(sv ? 'Värdegrunden i dokumentet (värdeord per princip)' : 'The value base in the document (value words per principle)'));
  const max = Math.max(1, ...result.coverage.principles.map((p) => p.hits));
  for (const p of result.coverage.principles) {
    const bar = '█'.repeat(Math.round((p.hits / max) * 20)).padEnd(20, '·');
    const words = p.words.slice(0, 5).map((w) => w.word.toLowerCase()).join(', ');
    out.push(`  ${principleById(p.principle).name[language].padEnd(46)} ${bar} ${String(p.hits).padStart(3)}  ${style.dim(words)}`);
  }
  const m = result.metrics;
  out.push('');
  out.push(`${sv ? 'Läsbarhet' : 'Readability'}: LIX ${m.lix} (${m.lixBand[language]}), ${m.words} ${sv ? 'ord' : 'words'}, ${m.sentences} ${sv ? 'meningar' : 'sentences'}, ${sv ? 'i snitt' : 'average'} ${m.averageSentenceWords} ${sv ? 'ord per mening' : 'words per sentence'}`);
  return `${out.join('\n')}\n`;
}

/** Shows the sentence around a quote, shortened around the quote when it is long. */
function shorten(context: string, quote: string): string {
  if (context.length <= MAX_QUOTE) return context;
  const at = Math.max(0, context.indexOf(quote));
  const start = Math.max(0, at - 50);
  const end = Math.min(context.length, start + MAX_QUOTE);
  return `${start > 0 ? '…' : ''}${context.slice(start, end)}${end < context.length ? '…' : ''}`;
}
