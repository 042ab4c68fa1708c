import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { checkDocument } from '../../../core/check/check-document.js';
import type { Finding } from '../../../core/check/finding.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';
import { POLICY_FIXTURES, readPolicyFixtureBytes } from '../../fixtures/documents/policyer/read-policy-fixture.js';

/**
 * The policy rules on whole, realistic Swedish governing documents read from files through the
 * real importer and checked with the whole built-in rule set. Other people add rules to other
 * folders, so only the findings of the policy rules are asserted.
 */
const OWN = 'vardegrund/policy/';
const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));

async function checkFixture(name: string): Promise<Finding[]> {
  const document = await importDocument(readPolicyFixtureBytes(name), { fileName: name });
  return checkDocument(document, compiled, { type: 'policy' }).findings.filter((f) => f.ruleId.startsWith(OWN));
}

/** A finding as the reviewer sees it: which rule, which message, the quoted words, which line. */
function located(finding: Finding): { rule: string; severity: string; message: string; quote: string; line: number | undefined } {
  return {
    rule: finding.ruleId.slice(OWN.length),
    severity: finding.severity,
    message: finding.messageId,
    quote: finding.quote,
    line: finding.origin?.line,
  };
}

const serious = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity !== 'info');

describe('a media policy that forbids staff to talk to journalists', () => {
  it('reports every restriction of the meddelarfrihet where it stands', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.mediepolicyForbud);
    expect(serious(findings).map(located)).toEqual([
      { rule: 'meddelarfrihet/meddelarfrihet-namns-inte', severity: 'warning', message: 'default', quote: '', line: undefined },
      { rule: 'meddelarfrihet/forbud-media', severity: 'error', message: 'endast', quote: 'Endast generaldirektören och presschefen får uttala sig i media', line: 17 },
      { rule: 'meddelarfrihet/forbud-media', severity: 'error', message: 'default', quote: 'får inte uttala sig i media', line: 21 },
      { rule: 'meddelarfrihet/mediekontakt-via-enhet', severity: 'error', message: 'default', quote: 'All kontakt med media ska ske via', line: 23 },
      { rule: 'meddelarfrihet/rapportera-mediekontakt', severity: 'error', message: 'default', quote: 'kontaktad av en journalist ska du alltid informera din närmaste chef', line: 25 },
      { rule: 'meddelarfrihet/sekretess-media', severity: 'warning', message: 'default', quote: 'får inte lämna sekretessbelagda uppgifter till journalister', line: 27 },
      { rule: 'yttrandefrihet/forbud-kritik', severity: 'error', message: 'default', quote: 'Negativa uttalanden om myndigheten i sociala medier är inte tillåtna', line: 29 },
      { rule: 'meddelarfrihet/efterforskning', severity: 'error', message: 'default', quote: 'Läckor av intern information till media kommer att utredas', line: 33 },
      { rule: 'meddelarfrihet/repressalier', severity: 'error', message: 'default', quote: 'media utan tillstånd kan drabbas av arbetsrättsliga', line: 35 },
    ]);
  });

  it('places the findings under their headings and leaves the lawful sentences alone', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.mediepolicyForbud);
    const byLine = new Map(findings.filter((f) => f.origin?.line !== undefined).map((f) => [f.origin?.line, f]));
    expect(byLine.get(17)?.origin?.headingPath).toEqual(['Kustverket', '2. Talespersoner']);
    expect(byLine.get(33)?.origin?.headingPath).toEqual(['Kustverket', '4. Läckor och påföljder']);
    // "Presschefen ... uttalar sig på myndighetens vägnar" (line 15) is what a policy may say.
    expect(byLine.has(15)).toBe(false);
    // Every message names the words it found.
    for (const finding of findings.filter((f) => f.quote !== '')) expect(finding.message.sv).toContain(finding.quote);
  });

  it('notes the missing decision details without calling them errors', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.mediepolicyForbud);
    const decision = findings.filter((f) => f.ruleId.startsWith(`${OWN}beslut/`));
    expect(decision.map((f) => [f.ruleId.slice(OWN.length), f.severity])).toEqual([
      ['beslut/foredragande', 'info'],
      ['beslut/oversyn', 'info'],
      ['beslut/version', 'info'],
    ]);
  });
});

describe('a lawful communication policy', () => {
  it('produces no error or warning and no missing decision details', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.kommunikationspolicy);
    expect(serious(findings).map(located)).toEqual([]);
    expect(findings.filter((f) => f.ruleId.startsWith(`${OWN}beslut/`)).map(located)).toEqual([]);
    expect(findings.filter((f) => f.ruleId.startsWith(`${OWN}meddelarfrihet/`)).map(located)).toEqual([]);
  });
});

describe('a code of conduct with the classic mistakes', () => {
  it('reports bans on criticism, politics and bisysslor, false legal claims and the whistleblowing channel as the only way', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.uppforandekodBrister);
    expect(serious(findings).map(located)).toEqual([
      { rule: 'jav/anmalningsplikt', severity: 'warning', message: 'default', quote: '', line: undefined },
      { rule: 'yttrandefrihet/forbud-kritik', severity: 'error', message: 'default', quote: 'ska du vara lojal mot myndigheten och inte kritisera dess', line: 15 },
      { rule: 'yttrandefrihet/forbud-politik-fack', severity: 'error', message: 'default', quote: 'får inte engagera sig i politiska', line: 15 },
      { rule: 'jav/gammal-forvaltningslag', severity: 'warning', message: 'default', quote: '11–12 §§ förvaltningslagen', line: 19 },
      { rule: 'mutor/fast-belopp', severity: 'warning', message: 'lag', quote: 'Enligt lagen får du ta emot gåvor upp till 500 kronor', line: 23 },
      { rule: 'bisysslor/totalforbud', severity: 'error', message: 'default', quote: 'får inte ha några bisysslor', line: 27 },
      { rule: 'bisysslor/tillstand-som-lag', severity: 'warning', message: 'default', quote: 'Enligt lag måste alla bisysslor godkännas', line: 27 },
      { rule: 'visselblasning/ersatter-meddelarfrihet', severity: 'error', message: 'default', quote: 'Misstankar om oegentligheter får endast rapporteras', line: 31 },
      { rule: 'visselblasning/ersatter-meddelarfrihet', severity: 'error', message: 'default', quote: 'i stället för att gå till media', line: 31 },
      { rule: 'offentlighet/generell-sekretess', severity: 'warning', message: 'default', quote: 'All information om inspektionens verksamhet är konfidentiell', line: 35 },
    ]);
  });

  it('adds information on what a reader would miss', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.uppforandekodBrister);
    const info = findings.filter((f) => f.severity === 'info' && !f.ruleId.startsWith(`${OWN}beslut/`) && f.kind !== 'coverage');
    expect(info.map(located)).toEqual([
      { rule: 'mutor/brottsbalken', severity: 'info', message: 'default', quote: '', line: undefined },
      { rule: 'visselblasning/komplement', severity: 'info', message: 'default', quote: '', line: undefined },
      { rule: 'demokrati/kunder', severity: 'info', message: 'default', quote: 'kunder', line: 11 },
      { rule: 'rattslig-grund/skyldighet-utan-lagstod', severity: 'info', message: 'default', quote: 'är skyldig att', line: 35 },
    ]);
  });

  it('is reported once per problem: the old act is not also a missing reference, the law claim not also a routine', async () => {
    const ids = (await checkFixture(POLICY_FIXTURES.uppforandekodBrister)).map((f) => f.ruleId.slice(OWN.length));
    expect(ids).not.toContain('jav/forvaltningslagen');
    expect(ids).not.toContain('bisysslor/forhandsgodkannande');
    expect(ids).not.toContain('yttrandefrihet/lojalitet-utat');
  });
});

describe('the corrected code of conduct', () => {
  it('fixes every error and warning of the first draft', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.uppforandekod);
    expect(serious(findings).map(located)).toEqual([]);
    expect(findings.filter((f) => f.kind !== 'coverage').map(located)).toEqual([]);
  });

  it('covers all six principles of the value base', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.uppforandekod);
    expect(findings.filter((f) => f.kind === 'coverage')).toEqual([]);
  });
});

describe('a personal-data policy', () => {
  it('states legal basis, controller, data protection officer and retention, so nothing is missing', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.personuppgiftspolicy);
    expect(serious(findings).map(located)).toEqual([]);
    expect(findings.filter((f) => f.ruleId.startsWith(`${OWN}personuppgifter/`) || f.ruleId.startsWith(`${OWN}beslut/`)).map(located)).toEqual([]);
  });

  it('does not take the investigation of data leaks for an investigation of sources', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.personuppgiftspolicy);
    expect(findings.filter((f) => f.ruleId === `${OWN}meddelarfrihet/efterforskning`)).toEqual([]);
  });
});

describe('a routine for requests for official documents', () => {
  it('reports the demands for identity, writing and purpose, the deadline and the blanket secrecy', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.rutinAllmannaHandlingar);
    expect(serious(findings).map(located)).toEqual([
      { rule: 'offentlighet/krav-identitet-syfte', severity: 'error', message: 'skriftlig', quote: 'begäran om att få ta del av allmänna handlingar ska alltid vara skriftlig', line: 17 },
      { rule: 'offentlighet/krav-identitet-syfte', severity: 'error', message: 'default', quote: 'måste uppge sitt namn', line: 19 },
      { rule: 'offentlighet/krav-identitet-syfte', severity: 'error', message: 'anonym', quote: 'Anonyma förfrågningar om allmänna handlingar besvaras inte', line: 21 },
      { rule: 'offentlighet/fast-frist', severity: 'warning', message: 'default', quote: 'inom två veckor', line: 25 },
      { rule: 'offentlighet/generell-sekretess', severity: 'warning', message: 'default', quote: 'gäller total sekretess', line: 31 },
    ]);
  });

  it('accepts the three-week appeal period and the copying fee', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.rutinAllmannaHandlingar);
    expect(findings.filter((f) => f.origin?.line === 27 || f.origin?.line === 35).map(located)).toEqual([]);
  });
});

describe('seed 002, an action plan for value-base work, checked as a policy', () => {
  it('flags "kunder" as information wherever the plan calls citizens customers, but not next to "allmänhet"', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.seed002);
    expect(findings.filter((f) => f.ruleId === `${OWN}demokrati/kunder`).map((f) => [f.quote, f.origin?.line, f.severity])).toEqual([
      ['Kundundersökning', 14, 'info'],
      ['Kundundersökning', 35, 'info'],
      ['kunder', 37, 'info'],
      ['kunders', 39, 'info'],
    ]);
  });

  it('finds no error, and warns only that the plan does not say who decided it or when', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.seed002);
    expect(serious(findings).map(located)).toEqual([
      { rule: 'beslut/beslutad-av', severity: 'warning', message: 'default', quote: '', line: undefined },
      { rule: 'beslut/beslutsdatum', severity: 'warning', message: 'default', quote: '', line: undefined },
    ]);
  });

  it('does not treat "media" as a target group as a media policy', async () => {
    const findings = await checkFixture(POLICY_FIXTURES.seed002);
    expect(findings.filter((f) => f.ruleId.startsWith(`${OWN}meddelarfrihet/`))).toEqual([]);
  });
});
