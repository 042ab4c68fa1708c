import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../core/import/index.js';
import type { ImportBytes } from '../../../core/import/import-file.js';
import type { ImportOptions } from '../../../core/import/import-options.js';
import { importWhileCompiling } from '../../../core/service/actions/import-source.js';
import { RuleSetCache } from '../../../core/service/rule-set-cache.js';
import type { ServiceDeps } from '../../../core/service/service-deps.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

/**
 * A check imports its document while its rules compile (the import worker reads the file on
 * the other core), but an invalid rule pack is still reported before any file is read.
 */
const dir = mkdtempSync(join(tmpdir(), 'vardekollen-overlap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const policyPath = join(dir, 'policy.txt');
writeFileSync(policyPath, 'Riktlinje för bisysslor\n\nMedarbetare ska anmäla bisysslor till sin chef. Beslut fattas av HR-chefen.\n');

function depsWith(importer: ImportBytes): ServiceDeps {
  return {
    importer,
    ruleSets: new RuleSetCache(builtinRulesDirectory()),
    store: () => {
      throw new Error('a check needs no database');
    },
    existingStore: () => undefined,
    now: () => '2025-06-02T08:00:00.000Z',
  };
}

describe('importing while the rules compile', () => {
  it('starts the import before the rules have finished compiling, and returns both', async () => {
    const seen: { compiledWhenImportStarted: boolean; fileName: string | undefined }[] = [];
    const deps = depsWith((bytes: Uint8Array, options?: ImportOptions) => {
      seen.push({ compiledWhenImportStarted: deps.ruleSets.ready() !== undefined, fileName: options?.fileName });
      return importDocument(bytes, options);
    });
    const { document, compiled } = await importWhileCompiling(deps, { source: { kind: 'path', path: policyPath } }, undefined);
    expect(seen).toEqual([{ compiledWhenImportStarted: false, fileName: policyPath }]);
    expect(document.blocks.map((b) => b.text)).toContain('Medarbetare ska anmäla bisysslor till sin chef. Beslut fattas av HR-chefen.');
    expect(compiled).toBe(deps.ruleSets.ready());
    expect(compiled.ruleSet).toBe(deps.ruleSets.load());
    expect(compiled.runners.length).toBeGreaterThan(50);
  });

  it('reports an invalid rule pack before reading the file', async () => {
    const pack = join(dir, 'trasig');
    mkdirSync(join(pack, 'egna'), { recursive: true });
    writeFileSync(join(pack, 'pack.yaml'), 'name: trasig\nversion: 1.0.0\ntitle: { sv: Trasig, en: Broken }\n');
    writeFileSync(join(pack, 'egna', 'fel.yaml'), 'kind: term\nprinciple: demokrati\nseverity: sometimes\n');
    let imported = 0;
    const deps = depsWith(async (bytes, options) => {
      imported++;
      return importDocument(bytes, options);
    });
    await expect(importWhileCompiling(deps, { source: { kind: 'path', path: policyPath } }, { packs: [pack] })).rejects.toMatchObject({ code: 'RULES_INVALID' });
    expect(imported).toBe(0);
  });

  it('reports a file that is not there as FILE_NOT_FOUND, also when that is known before the rules are compiled', async () => {
    const deps = depsWith((bytes, options) => importDocument(bytes, options));
    await expect(importWhileCompiling(deps, { source: { kind: 'path', path: join(dir, 'saknas.docx') } }, undefined)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    // The rules finished compiling all the same, for the next file.
    expect(deps.ruleSets.ready()).toBeDefined();
  });

  it('shares one compilation between checks that start together', async () => {
    const deps = depsWith((bytes, options) => importDocument(bytes, options));
    const [first, second] = await Promise.all([
      importWhileCompiling(deps, { source: { kind: 'path', path: policyPath } }, undefined),
      importWhileCompiling(deps, { source: { kind: 'bytes', bytes: new TextEncoder().encode('Vi söker en handläggare.'), fileName: 'annons.txt' } }, undefined),
    ]);
    expect(first.compiled).toBe(second.compiled);
    expect(second.document.metadata.title).toBeDefined();
  });
});
