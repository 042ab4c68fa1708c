import type { Language, LocalizedText } from '../errors/localized-text.js';
import type { AnalysedDocument } from './analysed-document.js';
import type { Finding } from './finding.js';
import type { FindingDraft, PlaceholderValue } from './finding-draft.js';

/**
 * A message template cut at its placeholders: literal text at even positions, placeholder
 * names at odd ones ("Ersätt {match} med {replacement}." → ["Ersätt ", "match", " med ",
 * "replacement", "."]).
 */
type TemplateParts = readonly string[];

const PLACEHOLDER = /\{(\w+)\}/;
/** Parsed templates by their text: a rule set has a few hundred, a long document thousands of findings. */
const parsedTemplates = new Map<string, TemplateParts>();

function templateParts(text: string): TemplateParts {
  let parts = parsedTemplates.get(text);
  if (!parts) {
    // `split` with a capturing group keeps the names at the odd positions.
    parts = text.split(PLACEHOLDER);
    parsedTemplates.set(text, parts);
  }
  return parts;
}

function fill(text: string, language: Language, data: Readonly<Record<string, PlaceholderValue>>): string {
  const parts = templateParts(text);
  let out = parts[0] as string;
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k] as string;
    const value = data[name];
    // An unknown placeholder stays as written, so that a missing value is visible.
    out += value === undefined ? `{${name}}` : typeof value === 'object' ? value[language] : String(value);
    out += parts[k + 1] as string;
  }
  return out;
}

/** Fills a rule's message template for both languages. */
export function fillMessage(template: LocalizedText, data: Readonly<Record<string, PlaceholderValue>>): LocalizedText {
  return { sv: fill(template.sv, 'sv', data), en: fill(template.en, 'en', data) };
}

/** Turns a runner's draft into a finding with quote, origin, context and filled message. */
export function buildFinding(draft: FindingDraft, document: AnalysedDocument, id: string): Finding {
  const { rule } = draft;
  const messageId = draft.messageId ?? 'default';
  const template = rule.messages[messageId] ?? rule.messages['default'];
  const data = draft.data ?? {};
  const text = document.document.text;
  const flatData: Record<string, string | number> = {};
  for (const key of Object.keys(data)) {
    const value = data[key] as PlaceholderValue;
    flatData[key] = typeof value === 'object' ? value.sv : value;
  }
  // Built property by property rather than with conditional spreads (`...(x ? { x } : {})`):
  // V8 makes every property after a spread a slow generic store, and a long document has
  // thousands of findings. Same members in the same order as the spreads gave.
  const finding: { -readonly [K in keyof Finding]?: Finding[K] } = {
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
  };
  if (draft.span) finding.span = draft.span;
  if (draft.block) {
    finding.origin = draft.block.block.origin;
    finding.blockId = draft.block.block.id;
  }
  if (draft.sentence) finding.context = draft.sentence.text;
  else if (draft.block && draft.span) finding.context = draft.block.block.text;
  finding.legal = rule.legal;
  finding.suggestion = rule.suggestion;
  if (draft.replacement) finding.replacement = draft.replacement;
  finding.data = flatData;
  return finding as Finding;
}
