import { canonicalJson } from '../util/canonical-json.js';
import { canonicalLeaf, composeCanonicalArray, composeCanonicalObject } from './compose-canonical.js';
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
 * Builds the manifest of a content. Linear in the content's size: each part and each item is
 * serialised once and hashed once, each leaf serialised and hashed once, and the whole content's
 * canonical JSON is composed from the parts' strings rather than serialised again.
 */
export function buildManifest(content: SignedContent): Manifest {
  const document = serialisePart(content.document);
  const ruleSet = serialisePart(content.ruleSet);
  const review = serialisePart(content.review);
  const items = content.items.map((item) => serialisePart(item, item.key));
  const resolved = content.resolved.map((item) => serialisePart(item, item.previousKey));
  const whole = composeCanonicalObject({
    format: JSON.stringify(content.format),
    formatVersion: JSON.stringify(content.formatVersion),
    document: document.json,
    ruleSet: ruleSet.json,
    review: review.json,
    items: composeCanonicalArray(items.map((item) => item.json)),
    resolved: composeCanonicalArray(resolved.map((item) => item.json)),
  });
  return {
    content: sha256Hex(whole),
    document: document.digest,
    ruleSet: ruleSet.digest,
    review: review.digest,
    items: items.map((item) => ({ key: item.key, ...item.digest })),
    resolved: resolved.map((item) => ({ key: item.key, ...item.digest })),
  };
}

/** SHA-256 of the canonical JSON of the whole content: all a verifier needs while nothing changed. */
export function contentHash(content: SignedContent): string {
  return sha256Hex(canonicalJson(content));
}

function serialisePart(part: object, key = ''): { json: string; digest: PartDigest; key: string } {
  const fields: Record<string, string> = {};
  forEachLeaf(part, (path, leaf) => {
    fields[path] = shortHashHex(canonicalLeaf(leaf));
  });
  const json = canonicalJson(part);
  return { json, digest: { sha256: sha256Hex(json), fields }, key };
}
