/**
 * Calls `visit` for every leaf of a JSON value with its path: object members joined with ".",
 * array elements as "[i]" ("occurrences[0].location.page"). Strings, numbers, booleans, null and
 * EMPTY arrays and objects are leaves (an emptied list must still show up as a change).
 * `undefined` members are skipped, as canonical JSON drops them.
 */
export function forEachLeaf(value: unknown, visit: (path: string, leaf: unknown) => void, prefix = ''): void {
  if (Array.isArray(value)) {
    if (value.length === 0) visit(prefix, value);
    value.forEach((element: unknown, index) => forEachLeaf(element, visit, `${prefix}[${index}]`));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) visit(prefix, value);
    for (const [name, member] of entries) forEachLeaf(member, visit, prefix === '' ? name : `${prefix}.${name}`);
    return;
  }
  visit(prefix, value);
}
