/**
 * Resolves qualified element names to a canonical "prefix:local" form by namespace URI, the
 * way mammoth does: a file may bind the WordprocessingML namespace to "w", "ns0" or the
 * default namespace, and ISO Strict files use other URIs for the same vocabulary. Matching
 * on the prefix as written would miss those files.
 */

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Tracks xmlns bindings while scanning and names elements by namespace URI, not by prefix. */
export class NamespaceNames {
  /** One frame per open element: the bindings before it, or undefined if it declared none. */
  private readonly saved: (ReadonlyMap<string, string> | undefined)[] = [];
  private bindings: ReadonlyMap<string, string> = new Map([['xml', XML_NAMESPACE]]);
  private cache = new Map<string, string>();

  /**
   * @param canonicalPrefixes namespace URI → the prefix our code uses for it. Names in other
   *   namespaces come out as "{uri}local" and so never match.
   */
  constructor(private readonly canonicalPrefixes: ReadonlyMap<string, string>) {}

  /** Opens an element: applies its xmlns declarations. Call `exit` when it closes (at once for an empty tag). */
  enter(rawAttributes: string): void {
    if (!rawAttributes.includes('xmlns')) {
      this.saved.push(undefined);
      return;
    }
    const declarations = [...rawAttributes.matchAll(/xmlns(?::([^\s=/>]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)];
    if (declarations.length === 0) {
      this.saved.push(undefined);
      return;
    }
    this.saved.push(this.bindings);
    const next = new Map(this.bindings);
    for (const declaration of declarations) next.set(declaration[1] ?? '', declaration[2] ?? declaration[3] ?? '');
    this.bindings = next;
    this.cache = new Map();
  }

  exit(): void {
    const previous = this.saved.pop();
    if (previous !== undefined) {
      this.bindings = previous;
      this.cache = new Map();
    }
  }

  /** "w:p", "v:textbox", ... for a name as written in the file, under the current bindings. */
  canonical(qualifiedName: string): string {
    const cached = this.cache.get(qualifiedName);
    if (cached !== undefined) return cached;
    const colon = qualifiedName.indexOf(':');
    const prefix = colon < 0 ? '' : qualifiedName.slice(0, colon);
    const local = colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1);
    const uri = this.bindings.get(prefix);
    const canonicalPrefix = uri === undefined ? undefined : this.canonicalPrefixes.get(uri);
    const result = canonicalPrefix !== undefined ? `${canonicalPrefix}:${local}` : `{${uri ?? ''}}${local}`;
    this.cache.set(qualifiedName, result);
    return result;
  }
}
