import type { DocumentType } from './rule-types.js';

/** Which rules a check uses beyond the built-in pack: plain data, so every transport can send it. */
export interface RuleSelection {
  /** Extra rule pack folders (an agency's own pack). */
  readonly packs?: readonly string[];
  /** Rule ids (or "pack/folder/*") to turn off. */
  readonly disabled?: readonly string[];
  /** Rule ids to turn on although their file ships them turned off. */
  readonly enabled?: readonly string[];
}

/** A stable cache key for a selection. */
export function selectionKey(selection: RuleSelection = {}): string {
  const sorted = (list?: readonly string[]): string[] => [...(list ?? [])].sort();
  return JSON.stringify([sorted(selection.packs), sorted(selection.disabled), sorted(selection.enabled)]);
}

export function isDocumentType(value: unknown): value is DocumentType {
  return value === 'jobad' || value === 'policy' || value === 'other';
}
