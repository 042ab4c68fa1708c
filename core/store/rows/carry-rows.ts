import type { LocalizedText } from '../../errors/localized-text.js';
import type { PrincipleId } from '../../principles/principles.js';
import type { DecisionRecord, ParagraphChange, ResolvedItem } from '../../review/checklist-types.js';
import { parseJsonText } from '../json-codec.js';

/** A row of `resolved_items`. */
export interface ResolvedRow {
  readonly previous_key: string;
  readonly rule_id: string | null;
  readonly principle: PrincipleId;
  readonly fingerprint: string;
  readonly body: string;
}

interface ResolvedBody {
  readonly title: LocalizedText;
  readonly quote: string;
  readonly previousDecision?: DecisionRecord;
}

/** A row of `paragraph_changes`. */
export interface ChangeRow {
  readonly kind: ParagraphChange['kind'];
  readonly before: string | null;
  readonly after: string | null;
}

/** The JSON body of a resolved item: the fields without a column. */
export function resolvedBody(item: ResolvedItem): string {
  const body: ResolvedBody = {
    title: item.title,
    quote: item.quote,
    ...(item.previousDecision !== undefined ? { previousDecision: item.previousDecision } : {}),
  };
  return JSON.stringify(body);
}

export function toResolvedItem(row: ResolvedRow): ResolvedItem {
  const body = parseJsonText<ResolvedBody>(row.body);
  return {
    previousKey: row.previous_key,
    ...(row.rule_id !== null ? { ruleId: row.rule_id } : {}),
    principle: row.principle,
    title: body.title,
    quote: body.quote,
    fingerprint: row.fingerprint,
    ...(body.previousDecision !== undefined ? { previousDecision: body.previousDecision } : {}),
  };
}

export function toParagraphChange(row: ChangeRow): ParagraphChange {
  return {
    kind: row.kind,
    ...(row.before !== null ? { before: parseJsonText<NonNullable<ParagraphChange['before']>>(row.before) } : {}),
    ...(row.after !== null ? { after: parseJsonText<NonNullable<ParagraphChange['after']>>(row.after) } : {}),
  };
}
