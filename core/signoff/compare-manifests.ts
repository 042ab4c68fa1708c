import type { KeyedDigest, Manifest, PartDigest } from './manifest.js';

/**
 * One difference between the content as signed and as it is now. `path` is written like a
 * JavaScript path with items named by key: "document.fileSha256", "items[f-3a9c].decision",
 * "items[f-3a9c].occurrences[0].location.page", "items[q-samverkan]" (added or removed),
 * "items" (reordered), "resolved[f-17].previousDecision.reason".
 */
export interface ContentChange {
  readonly path: string;
  readonly change: 'changed' | 'added' | 'removed' | 'reordered';
  /** The part of the content: `content` only when nothing more precise can be said. */
  readonly part: 'document' | 'ruleSet' | 'review' | 'items' | 'resolved' | 'content';
  /** Items and resolved items: the key. */
  readonly key?: string;
  /** The leaf path within the part or item ("decision", "occurrences[0].quote"); absent for a whole item or part. */
  readonly field?: string;
}

type Part = ContentChange['part'];

/**
 * Names what differs between a signed manifest and the manifest of the current content. Empty
 * when the content hashes agree. Linear in the number of items and fields.
 */
export function compareManifests(signed: Manifest, current: Manifest): ContentChange[] {
  if (signed.content === current.content) return [];
  const changes: ContentChange[] = [];
  for (const part of ['document', 'ruleSet', 'review'] as const) comparePart({ part, path: part }, signed[part], current[part], changes);
  compareKeyed('items', signed.items, current.items, changes);
  compareKeyed('resolved', signed.resolved, current.resolved, changes);
  // The content hash differs but no part does: only possible if the signed manifest is not the
  // manifest of any content (edited), so say the content as a whole differs.
  if (changes.length === 0) changes.push({ path: 'content', change: 'changed', part: 'content' });
  return changes;
}

/** Where a part or an item is: its path and what a change there is about. */
interface Place {
  readonly part: Part;
  readonly path: string;
  readonly key?: string;
}

function comparePart(place: Place, signed: PartDigest, current: PartDigest, changes: ContentChange[]): void {
  if (signed.sha256 === current.sha256) return;
  const before = changes.length;
  const at = (field: string, change: ContentChange['change']): ContentChange => 
    field === '' ? { ...place, change } : { ...place, path: `${place.path}.${field}`, change, field };
  for (const [field, hash] of Object.entries(signed.fields)) {
    if (!Object.hasOwn(current.fields, field)) changes.push(at(field, 'removed'));
    else if (current.fields[field] !== hash) changes.push(at(field, 'changed'));
  }
  for (const field of Object.keys(current.fields)) {
    if (!Object.hasOwn(signed.fields, field)) changes.push(at(field, 'added'));
  }
  if (changes.length === before) changes.push({ ...place, change: 'changed' });
}

function compareKeyed(part: 'items' | 'resolved', signed: readonly KeyedDigest[], current: readonly KeyedDigest[], changes: ContentChange[]): void {
  const currentByKey = new Map(current.map((entry) => [entry.key, entry]));
  const signedByKey = new Map(signed.map((entry) => [entry.key, entry]));
  const place = (key: string): Place => ({ part, path: `${part}[${key}]`, key });
  for (const entry of signed) {
    const now = currentByKey.get(entry.key);
    if (!now) changes.push({ ...place(entry.key), change: 'removed' });
    else comparePart(place(entry.key), entry, now, changes);
  }
  for (const entry of current) {
    if (!signedByKey.has(entry.key)) changes.push({ ...place(entry.key), change: 'added' });
  }
  const signedOrder = signed.filter((entry) => currentByKey.has(entry.key)).map((entry) => entry.key);
  const currentOrder = current.filter((entry) => signedByKey.has(entry.key)).map((entry) => entry.key);
  if (signedOrder.some((key, index) => currentOrder[index] !== key)) changes.push({ part, path: part, change: 'reordered' });
}
