import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { analyseDocument } from '../../../core/check/analyse-document.js';
import { measureCoverage } from '../../../core/check/value-word-coverage.js';
import { measureDocument } from '../../../core/check/document-metrics.js';
import type { AnalysedDocument } from '../../../core/check/analysed-document.js';
import type { FindingDraft } from '../../../core/check/finding-draft.js';
import { analyzeText } from '../../../core/text/index.js';
import { DOCUMENT_TYPES } from '../../../core/rules/rule-types.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

/**
 * The analysis keeps a document's tokens in one token table, and the rule kinds that walk
 * tokens (terms, balance, passives, LIX, coverage) read it directly. The same document with
 * its sentences as plain objects takes the token-object paths; every rule must report exactly
 * the same on both, on the real job-ad and policy fixtures.
 */
const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));
const fixtures = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));
const files = ['jobbannonser', 'policyer'].flatMap((folder) =>
  readdirSync(join(fixtures, folder))
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => join(folder, name)),
);

/** The analysis with every sentence copied into a plain object. */
function withPlainSentences(analysed: AnalysedDocument): AnalysedDocument {
  const blocks = analysed.blocks.map((block) => ({
    ...block,
    sentences: block.sentences.map((s) => ({ span: s.span, text: s.text, tokens: [...s.tokens], wordCount: s.wordCount })),
  }));
  const sections = analysed.sections.map((section) => ({ ...section, blocks: section.blocks.map((b) => blocks[b.index]!) }));
  return { ...analysed, blocks, sections };
}

/** What a finding draft says, without object identities. */
function drafts(document: AnalysedDocument): unknown[] {
  const out: unknown[] = [];
  for (const runner of compiled.runners) {
    runner.run(document, (draft: FindingDraft) =>
      out.push({ rule: draft.rule.id, messageId: draft.messageId, span: draft.span, block: draft.block?.index, sentence: draft.sentence?.text, data: draft.data }),
    );
  }
  return out;
}

describe('the shared token table of an analysed document', () => {
  it('is read as tokens would be: every rule, the coverage and the metrics agree on the fixtures', async () => {
    let findings = 0;
    for (const file of files) {
      const document = await importDocument(new Uint8Array(readFileSync(join(fixtures, file))), { fileName: file });
      for (const type of DOCUMENT_TYPES) {
        const analysed = analyseDocument(document, type);
        const plain = withPlainSentences(analysed);
        const fromTable = drafts(analysed);
        expect(fromTable, `${file} as ${type}`).toEqual(drafts(plain));
        expect(measureCoverage(analysed, compiled.valueWords)).toEqual(measureCoverage(plain, compiled.valueWords));
        expect(measureDocument(analysed)).toEqual(measureDocument(plain));
        findings += fromTable.length;
      }
    }
    expect(findings).toBeGreaterThan(100);
  });

  it('holds each block as analyzeText would analyse it alone', async () => {
    const document = await importDocument(new Uint8Array(readFileSync(join(fixtures, 'policyer', 'uppforandekod-brister.txt'))), { fileName: 'a.txt' });
    const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    for (const block of analyseDocument(document, 'policy').blocks) {
      expect(json(block.sentences)).toEqual(json(analyzeText(block.block.text, block.block.span.start)));
    }
  });
});
