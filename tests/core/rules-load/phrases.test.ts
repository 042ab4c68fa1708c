import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { documentFromText } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { resolvePhrases, type PhraseDefinition } from '../../../core/rules/load/phrases.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { checkDocument } from '../../../core/check/check-document.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';
import { ruleLoadError } from '../../helpers/rule-load-error.js';

/**
 * Phrases (phrases.yaml) let a pack say "must not" once, in every Swedish word order, and use it
 * in any rule as {{name}}: what a rule author writes, and what the reviewer sees found.
 */

const PACK = `name: byran\nversion: 0.1.0\ntitle: { sv: Byrån, en: The agency }\ndescription: { sv: Test, en: Test }\n`;

function rule(pattern: string): string {
  return [
    'kind: pattern',
    'principle: fri-asiktsbildning',
    'subValue: yttrandefrihet',
    'severity: error',
    'title: { sv: Förbud mot att blogga, en: Ban on blogging }',
    'messages:',
    '  default: { sv: "”{match}” förbjuder bloggande.", en: "“{match}” bans blogging." }',
    'rationale: { sv: Yttrandefrihet., en: Freedom of expression. }',
    'suggestion: { sv: Stryk förbudet., en: Remove the ban. }',
    'legal:',
    '  - { law: regeringsformen, sfs: "1974:152", chapter: 2, section: "1" }',
    'examples:',
    '  flag: ["Du får inte blogga."]',
    '  pass: ["Du får gärna blogga."]',
    'patterns:',
    `  - '${pattern}'`,
    '',
  ].join('\n');
}

/** A pack folder with the given phrases.yaml text (none when undefined) and one rule. */
function pack(phrases: string | undefined, pattern: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'vk-phrases-')), 'byran');
  mkdirSync(join(dir, 'yttrande'), { recursive: true });
  writeFileSync(join(dir, 'pack.yaml'), PACK);
  if (phrases !== undefined) writeFileSync(join(dir, 'phrases.yaml'), phrases);
  writeFileSync(join(dir, 'yttrande', 'blogg.yaml'), rule(pattern));
  return dir;
}

const NEGATION = `phrases:\n  nej:\n    alternatives: ['inte', 'icke']\n  far-nej:\n    regex: 'får\\s(?:[\\p{L}]+\\s)?(?:{{nej}})'\n`;

function quotesFound(directory: string, text: string): string[] {
  const compiled = compileRuleSet(loadRulePacks({ directories: [directory] }));
  return checkDocument(documentFromText(text), compiled, { type: 'policy' }).findings.filter((f) => f.kind === 'pattern').map((f) => f.quote);
}

describe('phrases in a rule pack', () => {
  it('are expanded where a rule names them, phrases inside phrases included', () => {
    const dir = pack(NEGATION, '{{far-nej}}\\sblogga');
    expect(quotesFound(dir, 'Policy för sociala medier.\n\nHär får man icke blogga om arbetet. Du får gärna blogga om annat.')).toEqual(['får man icke blogga']);
  });

  it('name the file, the line and the defined phrases when a rule names an unknown one', () => {
    const error = ruleLoadError([pack(NEGATION, '{{far-inte}}\\sblogga')]);
    expect(error.code).toBe('RULES_INVALID');
    const details = String(error.details);
    expect(details).toMatch(/blogg\.yaml:16:\d+: unknown phrase "\{\{far-inte\}\}": phrases\.yaml defines far-nej, nej/);
  });

  it('report a rule that names a phrase in a pack without phrases.yaml', () => {
    expect(String(ruleLoadError([pack(undefined, '{{nej}}\\sblogga')]).details)).toContain('no phrases are defined');
  });

  it('report phrases that refer to each other in a circle, and invalid expressions, in phrases.yaml', () => {
    const circle = `phrases:\n  a:\n    regex: 'x{{b}}'\n  b:\n    regex: 'y{{a}}'\n  c:\n    regex: '(?:'\n`;
    const details = String(ruleLoadError([pack(circle, 'blogga')]).details);
    expect(details).toMatch(/phrases\.yaml:\d+:\d+: phrase "a" refers to itself/);
    expect(details).toMatch(/phrases\.yaml:\d+:\d+: phrase "c" is not a valid expression/);
  });

  it('reject a phrases.yaml that breaks the schema, with its line', () => {
    const details = String(ruleLoadError([pack('phrases:\n  Stor:\n    regex: x\n', 'blogga')]).details);
    expect(details).toContain('phrases.yaml:');
  });

  it('limit an expression as written, not as expanded', () => {
    const long = `phrases:\n  lang:\n    regex: '${'(?:abc)'.repeat(400)}'\n`;
    // 2,800 characters once expanded: allowed, since the rule as written is short.
    expect(() => loadRulePacks({ directories: [pack(long, '{{lang}}\\sblogga')] })).not.toThrow();
    expect(String(ruleLoadError([pack(NEGATION, `blogga${'(?:x)?'.repeat(400)}`)]).details)).toContain('longer than 2000 characters');
  });
});

describe('the built-in pack\'s prohibition phrases', () => {
  const definitions = (parse(readFileSync(join(builtinRulesDirectory(), 'phrases.yaml'), 'utf8')) as { phrases: Record<string, PhraseDefinition> }).phrases;
  const { phrases, issues } = resolvePhrases(definitions);
  // What the prohibition rules use: forbud, and forbud-omskrivning in patterns of their own.
  const lead = `(?:${phrases.get('forbud') ?? 'NOTHING'}|${phrases.get('forbud-omskrivning') ?? 'NOTHING'})`;
  const forbud = new RegExp(`${lead}\\s(?:(?:${phrases.get('forbudsadverb') ?? ''})\\s)?tala`, 'iu');

  it('resolves without problems', () => {
    expect(issues).toEqual([]);
  });

  it.each([
    'Medarbetare får inte tala med journalister.',
    'Vid kontakt med journalister ska den enskilde medarbetaren icke tala med dem.',
    'Det är viktigt att medarbetare inte får tala med journalister.',
    'Anställd äger icke att på eget initiativ tala med pressen.',
    'Det är inte tillåtet för medarbetare att tala med journalister.',
    'Ingen medarbetare får tala med journalister.',
    'Medarbetare har inte rätt att tala med journalister.',
    'Du ska avstå från att tala med journalister.',
    'Under inga omständigheter får du tala med journalister.',
    'Efter intervjun får de som har intervjuats inte tala med journalister.',
    'Uppgifter om ärendet får dock inte tala för sig själva.',
  ])('finds the prohibition in "%s"', (text) => {
    expect(forbud.test(text)).toBe(true);
  });

  it.each([
    'Du får gärna kontakta journalister men inte tala för myndigheten.',
    'Du får tala med journalister när du vill.',
    'Det är tillåtet att tala med journalister.',
  ])('finds no prohibition in "%s"', (text) => {
    expect(forbud.test(text)).toBe(false);
  });
});
