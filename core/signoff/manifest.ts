import { canonicalJson } from '../util/canonical-json.js';
import { sha256Hex, shortHashHex } from './hashes.js';
import { forEachLeaf } from './leaf-paths.js';
import type { SignedContent } from './signed-content.js';

/**
 * Hashes of a signed content, part by part, item by item and field by field. It is what a
 * signature signs, so a verifier can compare it with the current content and name what changed:
 * the full SHA-256 hashes decide WHETHER something changed, the short field hashes say WHICH
 * field. Every hash is over canonical JSON (core/util/canonical-json.ts), lowercase hex.
 */
export interface Manifest {
  /** SHA-256 of the canonical JSON of the whole content. */
  readonly content: string;
  readonly document: PartDigest;
  readonly ruleSet: PartDigest;
  readonly review: PartDigest;
  /** One digest per item, in content order (so a reordering is seen). */
  readonly items: readonly KeyedDigest[];
  /** One digest per resolved item, in content order. */
  readonly resolved: readonly KeyedDigest[];
}

export interface PartDigest {
  /** SHA-256 of the canonical JSON of the part. */
  readonly sha256: string;
  /** Leaf path within the part → first 64 bits of the SHA-256 of the leaf's canonical JSON. */
  readonly fields: Readonly<Record<string, string>>;
}

export interface KeyedDigest extends PartDigest {
  /** The item's `key` (resolved items: `previousKey`). */
  readonly key: string;
}

/**
 * Builds the manifest of a content. Linear in the content's size: every value is serialised a
 * small constant number of times (as a leaf, within its item or part, within the whole), and
 * each item is hashed once.
 */
export function buildManifest(content: SignedContent): Manifest {
  return {
    content: sha256Hex(canonicalJson(content)),
    document: partDigest(content.document),
    ruleSet: partDigest(content.ruleSet),
    review: partDigest(content.review),
    items: content.items.map((item) => ({ key: item.key, ...partDigest(item) })),
    resolved: content.resolved.map((item) => ({ key: item.previousKey, ...partDigest(item) })),
  };
}

function partDigest(part: object): PartDigest {
  const fields: Record<string, string> = {};
  forEachLeaf(part, (path, leaf) => {
    fields[path] = shortHashHex(canonicalJson(leaf));
  });
  return { sha256: sha256Hex(canonicalJson(part)), fields };
}
