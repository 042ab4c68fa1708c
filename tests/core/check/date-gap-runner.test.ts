import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { analyseDocument } from '../../../core/check/analyse-document.js';
import { compileDateGapRule } from '../../../core/check/kinds/date-gap-runner.js';
import type { FindingDraft } from '../../../core/check/finding-draft.js';
import type { DateGapRule } from '../../../core/rules/rule-types.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

/**
 * The date-gap rule skips blocks that hold none of its labels' literals. Labels written with
 * characters that are special in regular expressions must still be found wherever they stand.
 */
const builtin = loadRulePacks({ directories: [builtinRulesDirectory()] }).rules.find((r): r is DateGapRule => r.kind === 'date-gap');

function gaps(rule: DateGapRule, text: string): FindingDraft[] {
  const found: FindingDraft[] = [];
  compileDateGapRule(rule).run(analyseDocument(documentFromText(text), 'jobad'), (draft) => found.push(draft));
  return found;
}

describe('date-gap labels', () => {
  const filler = Array.from({ length: 200 }, (_, k) => `Stycke ${k} om arbetsuppgifterna, senast uppdaterat i våras.`).join('\n\n');

  it('are found among many blocks, in upper or lower case', () => {
    expect(builtin).toBeDefined();
    const rule = builtin as DateGapRule;
    const [gap] = gaps(rule, `${filler}\n\nPUBLICERAD: 2025-03-03\n\n${filler}\n\nSista Ansökningsdag: 2025-03-10`);
    expect(gap?.data).toMatchObject({ days: 7, from: '2025-03-03', to: '2025-03-10' });
    expect(gaps(rule, `${filler}\n\nPublicerad: 2025-03-03\n\nSista ansökningsdag: 2025-04-10`)).toEqual([]);
  });

  it('are found when they hold regular-expression characters', () => {
    const rule: DateGapRule = { ...(builtin as DateGapRule), from: ['annons\\s+\\(publ\\.\\)\\s*:'], to: ['svar\\s+\\$senast\\$\\s*:', 'sista ans[öo]kningsdag'] };
    const [gap] = gaps(rule, `${filler}\n\nAnnons (publ.): 2025-03-03\n\nSvar $senast$: 2025-03-12`);
    expect(gap?.data).toMatchObject({ days: 9 });
  });
});
