import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { checkDocument } from '../../../core/check/check-document.js';
import type { ImportedDocument } from '../../../core/model/document.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';
import { readManifest } from '../../corpus/manifest.js';

/**
 * False alarms on real Swedish public documents that are neither policies nor job ads (court
 * rulings, government bills, committee terms of reference, an agency regulation). They discuss
 * discrimination, personal data, secrecy and decisions at length, so a careless pattern would
 * fire; none of the policy rules' passage patterns may. Missing-element findings of the
 * `required` kind are expected when such a text is checked as a policy (a court ruling has no
 * document owner) and are not counted here.
 */
const OWN = 'vardegrund/policy/';
const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));
const swedish = readManifest().filter((entry) => entry.swedish && !entry.note.includes('images only'));

async function load(path: string): Promise<ImportedDocument> {
  return importDocument(new Uint8Array(readFileSync(path)), { fileName: path });
}

describe.each(swedish.map((entry) => [entry.file, entry] as const))('corpus %s', (_file, entry) => {
  it('draws no error or warning from a policy pattern rule, as policy or as other', { timeout: 60_000 }, async () => {
    const document = await load(entry.absolutePath);
    for (const type of ['policy', 'other'] as const) {
      const passages = checkDocument(document, compiled, { type }).findings.filter(
        (f) => f.ruleId.startsWith(OWN) && f.kind === 'pattern' && f.severity !== 'info',
      );
      expect(passages.map((f) => `${type}: ${f.ruleId} «${f.quote}»`)).toEqual([]);
    }
  });

  it('draws nothing at all from the policy rules when checked as a job ad', { timeout: 60_000 }, async () => {
    const document = await load(entry.absolutePath);
    const own = checkDocument(document, compiled, { type: 'jobad' }).findings.filter((f) => f.ruleId.startsWith(OWN));
    expect(own.map((f) => f.ruleId)).toEqual([]);
  });
});
