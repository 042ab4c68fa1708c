import { createRequire } from 'node:module';
import type * as YamlModule from 'yaml';
import type { Document } from 'yaml';

// Loaded on first use, not with this module: a rule pack found in the cache (see pack-cache.ts)
// is not parsed again, and loading yaml cost every vardekollen run some 30 ms.
const requireModule = createRequire(import.meta.url);

/** A parsed YAML file that can say which line any part of it came from. */
export interface YamlSource {
  readonly file: string;
  readonly value: unknown;
  /** 1-based line and column of the node at `path` (or of its closest existing parent). */
  positionOf(path: readonly (string | number)[]): { line: number; column: number };
  /** Syntax errors, already with positions. */
  readonly syntaxErrors: readonly { line: number; column: number; message: string }[];
}

/** Parses YAML keeping positions. Duplicate keys are errors: a rule file must say one thing. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const { LineCounter, parseDocument } = requireModule('yaml') as typeof YamlModule;
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const syntaxErrors = [...document.errors, ...document.warnings].map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return { line: pos.line, column: pos.col, message: error.message.split('\n')[0] ?? error.message };
  });
  return {
    file,
    value: syntaxErrors.length > 0 ? undefined : (document.toJS({ maxAliasCount: 50 }) as unknown),
    syntaxErrors,
    positionOf(path) {
      for (let length = path.length; length >= 0; length--) {
        const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return { line: 1, column: 1 };
    },
  };
}
