import type { Language, LocalizedText } from '../errors/localized-text.js';
import type { AnalysedDocument } from './analysed-document.js';
import type { Finding } from './finding.js';
import type { FindingDraft, PlaceholderValue } from './finding-draft.js';

/** Fills a rule's message template for both languages. */
export function fillMessage(template: LocalizedText, data: Readonly<Record<string, PlaceholderValue>>): LocalizedText {
  const fill = (text: string, language: Language): string =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = data[name];
      if (value === undefined) return whole;
      return typeof value === 'object' ? value[language] : String(value);
    });
  return { sv: fill(template.sv, 'sv'), en: fill(template.en, 'en') };
}

/** Turns a runner's draft into a finding with quote, origin, context and filled message. */
export function buildFinding(draft: FindingDraft, document: AnalysedDocument, id: string): Finding {
  const { rule } = draft;
  const messageId = draft.messageId ?? 'default';
  const template = rule.messages[messageId] ?? rule.messages['default'];
  const data = draft.data ?? {};
  const text = document.document.text;
  const flatData = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'object' ? v.sv : v]));
  return {
    id,
    ruleId: rule.id,
    ruleTitle: rule.title,
    kind: rule.kind,
    principle: rule.principle,
    subValue: rule.subValue,
    severity: rule.severity,
    messageId,
    message: template ? fillMessage(template, data) : { sv: rule.title.sv, en: rule.title.en },
    quote: draft.span ? text.slice(draft.span.start, draft.span.end) : '',
    ...(draft.span ? { span: draft.span } : {}),
    ...(draft.block ? { origin: draft.block.block.origin, blockId: draft.block.block.id } : {}),
    ...(draft.sentence ? { context: draft.sentence.text } : draft.block && draft.span ? { context: draft.block.block.text } : {}),
    legal: rule.legal,
    suggestion: rule.suggestion,
    ...(draft.replacement ? { replacement: draft.replacement } : {}),
    data: flatData,
  };
}
