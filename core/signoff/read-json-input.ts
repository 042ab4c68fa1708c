import { formatBytes } from '../import/format-units.js';
import { ShapeError } from './json-reader.js';
import { SIGNED_FILE_LIMITS } from './limits.js';

/**
 * Turns what a caller hands the verifier into a plain JSON value within the limits: JSON text,
 * the file's bytes (UTF-8, with or without BOM), or an already parsed value. Walks the value
 * iteratively, so nesting a million levels deep costs a loop, not the stack.
 *
 * @throws ShapeError with a clear problem (not JSON, too large, too deep, not plain JSON data).
 */
export function readJsonInput(input: unknown): unknown {
  let value: unknown = input;
  if (input instanceof Uint8Array) {
    if (input.byteLength > SIGNED_FILE_LIMITS.maxLength) throw tooLarge(input.byteLength);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
    } catch {
      // The decoder's own message adds nothing a user can act on; what matters is that it failed.
      throw new ShapeError('', 'the file is not UTF-8 text');
    }
    value = parseText(text);
  } else if (typeof input === 'string') {
    if (input.length > SIGNED_FILE_LIMITS.maxLength) throw tooLarge(input.length);
    value = parseText(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  }
  assertPlainJson(value);
  return value;
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const where = error instanceof SyntaxError ? ` (${error.message})` : '';
    throw new ShapeError('', `the text is not valid JSON; it may be cut off or edited${where}`);
  }
}

function tooLarge(size: number): ShapeError {
  return new ShapeError('', `the file is ${formatBytes(size)}, more than the ${formatBytes(SIGNED_FILE_LIMITS.maxLength)} a signed checklist may have`);
}

/** Refuses anything JSON cannot hold (functions, dates, class instances, cycles) and anything too deep or too big. */
function assertPlainJson(root: unknown): void {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (++count > SIGNED_FILE_LIMITS.maxValues) throw new ShapeError('', `more than ${SIGNED_FILE_LIMITS.maxValues} values`);
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new ShapeError('', 'holds a number JSON cannot represent');
      continue;
    }
    if (typeof value !== 'object') throw new ShapeError('', `holds a ${typeof value}, which JSON cannot represent`);
    // A cycle shows up as depth without end, so the depth limit also ends cycles.
    if (depth >= SIGNED_FILE_LIMITS.maxDepth) throw new ShapeError('', `nested more than ${SIGNED_FILE_LIMITS.maxDepth} levels deep`);
    if (Array.isArray(value)) {
      for (const element of value as unknown[]) stack.push({ value: element, depth: depth + 1 });
      continue;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw new ShapeError('', 'holds an object that is not plain JSON data');
    for (const member of Object.values(value)) stack.push({ value: member, depth: depth + 1 });
  }
}
