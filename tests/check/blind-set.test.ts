import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../core/check/check-document.js';
import { compileRuleSet } from '../../core/check/compile-rule-set.js';
import type { Finding } from '../../core/check/finding.js';
import { documentFromText } from '../../core/import/index.js';
import { loadRulePacks } from '../../core/rules/load/load-rule-packs.js';
import type { DocumentType } from '../../core/rules/rule-types.js';
import { builtinRulesDirectory } from '../../core/util/package-paths.js';

/**
 * A blind set: eight job ads and six policies written by someone who had not seen the rules,
 * half of them clean (with the phrases that trip naive checkers: "unga män i riskzon" as
 * clients, "Du behöver inte informera din chef", citizenship that the police require) and half
 * with the mistakes HR and policy writers actually make. The writer's key, with every
 * deliberate mistake and every tricky-but-fine phrase, is KEY.md next to the texts.
 *
 * Asserted here: the exact errors and warnings of every text (so a new false alarm fails as
 * surely as a miss), and the information-level findings the key asks for. Misses the rules do
 * not catch yet are listed at the end, so that nobody mistakes this test for full recall.
 */
const BLIND = fileURLToPath(new URL('../fixtures/documents/blind/', import.meta.url));
const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));

function findingsOf(path: string, type: DocumentType): Finding[] {
  const document = documentFromText(readFileSync(`${BLIND}${path}`, 'utf8'), path);
  return checkDocument(document, compiled, { type }).findings;
}

/** Rule id without the pack, and the start of the quote ("" for a finding about the whole text). */
type Seen = readonly [rule: string, quoteStart: string];

const seen = (f: Finding): Seen => [f.ruleId.replace('vardegrund/', ''), f.quote.slice(0, 40)];

interface BlindCase {
  readonly type: DocumentType;
  /** Every error and warning, in order. */
  readonly serious: readonly Seen[];
  /** Information-level findings the key asks for (others may appear too). */
  readonly info?: readonly Seen[];
  /** Information-level findings that must not appear (the key calls the phrase fine). */
  readonly notInfo?: readonly string[];
}

const CASES: Readonly<Record<string, BlindCase>> = {
  // Citizenship, "god fysik" and B-körkort with the reason and the law next to them; "barn och unga" as the people met.
  'jobads/01-polisen-ingripande.txt': { type: 'jobad', serious: [] },
  // "Du som är nyexaminerad … är också välkommen att söka" invites, it does not require.
  'jobads/02-forsakringskassan-assistans.txt': { type: 'jobad', serious: [], notInfo: ['jobbannons/alder-nyutexaminerad'] },
  // "unga män i riskzon" are the clients; "friskvårdsbidrag" is a benefit.
  'jobads/03-lansstyrelsen-brottsforebyggande.txt': { type: 'jobad', serious: [] },
  // "personer som är 75 år eller äldre" are the study population; the under-represented sex is encouraged.
  'jobads/04-liu-forskningsassistent.txt': { type: 'jobad', serious: [] },
  'jobads/05-trafikverket-projektledare.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/alder-ung', 'ungt'],
      ['jobbannons/familj-barn', 'utan småbarn'],
    ],
    info: [
      ['klarsprak/skall', 'skall'],
      ['klarsprak/erhalla', 'erhåller'],
    ],
  },
  'jobads/06-statens-servicecenter-lon.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
      ['jobbannons/kon-tjej-kille', 'tjej'],
    ],
    info: [['jobbannons/kon-foraldraledig', 'mammaledig']],
  },
  'jobads/07-smhi-utvecklare.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/placeringsort', ''],
      ['jobbannons/alder-ung', 'digital native'],
      ['jobbannons/kon-pronomen-profil', 'Han trivs'],
    ],
    info: [
      ['jobbannons/alder-nyutexaminerad', 'nyutexaminerad'],
      ['jobbannons/skryt-superlativ', 'världens mest spännande arbetsplats'],
      ['jobbannons/skryt-superlativ', 'absolut världsklass'],
    ],
  },
  'jobads/08-domstolsverket-registrator.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/kontaktperson', ''],
      ['klarsprak/mycket-lang-mening', 'Arbetsuppgifterna omfattar i huvudsak re'],
      ['jobbannons/halsa-frisk', 'frisk'],
      ['jobbannons/halsa-allergi', 'fri från allergier'],
      ['jobbannons/medborgarskap', 'Svenskt medborgarskap'],
    ],
    info: [
      ['klarsprak/harmed', 'härmed'],
      ['klarsprak/vederborande', 'vederbörande'],
      ['klarsprak/huruvida', 'huruvida'],
      ['klarsprak/befattningshavare', 'befattningshavare'],
      ['klarsprak/varvid', 'varvid'],
      ['klarsprak/tillhandahalla', 'tillhandahålla'],
      ['klarsprak/atnjuta', 'åtnjuter'],
      ['klarsprak/tillhanda', 'tillhanda'],
    ],
  },
  // The policies give "Gäller från" but no decision date: that field is really missing.
  // "Du behöver inte informera din chef …", "Chefen får inte efterforska …": protections, not restrictions.
  'policies/01-mediekontakter.txt': { type: 'policy', serious: [['policy/beslut/beslutsdatum', '']] },
  'policies/02-bisysslor.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['klarsprak/mycket-lang-mening', 'Av 7 § lagen (1994:260) om offentlig ans'],
      ['policy/bisysslor/totalforbud', 'får inte inneha någon bisyssla'],
      ['policy/yttrandefrihet/forbud-politik-fack', 'Uppdrag i politiska partier, fackliga or'],
      ['policy/yttrandefrihet/forbud-politik-fack', 'skall därtill även utanför arbetstid avs'],
      ['klarsprak/mycket-lang-mening', 'Det åligger varje arbetstagare att senas'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'skriva debattartiklar, föreläsa eller me'],
    ],
    info: [
      ['klarsprak/dubbel-passiv', 'anses ha anmälts'],
      ['klarsprak/dubbel-passiv', 'anses ha avgjorts'],
      ['klarsprak/aligga', 'åligger'],
      ['klarsprak/harvid', 'härvid'],
      ['klarsprak/harvid', 'därvid'],
      ['klarsprak/dessforinnan', 'dessförinnan'],
    ],
  },
  // "Du får inte fråga vem personen är" states the requester's right; the 38-word sentence is over the 35-word line.
  'policies/03-allmanna-handlingar.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['klarsprak/mycket-lang-mening', 'Beslutet fattas av den chef som enligt a'],
    ],
  },
  'policies/04-sociala-medier.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'All kontakt med media ska gå via'],
      ['policy/yttrandefrihet/sociala-medier', 'får inte uttala sig om myndighetens verk'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'journalist kontaktar dig ska du hänvisa '],
      ['klarsprak/mycket-lang-mening', 'Som anställd vid en tillsynsmyndighet sk'],
      ['policy/yttrandefrihet/forbud-politik-fack', 'ska du även på fritiden avstå från att i'],
      ['policy/meddelarfrihet/efterforskning', 'utreda vilken medarbetare som har lämnat'],
      ['policy/meddelarfrihet/efterforskning', 'fråga sina medarbetare om de har haft ko'],
    ],
    info: [
      ['policy/beslut/diarienummer', ''],
      ['policy/beslut/dokumentagare', ''],
      ['policy/beslut/giltighet', ''],
    ],
  },
  // "Den interna kanalen ersätter inte din meddelarfrihet", "Ingen får behandlas sämre på grund av sin fackliga tillhörighet".
  'policies/05-likabehandling-och-visselblasning.txt': { type: 'policy', serious: [['policy/beslut/beslutsdatum', '']] },
  'policies/06-gavor-och-representation.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['policy/mutor/fast-belopp', 'Gåvor till ett värde av högst 2 000 kron'],
      ['policy/mutor/fast-belopp', 'Presentkort och kontanta gåvor upp till '],
      ['klarsprak/mycket-lang-mening', 'Det åligger den som är ansvarig för ett '],
      ['policy/offentlighet/krav-identitet-syfte', 'ska uppge namn och syfte'],
      ['policy/meddelarfrihet/forbud-media', 'får inte själva lämna uppgifter om repre'],
    ],
    info: [
      ['policy/beslut/giltighet', ''],
      ['policy/beslut/dokumentagare', ''],
    ],
  },
};

/*
 * Known misses, from the key: 08's "ledigförklarar" and "Därutöver" are not in the officialese
 * list; 04 lacks a purpose and a scope section, and 06 cites no law at all, which no rule asks
 * of a whole policy.
 */

describe('the blind set, checked with the whole built-in rule set', () => {
  it.each(Object.entries(CASES))('%s: exactly the expected errors and warnings', (path, expected) => {
    const findings = findingsOf(path, expected.type);
    expect(findings.filter((f) => f.severity !== 'info').map(seen)).toEqual(expected.serious);
  });

  it.each(Object.entries(CASES).filter(([, c]) => c.info || c.notInfo))('%s: the information the key asks for, and none it calls fine', (path, expected) => {
    const info = findingsOf(path, expected.type)
      .filter((f) => f.severity === 'info')
      .map(seen);
    for (const wanted of expected.info ?? []) expect(info).toContainEqual(wanted);
    for (const rule of expected.notInfo ?? []) expect(info.map(([id]) => id)).not.toContain(rule);
  });
});
