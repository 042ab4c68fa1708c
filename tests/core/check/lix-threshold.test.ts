import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../core/check/check-document.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { documentFromText } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';
import { lixOfText } from '../../../core/text/lix.js';

const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));

/** A text of `sentences` sentences and 60 words, `long` of them longer than six letters. */
function textWith(sentences: number, long: number): string {
  const words = Array.from({ length: 60 }, (_, i) => (i < long ? 'myndighetsutövning' : 'och'));
  const perSentence = Math.ceil(words.length / sentences);
  const parts: string[] = [];
  for (let i = 0; i < words.length; i += perSentence) {
    const sentence = words.slice(i, i + perSentence).join(' ');
    // A capital after the full stop, or the splitter reads one long sentence.
    parts.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
  }
  return parts.join(' ');
}

describe('LIX findings', () => {
  it('never report a value at or below the threshold they say it is above (the value is compared as shown, rounded)', () => {
    let nearBoundary = 0;
    for (let sentences = 1; sentences <= 12; sentences += 1) {
      for (let long = 0; long <= 60; long += 1) {
        const text = textWith(sentences, long);
        const exact = lixOfText(text).value;
        if (exact > 60 && exact < 60.5) nearBoundary += 1;
        const findings = checkDocument(documentFromText(text), compiled, { type: 'policy' }).findings.filter((f) => f.ruleId.includes('/lix-'));
        for (const finding of findings) expect(Number(finding.data['value'])).toBeGreaterThan(Number(finding.data['threshold']));
      }
    }
    // The sweep must cross the rounding boundary, or the assertion above proves nothing.
    expect(nearBoundary).toBeGreaterThan(0);
  });
});
