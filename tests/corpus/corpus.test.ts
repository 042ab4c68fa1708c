import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type * as ImportModule from '../../core/import/index.js';
import { BLOCK_SEPARATOR, type ImportedDocument } from '../../core/model/index.js';
import { isVardekollenError } from '../../core/errors/index.js';
import { readManifest, type CorpusEntry } from './manifest.js';

/**
 * Every third-party file in ../shared/corpus (broken, encrypted, hostile, Swedish) either
 * imports or fails with a typed error, within the time limit, through the same isolated
 * importer the application uses. A summary table is printed at the end.
 */
const TIMEOUT_MS = 20_000;
const entries = readManifest();

/**
 * The compiled importer (dist/, built by `npm run build`, which `npm test` runs first): its
 * worker threads start from plain JavaScript, as in the shipped app, instead of compiling the
 * TypeScript sources in every worker.
 */
const built = new URL('../../dist/core/import/index.js', import.meta.url);
if (!existsSync(built)) throw new Error('dist/ is missing: run npm run build before the corpus test');
const { importDocumentIsolated } = (await import(built.href)) as typeof ImportModule;

interface Outcome {
  readonly entry: CorpusEntry;
  readonly attempt: 'without password' | 'with password';
  readonly result: string;
  readonly ms: number;
  readonly document?: ImportedDocument;
}
const outcomes: Outcome[] = [];

async function run(entry: CorpusEntry, password?: string): Promise<Outcome> {
  const bytes = new Uint8Array(readFileSync(entry.absolutePath));
  const started = performance.now();
  const attempt = password === undefined ? 'without password' : 'with password';
  try {
    const document = await importDocumentIsolated(bytes, {
      fileName: entry.file,
      limits: { timeoutMs: TIMEOUT_MS },
      ...(password !== undefined ? { password } : {}),
    });
    const outcome = { entry, attempt, result: 'ok', ms: performance.now() - started, document } as const;
    outcomes.push(outcome);
    return outcome;
  } catch (error) {
    if (!isVardekollenError(error)) throw error;
    const outcome = { entry, attempt, result: error.code, ms: performance.now() - started } as const;
    outcomes.push(outcome);
    return outcome;
  }
}

// Two files at a time: each import has its own worker thread, and the machine has two cores.
describe.concurrent.each(entries.map((e) => [e.file, e] as const))('corpus file %s', (_name, entry) => {
  it('imports or fails with a typed, non-internal error within the limit', async () => {
    const outcome = await run(entry);
    expect(outcome.result, `${entry.file}: ${entry.note}`).not.toBe('INTERNAL');
    expect(outcome.ms).toBeLessThan(TIMEOUT_MS + 5_000);
    if (outcome.document) {
      const doc = outcome.document;
      expect(doc.text).toBe(doc.blocks.map((b) => b.text).join(BLOCK_SEPARATOR));
      for (const block of doc.blocks) expect(doc.text.slice(block.span.start, block.span.end)).toBe(block.text);
    }
    if (entry.password !== undefined && entry.file !== 'docx/apache-poi/protected_agile.docx') {
      // Office's default password "VelvetSweatshop" opens protected_agile.docx without asking.
      expect(['PASSWORD_REQUIRED', 'ok']).toContain(outcome.result);
    }
  });

  if (entry.password !== undefined) {
    it('opens with the password from the manifest', async () => {
      const outcome = await run(entry, entry.password);
      expect(['PASSWORD_REQUIRED', 'PASSWORD_INCORRECT', 'INTERNAL']).not.toContain(outcome.result);
    });
  }

  if (entry.swedish) {
    it('extracts readable Swedish', async () => {
      const outcome = outcomes.find((o) => o.entry === entry) ?? (await run(entry));
      if (entry.file.endsWith('scanned.pdf')) {
        expect(outcome.result).toBe('NO_TEXT_LAYER');
        return;
      }
      expect(outcome.result).toBe('ok');
      const text = outcome.document?.text ?? '';
      const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
      const common = new Set(['och', 'att', 'i', 'som', 'för', 'av', 'en', 'det', 'på', 'är', 'till', 'med', 'den', 'om', 'ska']);
      expect(words.filter((w) => common.has(w)).length / words.length).toBeGreaterThan(0.1);
      expect(text).toMatch(/[åäö]/);
      // Broken extraction shows up as many one-letter "words" (s p a c e d  o u t) or replacement characters.
      const singleLetters = words.filter((w) => w.length === 1 && !['i', 'å', 'ö', 'a', 'e', 'o', 'k', 's', 'x'].includes(w)).length;
      expect(singleLetters / words.length).toBeLessThan(0.05);
      expect(text).not.toContain('\uFFFD');
    });
  }
});

afterAll(() => {
  const table = new Map<string, Map<string, number>>();
  for (const o of outcomes) {
    const folder = `${o.entry.file.split('/').slice(0, 2).join('/')} (${o.attempt})`;
    const row = table.get(folder) ?? new Map<string, number>();
    row.set(o.result, (row.get(o.result) ?? 0) + 1);
    table.set(folder, row);
  }
  const lines = ['', 'Corpus import summary (isolated importer):', '| folder | outcomes |', '|---|---|'];
  for (const [folder, row] of [...table].sort()) {
    lines.push(`| ${folder} | ${[...row].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')} |`);
  }
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  lines.push(`files: ${entries.length}; attempts: ${outcomes.length}; median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms; slowest ${times.at(-1)?.toFixed(0)} ms`);
  console.log(lines.join('\n'));
});
