import { createHash } from 'node:crypto';
import type { Finding } from '../check/finding.js';
import { normalisePassage } from './passage-similarity.js';

/** Hex digits of an item key after its prefix; 12 give 48 bits, ample within one review. */
const KEY_LENGTH = 12;

/**
 * What makes findings "identical" for grouping: the same rule, message and principle about the
 * same passage (normalised). "samt" found thirty times is one checklist item with thirty
 * occurrences; a finding about the whole document has an empty passage.
 */
export function groupKeyOf(finding: Pick<Finding, 'ruleId' | 'messageId' | 'principle' | 'quote'>): string {
  return [finding.ruleId, finding.messageId, finding.principle, normalisePassage(finding.quote)].join('\u241f');
}

/**
 * The item's fingerprint: a hash of the rule and the normalised passage with its context (the
 * sentence around it). It identifies the same problem in the same place across versions of the
 * document and in SARIF's partialFingerprints; small edits elsewhere do not change it.
 */
export function fingerprintOf(groupKey: string, context: string | undefined): string {
  return createHash('sha256')
    .update(`${groupKey}\u241e${normalisePassage(context ?? '')}`)
    .digest('hex');
}

/** A readable, stable key: "f-" for findings, from the group key. */
export function findingItemKey(groupKey: string): string {
  return `f-${createHash('sha256').update(groupKey).digest('hex').slice(0, KEY_LENGTH)}`;
}

/** "q-" and the question's id without its pack ("q-samverkan-facket"), or with it for other packs. */
export function questionItemKey(questionId: string): string {
  return `q-${questionId.startsWith('vardegrund/') ? questionId.slice('vardegrund/'.length) : questionId.replace(/\//g, '-')}`;
}
