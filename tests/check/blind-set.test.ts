import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../core/check/check-document.js';
import { compileRuleSet } from '../../core/check/compile-rule-set.js';
import type { Finding } from '../../core/check/finding.js';
import { documentFromText, importDocument, importFile } from '../../core/import/index.js';
import { loadRulePacks } from '../../core/rules/load/load-rule-packs.js';
import type { DocumentType } from '../../core/rules/rule-types.js';
import { builtinRulesDirectory } from '../../core/util/package-paths.js';

/**
 * Eight blind rounds of job ads and policies (8 + 6, 8 + 6, 5 + 4, 8 + 8, 8 + 8, 10, 8, 6), each written by someone who
 * had seen neither the rules nor the earlier texts, half of them clean (with the phrases that trip naive checkers: "unga män i riskzon" as
 * clients, "Du behöver inte informera din chef", citizenship that the police require) and half
 * with the mistakes HR and policy writers actually make. The writer's key, with every
 * deliberate mistake and every tricky-but-fine phrase, is KEY.md next to the texts. Round 2
 * was written after round 1's misses had been fixed: what it found is the measure of how those
 * fixes generalise.
 *
 * Asserted here: the exact errors and warnings of every text (so a new false alarm fails as
 * surely as a miss), and the information-level findings the key asks for. Misses the rules do
 * not catch yet are listed at the end, so that nobody mistakes this test for full recall.
 */
const BLIND = fileURLToPath(new URL('../fixtures/documents/blind/', import.meta.url));
const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));

/**
 * The findings of one text. A `.txt` is read as plain text; DOCX and PDF go through the real
 * importers. Rounds 1–3 force the type the writer meant; round 4 lets the checker detect it,
 * which the test then asserts.
 */
async function checkBlind(path: string, expected: BlindCase): Promise<readonly Finding[]> {
  const document = path.endsWith('.txt')
    ? documentFromText(readFileSync(`${BLIND}${path}`, 'utf8'), path)
    : await importFile(`${BLIND}${path}`, importDocument);
  const result = checkDocument(document, compiled, expected.detect ? {} : { type: expected.type });
  expect(result.documentType.type, 'detected type').toBe(expected.type);
  return result.findings;
}

/** Rule id without the pack, and the start of the quote ("" for a finding about the whole text). */
type Seen = readonly [rule: string, quoteStart: string];

const seen = (f: Finding): Seen => [f.ruleId.replace('vardegrund/', ''), f.quote.slice(0, 40)];

interface BlindCase {
  readonly type: DocumentType;
  /** Check without a type: the detected type must be `type`. */
  readonly detect?: true;
  /** Every error and warning, in order. */
  readonly serious: readonly Seen[];
  /** Information-level findings the key asks for (others may appear too). */
  readonly info?: readonly Seen[];
  /** Information-level findings that must not appear (the key calls the phrase fine). */
  readonly notInfo?: readonly string[];
}

const CASES: Readonly<Record<string, BlindCase>> = {
  // Citizenship, "god fysik" and B-körkort with the reason and the law next to them; "barn och unga" as the people met.
  'round1/jobads/01-polisen-ingripande.txt': { type: 'jobad', serious: [] },
  // "Du som är nyexaminerad … är också välkommen att söka" invites, it does not require.
  'round1/jobads/02-forsakringskassan-assistans.txt': { type: 'jobad', serious: [], notInfo: ['jobbannons/alder-nyutexaminerad'] },
  // "unga män i riskzon" are the clients; "friskvårdsbidrag" is a benefit.
  'round1/jobads/03-lansstyrelsen-brottsforebyggande.txt': { type: 'jobad', serious: [] },
  // "personer som är 75 år eller äldre" are the study population; the under-represented sex is encouraged.
  'round1/jobads/04-liu-forskningsassistent.txt': { type: 'jobad', serious: [] },
  'round1/jobads/05-trafikverket-projektledare.txt': {
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
  'round1/jobads/06-statens-servicecenter-lon.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
      ['jobbannons/kon-tjej-kille', 'tjej'],
    ],
    info: [['jobbannons/kon-foraldraledig', 'mammaledig']],
  },
  'round1/jobads/07-smhi-utvecklare.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/placeringsort', ''],
      ['jobbannons/alder-ar-i-arbetslivet', 'examen tidigast 2024'],
      ['jobbannons/alder-ung', 'digital native'],
      ['jobbannons/kon-pronomen-profil', 'Han trivs'],
    ],
    info: [
      ['jobbannons/alder-nyutexaminerad', 'nyutexaminerad'],
      ['jobbannons/skryt-superlativ', 'världens mest spännande arbetsplats'],
      ['jobbannons/skryt-superlativ', 'absolut världsklass'],
    ],
  },
  'round1/jobads/08-domstolsverket-registrator.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/kontaktperson', ''],
      ['klarsprak/mycket-lang-mening', 'Arbetsuppgifterna omfattar i huvudsak re'],
      ['klarsprak/tung-kanslisvenska', 'Arbetsuppgifterna omfattar i huvudsak re'],
      ['jobbannons/halsa-frisk', 'frisk'],
      ['jobbannons/halsa-allergi', 'fri från allergier'],
      ['jobbannons/medborgarskap', 'Svenskt medborgarskap'],
    ],
    info: [
      ['klarsprak/ledigforklara', 'ledigförklarar'],
      ['klarsprak/darutover', 'Därutöver'],
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
  'round1/policies/01-mediekontakter.txt': { type: 'policy', serious: [['policy/beslut/beslutsdatum', '']] },
  'round1/policies/02-bisysslor.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['klarsprak/mycket-lang-mening', 'Av 7 § lagen (1994:260) om offentlig ans'],
      ['policy/bisysslor/totalforbud', 'får inte inneha någon bisyssla'],
      ['policy/yttrandefrihet/forbud-politik-fack', 'Uppdrag i politiska partier, fackliga or'],
      ['policy/yttrandefrihet/forbud-politik-fack', 'skall därtill även utanför arbetstid avs'],
      ['klarsprak/mycket-lang-mening', 'Det åligger varje arbetstagare att senas'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger varje arbetstagare att senas'],
      ['klarsprak/tung-kanslisvenska', 'Bisysslan skall härvid anses ha anmälts '],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'skriva debattartiklar, föreläsa eller me'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger chefen att tillse att samtli'],
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
  'round1/policies/03-allmanna-handlingar.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['klarsprak/mycket-lang-mening', 'Beslutet fattas av den chef som enligt a'],
    ],
  },
  'round1/policies/04-sociala-medier.txt': {
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
      ['policy/beslut/syfte', ''],
      ['policy/beslut/diarienummer', ''],
      ['policy/beslut/dokumentagare', ''],
      ['policy/beslut/giltighet', ''],
    ],
  },
  // "Den interna kanalen ersätter inte din meddelarfrihet", "Ingen får behandlas sämre på grund av sin fackliga tillhörighet".
  'round1/policies/05-likabehandling-och-visselblasning.txt': { type: 'policy', serious: [['policy/beslut/beslutsdatum', '']] },
  'round1/policies/06-gavor-och-representation.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['policy/mutor/fast-belopp', 'Gåvor till ett värde av högst 2 000 kron'],
      ['policy/mutor/fast-belopp', 'Presentkort och kontanta gåvor upp till '],
      ['klarsprak/mycket-lang-mening', 'Det åligger den som är ansvarig för ett '],
      ['klarsprak/tung-kanslisvenska', 'Det åligger den som är ansvarig för ett '],
      ['policy/offentlighet/krav-identitet-syfte', 'ska uppge namn och syfte'],
      ['policy/meddelarfrihet/forbud-media', 'får inte själva lämna uppgifter om repre'],
    ],
    info: [
      ['policy/rattslig-grund/ingen-lag', ''],
      ['policy/beslut/giltighet', ''],
      ['policy/beslut/dokumentagare', ''],
    ],
  },
  // Round 2, a second writer after the fixes from round 1. The key does not ask for the way to
  // apply, which job-ad practice does: 02, 03, 05 and 07 give a last day but not how to apply.
  // Named male contacts ("Han nås på …", "Din chef blir Erik … Han har …"), "seniora" colleagues,
  // "äldre frysar", "välkomnar vi gärna även manliga sökande" and citizenship for säkerhetsklass 2 pass.
  'round2/jobads/01-tullverket-it-sakerhet.txt': { type: 'jobad', serious: [] },
  'round2/jobads/02-sis-chauffor.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/ansokningssatt', ''],
    ],
  },
  'round2/jobads/03-uu-laboratorieassistent.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/ansokningssatt', ''],
    ],
  },
  'round2/jobads/04-af-nyanlanda.txt': { type: 'jobad', serious: [] },
  'round2/jobads/05-kronofogden-jurist.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/ansokningssatt', ''],
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/alder-grans', 'i 30-årsåldern'],
      ['jobbannons/etnicitet-modersmal', 'utan brytning'],
      ['klarsprak/tung-kanslisvenska', 'Ansökan, jämte meritförteckning och kopi'],
    ],
    info: [['klarsprak/jamte', 'jämte']],
  },
  'round2/jobads/06-forsvarsmakten-fastighetstekniker.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/alder-ung', 'yngre förmåga'],
      ['jobbannons/halsa-frisk', 'Inga fysiska begränsningar'],
    ],
    info: [['jobbannons/privatliv-rokning', 'Ej rökare']],
  },
  'round2/jobads/07-sida-hr-partner.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/ansokningssatt', ''],
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/alder-ung', 'digital native'],
      ['jobbannons/halsa-frisk', 'frisk'],
    ],
  },
  'round2/jobads/08-livsmedelsverket-bitr-enhetschef.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/utseende', 'representativt utseende'],
      ['jobbannons/religion-kladsel', 'religiösa symboler'],
      ['jobbannons/kon-uttalat', 'söker vi i första hand en man'],
    ],
  },
  // The metadata block "Dokumenttyp: Riktlinje / Beslutsdatum: … / Version: 2.0" was once read as one
  // 50-word sentence; each field line is now a paragraph. The two long sentences in 01 and 03 are
  // over 35 words on purpose (the key says a length warning is defensible).
  'round2/policies/01-informationssakerhet-handlingar.txt': {
    type: 'policy',
    serious: [
      ['klarsprak/mycket-lang-mening', 'När du tar emot en begäran om att få ta '],
    ],
  },
  'round2/policies/02-jav-bisysslor.txt': { type: 'policy', serious: [] },
  'round2/policies/03-krankande-sarbehandling.txt': {
    type: 'policy',
    serious: [
      ['klarsprak/mycket-lang-mening', 'Utredningen ska vara rättssäker och sakl'],
    ],
  },
  'round2/policies/04-resor-representation-gavor.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['policy/jav/anmalningsplikt', ''],
      ['policy/jav/forvaltningslagen', ''],
      ['klarsprak/tung-kanslisvenska', 'Det åligger varje medarbetare att tillse'],
      ['klarsprak/mycket-lang-mening', 'Vid resor som överstiger 50 mil tur och '],
      ['klarsprak/tung-kanslisvenska', 'Vid resor som överstiger 50 mil tur och '],
      ['policy/mutor/fast-belopp', 'Gåvor till ett värde om högst 500 kronor'],
      ['klarsprak/tung-kanslisvenska', 'Medarbetare som har erhållit representat'],
      ['policy/bisysslor/totalforbud', 'får inte ha bisysslor'],
    ],
  },
  'round2/policies/05-personuppgifter-rekrytering.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['klarsprak/tung-kanslisvenska', 'Rekryterande chef skall tillse att endas'],
      ['policy/personuppgifter/samtycke-antaget', 'anses den sökande ha lämnat sitt samtyck'],
      ['policy/personuppgifter/information-nekas', 'Någon ytterligare information till den s'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas tills vidare'],
      ['policy/offentlighet/krav-identitet-syfte', 'skall uppge namn och personnummer'],
      ['klarsprak/mycket-lang-mening', 'Vid utlämnande av ansökningshandlingar s'],
      ['klarsprak/tung-kanslisvenska', 'Vid utlämnande av ansökningshandlingar s'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger HR-enheten att tillse att ru'],
    ],
  },
  'round2/policies/06-kriskommunikation-media.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/beslut/beslutsdatum', ''],
      ['policy/meddelarfrihet/forbud-media', 'får endast kriskommunikatören uttala sig'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'talat med en journalist under krisen ska'],
      ['policy/meddelarfrihet/upphavd', 'meddelarfriheten inte kan åberopas förrä'],
      ['policy/yttrandefrihet/forbud-kritik', 'får inte kritisera myndighetens'],
      ['policy/meddelarfrihet/efterforskning', 'läckor kommer att utredas'],
    ],
  },
  // Round 3, a third writer: unusual roles and layouts. "modersmålsnivå i dari" for an interpreter,
  // a block of fields ("Anställningsform: Tillsvidare", "Ort: Luleå"), "äldre system" and a named
  // contact "hon nås på …" pass. Fixed after reading it: the interpreter's language (was a false
  // warning), "Ring eller mejla vår teamledare Sofia Karlsson, 010-…" (was a false "no contact"),
  // "Anställningen som doktorand", "Umeå universitet" as the place, "en manlig doktorand", and
  // barriers to complaints (new rule hinder-for-klagomal).
  'round3/jobads/01-tolk-sprakstod.txt': { type: 'jobad', serious: [] },
  'round3/jobads/02-it-drifttekniker-jour.txt': { type: 'jobad', serious: [] },
  // "Skicka ditt cv … via vår webbplats" is how to apply (was a false warning until round 5).
  'round3/jobads/03-receptionist-vaxel.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/alder-ung', 'ungt'],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
      ['jobbannons/halsa-frisk', 'god hälsa'],
    ],
  },
  'round3/jobads/04-utredare-inspektion.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['klarsprak/tung-kanslisvenska', 'Såsom utredare vid avdelning Syd åligger'],
      ['klarsprak/tung-kanslisvenska', 'I arbetsuppgifterna ingår att genomföra '],
      ['jobbannons/medborgarskap', 'svenskt medborgarskap'],
    ],
    info: [
      ['jobbannons/skryt-superlativ', 'Sveriges bästa statliga arbetsplats'],
      ['jobbannons/skryt-superlativ', 'de mest kompetenta utredarna i landet'],
    ],
  },
  'round3/jobads/05-doktorand.txt': {
    type: 'jobad',
    serious: [
      ['jobbannons/alder-grans', 'högst 30 år'],
      ['jobbannons/familj-barn', 'inte har småbarn'],
      ['jobbannons/kon-uttalat', 'manlig doktorand'],
    ],
  },
  'round3/policies/01-tjansteresor.txt': { type: 'policy', serious: [] },
  'round3/policies/02-uppforandekod.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/beslut/beslutsdatum', ''],
      ['policy/jav/forvaltningslagen', ''],
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/yttrandefrihet/forbud-kritik', 'ska vara lojala och inte offentligt ifrå'],
      ['policy/yttrandefrihet/forbud-kritik', 'synpunkter på ett ledningsbeslut ska des'],
      ['policy/meddelarfrihet/forbud-media', 'får inte kommentera myndighetens verksam'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'journalist kontaktar dig ska du hänvisa '],
      ['klarsprak/mycket-lang-mening', 'Med anledning av att myndighetens förtro'],
      ['klarsprak/tung-kanslisvenska', 'Med anledning av att myndighetens förtro'],
    ],
  },
  // No sentence says whom the guideline applies to: galler-for is right, though the key did not ask.
  'round3/policies/03-tillganglighet-bemotande.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/galler-for', ''],
    ],
  },
  'round3/policies/04-synpunkter-klagomal.txt': {
    type: 'policy',
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/beslut/beslutsdatum', ''],
      ['policy/beslut/galler-for', ''],
      ['policy/service/hinder-for-klagomal', 'ska vara undertecknat med namn och perso'],
      ['policy/service/hinder-for-klagomal', 'anonymt eller utan personnummer kommer i'],
      ['policy/service/hinder-for-klagomal', 'Muntliga klagomål via telefon tas inte e'],
      ['klarsprak/mycket-lang-mening', 'Efter det att ett klagomål inkommit till'],
      ['klarsprak/tung-kanslisvenska', 'Efter det att ett klagomål inkommit till'],
      ['policy/service/hinder-for-klagomal', 'otrevligt eller kränkande språk besvaras'],
    ],
  },
  // Round 4, two new writers after the fixes from round 3, and new formats: DOCX and PDF made with
  // LibreOffice from headed, listed documents, and the type detected rather than given. Eight
  // ads, six policies and two documents that are neither (a press release, management minutes).
  // Fine and passing: "äldre kvinnor och män" as a study population, "Hon svarar på frågor om
  // tjänsten" under a Kontakt heading, women inmates who are "unga" and mothers, "kvinnliga
  // medarbetare i tjänst" for same-sex searches, "de intagna inte har svenska som modersmål",
  // citizenship for säkerhetsklass 2, "flickor i åldern 13–18 år", "Skandinaviens mest besökta
  // museum".
  'round4/jobads/01-uppsala-universitet-postdoktor.docx': { type: 'jobad', detect: true, serious: [] },
  'round4/jobads/02-lansstyrelsen-handlaggare-miljotillsyn.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/etnicitet-modersmal', 'gärna som modersmål'],
      ['jobbannons/kon-uttalat', 'manlig kollega'],
      ['klarsprak/tung-kanslisvenska', 'Ansökan jämte därtill hörande handlingar'],
      ['klarsprak/tung-kanslisvenska', 'Sökande erinras om att samtliga till myn'],
    ],
    info: [
      ['klarsprak/jamte', 'jämte'],
      ['klarsprak/tillhanda', 'tillhanda'],
      ['klarsprak/vederborande', 'vederbörande'],
      ['klarsprak/harvid', 'därvid'],
    ],
  },
  'round4/jobads/03-skatteverket-trainee.docx': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/alder-ar-i-arbetslivet', 'examen under de senaste två åren'],
      ['jobbannons/familj-barn', 'är obunden'],
    ],
    info: [['jobbannons/skryt-superlativ', 'Sveriges bästa arbetsgivare']],
  },
  // "kontaktman" is Kriminalvården's own title for the role, but a gendered one: the warning stays.
  'round4/jobads/04-kriminalvarden-kriminalvardare.pdf': { type: 'jobad', detect: true, serious: [['jobbannons/kon-yrkestitel', 'kontaktman']] },
  'round4/jobads/05-tingsratt-domstolsassistent.pdf': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Den sökande förutsättes vidare besitta g'],
      ['jobbannons/medborgarskap', 'Svenskt medborgarskap'],
      ['jobbannons/alder-ung', 'ung och dynamisk personalstyrka'],
      ['jobbannons/familj-barn', 'livssituation som medger'],
      ['klarsprak/tung-kanslisvenska', 'Ansökan, innehållande personligt brev, C'],
    ],
    info: [
      ['klarsprak/harvid', 'därvid'],
      ['klarsprak/erforderlig', 'erforderlig'],
      ['klarsprak/tillse', 'tillse'],
      ['klarsprak/tillhanda', 'tillhanda'],
    ],
  },
  'round4/jobads/06-haverikommissionen-it-systemforvaltare.txt': { type: 'jobad', detect: true, serious: [] },
  'round4/jobads/07-sis-enhetschef.docx': { type: 'jobad', detect: true, serious: [] },
  'round4/jobads/08-vasamuseet-sommarjobb-museivard.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/alder-grans', 'du är runt 20–25 år'],
      ['jobbannons/etnicitet-modersmal', 'utan brytning'],
      ['jobbannons/halsa-frisk', 'frisk'],
      ['jobbannons/halsa-fysik', 'god kondition'],
    ],
    notInfo: ['jobbannons/skryt-superlativ'],
  },
  // No scope statement in 01 and 05: the warnings are true. "Bara utsedda redaktörer får publicera
  // … i myndighetens namn" and a secrecy reminder with its law pass.
  'round4/policies/01-riktlinje-sociala-medier.docx': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/yttrandefrihet/forbud-kritik', 'ska därför avstå från att i sociala medi'],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'All kontakt med journalister ska gå via'],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'kontaktad av media ska du hänvisa'],
      ['policy/meddelarfrihet/efterforskning', 'ska du snarast meddela presstjänsten och'],
      ['policy/meddelarfrihet/efterforskning', 'utreda hur uppgifterna har kommit ut'],
    ],
  },
  // "Du behöver inte veta vem som frågar", "Du får inte efterforska vem den sökande är".
  'round4/policies/02-rutin-utlamnande-allmanna-handlingar.docx': { type: 'policy', detect: true, serious: [] },
  // "Du behöver inte uppge namn", "Chefer och kollegor får inte försöka ta reda på vem som har lämnat en rapport".
  'round4/policies/03-riktlinje-visselblasarfunktion.pdf': { type: 'policy', detect: true, serious: [] },
  'round4/policies/04-riktlinjer-bisysslor.pdf': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/beslut/beslutsdatum', ''],
      ['klarsprak/mycket-lang-mening', 'Det åligger envar anställd att, i den må'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger envar anställd att, i den må'],
      ['policy/bisysslor/politik-fack-som-fortroendeskadligt', 'Politiska uppdrag och uppdrag i fackliga'],
      ['policy/bisysslor/olamplig-grund', 'förbjuda bisysslor som bedöms som olämpl'],
      ['policy/personuppgifter/kansliga-uppgifter', 'ska framgå vilket parti'],
    ],
    info: [
      ['policy/beslut/diarienummer', ''],
      ['klarsprak/envar', 'envar'],
      ['klarsprak/ombesorja', 'ombesörja'],
      ['klarsprak/vederborande', 'vederbörande'],
    ],
  },
  'round4/policies/05-riktlinje-representation-gavor-formaner.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/jav/anmalningsplikt', ''],
      ['policy/likabehandling/generalisering-ursprung', 'från länder i Mellanöstern bör alkohol'],
      ['policy/mutor/fast-belopp', 'Gåvor till ett värde av högst 500 kronor'],
      ['policy/mutor/upphandling-forman', 'kan du delta i leverantörens kundevenema'],
      ['policy/jav/egen-bedomning', 'behöver du inte anmäla detta om ärendet '],
    ],
  },
  // "Chefen ska agera skyndsamt", "Du behöver inte ha bevis", honest words on anonymity and secrecy.
  'round4/policies/06-riktlinje-krankande-sarbehandling.txt': { type: 'policy', detect: true, serious: [], notInfo: ['policy/beslut/syfte'] },
  'round4/policies/07-pressmeddelande-e-tjanst.docx': { type: 'other', detect: true, serious: [] },
  // Minutes that decide not to look for a leaker and to rewrite a guideline: not a policy.
  'round4/policies/08-protokoll-ledningsgrupp-2024-09-10.txt': {
    type: 'other',
    detect: true,
    serious: [['klarsprak/mycket-lang-mening', 'Ledningsgruppen beslutade att ge HR-chef']],
  },
  // Round 5, two more new writers, after round 4's fixes: new jobs (a civil police investigator, a
  // hovrättsfiskal, a teacher at a school for deaf pupils, a meat-inspection vet, a Sida posting,
  // an icebreaker captain, an hourly museum host, an English postdoc ad) and new policy subjects
  // (AI tools, threats and violence, remote work, registration, interpreters, staff monitoring),
  // plus an operational plan and union meeting notes. Fine and passing: pupils who have "svenskt
  // teckenspråk som modersmål", citizenship for säkerhetsklass 2, "fyllt 18 år" with its safety
  // reason, "huvudduk, kippa eller turban" allowed, "en tolk av ett visst kön" when the person asks
  // for it. The English ad is detected as neither genre and gets no job-ad findings.
  'round5/jobads/01-polisen-civil-utredare-barnahus.docx': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round5/jobads/02-hovratten-hovrattsfiskal.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['klarsprak/tung-kanslisvenska', 'Under det första året tjänstgör fiskalen'],
      ['klarsprak/mycket-lang-mening', 'Vi ser gärna att du har avlagt din juris'],
      ['jobbannons/alder-ar-i-arbetslivet', 'juristexamen under de senaste fem åren'],
      ['jobbannons/etnicitet-modersmal', 'Svenska som modersmål'],
      ['jobbannons/kon-uttalat', 'inte planerar längre ledigheter, såsom f'],
      ['klarsprak/tung-kanslisvenska', 'Ansökan, innehållande meritförteckning, '],
      ['klarsprak/tung-kanslisvenska', 'Till intervju kallad sökande åläggs att '],
    ],
    info: [
      ['klarsprak/ledigforklara', 'ledigförklarar'],
      ['klarsprak/jamte', 'jämte'],
    ],
  },
  'round5/jobads/03-spsm-larare-specialskola.pdf': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round5/jobads/04-livsmedelsverket-besiktningsveterinar.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/halsa-frisk', 'god hälsa'],
      ['jobbannons/halsa-allergi', 'inga allergier'],
      ['jobbannons/alder-ung', 'ungt'],
      ['jobbannons/familj-barn', 'inte har hämtning och lämning på förskol'],
    ],
    info: [
      ['jobbannons/skryt-superlativ', 'Sveriges mest meningsfulla arbetsplats'],
    ],
  },
  'round5/jobads/05-lund-university-postdoc-statistics.pdf': {
    type: 'other',
    detect: true,
    serious: [],
  },
  'round5/jobads/06-sida-programhandlaggare-kinshasa.docx': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kon-uttalat', 'manlig handläggare'],
      ['jobbannons/halsa-frisk', 'god hälsa'],
      ['jobbannons/familj-barn', 'utan medföljande barn'],
    ],
    info: [
      ['jobbannons/skryt-superlativ', 'världens mest respekterade biståndsgivar'],
    ],
  },
  'round5/jobads/07-vasamuseet-museivard-behovsanstallning.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round5/jobads/08-sjofartsverket-befalhavare-isbrytare.docx': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/medborgarskap', 'svensk medborgare'],
      ['jobbannons/alder-grans', 'många år kvar i yrket'],
      ['jobbannons/kon-pronomen', 'Befälhavaren och hans'],
    ],
    info: [
      ['jobbannons/merit-passa-in', 'passar in i vår sammansvetsade'],
    ],
  },
  'round5/policies/01-riktlinje-ai-verktyg.docx': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round5/policies/02-rutin-hot-och-vald.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/beslut/beslutsdatum', ''],
      ['policy/beslut/galler-for', ''],
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['klarsprak/mycket-lang-mening', 'Om en besökare begär ut handlingar som r'],
      ['policy/offentlighet/krav-identitet-syfte', 'ska receptionen be besökaren att legitim'],
      ['klarsprak/mycket-lang-mening', 'I listan anges namn, personnummer, en be'],
      ['policy/personuppgifter/kansliga-uppgifter', 'anges namn, personnummer, en beskrivning'],
      ['policy/meddelarfrihet/forbud-media', 'ska du inte uttala dig om händelsen till'],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'Alla frågor från journalister om händels'],
      ['policy/meddelarfrihet/efterforskning', 'utreda hur uppgifterna har spridits'],
    ],
  },
  'round5/policies/03-riktlinje-distansarbete.pdf': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/godtycklig-grund', 'olämpligt förhållningssätt'],
      ['policy/likabehandling/generalisering-alder-kon', 'äldre medarbetare ha svårare'],
      ['klarsprak/mycket-lang-mening', 'I ansökan ska medarbetaren ange hur mång'],
      ['policy/personuppgifter/kansliga-uppgifter', 'ska medarbetaren ange hur många dagar pe'],
      ['klarsprak/mycket-lang-mening', 'Arbetsgivaren har arbetsmiljöansvar även'],
      ['klarsprak/tung-kanslisvenska', 'Arbetsgivaren har arbetsmiljöansvar även'],
      ['policy/personuppgifter/overvakning-personal', 'tangentbords- och musaktivitet'],
      ['policy/personuppgifter/overvakning-personal', 'ska kameran vara påslagen i Teams under '],
    ],
    info: [
      ['policy/beslut/syfte', ''],
      ['klarsprak/varvid', 'varvid'],
      ['klarsprak/aligga', 'åligger'],
      ['klarsprak/varvid', 'varvid'],
    ],
  },
  'round5/policies/04-rutin-registrering-och-diariforing.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round5/policies/05-riktlinje-tolk-och-oversattning.docx': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round5/policies/06-riktlinje-loggning-och-kamerabevakning.docx': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/overvakning-personal', 'innehållet i medarbetares e-post och cha'],
      ['klarsprak/mycket-lang-mening', 'Om loggarna visar att en medarbetare har'],
      ['policy/meddelarfrihet/efterforskning', 'skickat e-post till redaktioner eller en'],
      ['klarsprak/mycket-lang-mening', 'När en medarbetares loggar behöver grans'],
      ['policy/jav/konflikt-ignoreras', 'även i de fall då det pågår en arbetsrät'],
      ['policy/personuppgifter/overvakning-personal', 'kameror med ljudupptagning även satts up'],
    ],
  },
  'round5/policies/07-verksamhetsplan-2025-utdrag.pdf': {
    type: 'other',
    detect: true,
    serious: [],
  },
  'round5/policies/08-minnesanteckningar-samverkansgrupp.txt': {
    type: 'other',
    detect: true,
    serious: [],
  },
  // Round 6, a sixth writer after round 5's fixes, one folder of ads, governing documents and a
  // decision letter, the types detected: a senior manager's ad, a trainee programme, an
  // internship, a Platsbanken copy, a chatty länsstyrelse ad; a long arbetsordning, pay-setting
  // guidelines, a social-media routine, a reception instruction. Fine and passing: citizenship
  // for säkerhetsklass 2, a 15 kg lifting demand with its reason, an unpaid internship as part of
  // studies, visitors described by age, sex and mother tongue, "du behöver inte uppge namn". The
  // arbetsordning's three sentences over 50 words are the rule's threshold, not a false alarm.
  'round6/01-avdelningschef-beredskapsverket.docx': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round6/02-traineeprogram-pensionsverket.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/familj-barn', 'flexibel livssituation'],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
    ],
    info: [
      ['jobbannons/alder-nyutexaminerad', 'nyexad'],
    ],
  },
  'round6/03-praktikplats-havsmyndigheten.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round6/04-platsbanken-handlaggare-studiestod.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/kon-pronomen', 'Den vi söker kommer att besvara frågor f'],
      ['jobbannons/medborgarskap', 'Svenskt medborgarskap'],
      ['jobbannons/halsa-frisk', 'inte har några besvär med rygg'],
    ],
  },
  'round6/05-lansstyrelsen-djurskyddsinspektor.docx': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/alder-ung', 'ungt'],
      ['jobbannons/kon-tjej-kille', 'tjejer'],
      ['jobbannons/religion-kladsel', 'religiösa symboler'],
      ['policy/bisysslor/totalforbud', 'Bisysslor är inte okej'],
    ],
    info: [
      ['jobbannons/merit-passa-in', 'magkänsla i urvalet'],
    ],
  },
  'round6/06-arbetsordning-konsumentskyddsverket.docx': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Den som har fått beslutanderätt ska häns'],
      ['klarsprak/mycket-lang-mening', 'För varje beslut ska det finnas en handl'],
      ['klarsprak/mycket-lang-mening', 'En anställd får inte ha en anställning, '],
    ],
  },
  'round6/07-riktlinje-medarbetarsamtal-lonesattning.pdf': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/beslut/beslutsdatum', ''],
      ['klarsprak/mycket-lang-mening', 'Denna riktlinje syftar till att, i enlig'],
      ['klarsprak/tung-kanslisvenska', 'Denna riktlinje syftar till att, i enlig'],
      ['policy/yttrandefrihet/lojalitet-utat', 'lojal mot myndighetens beslut och avstår'],
      ['policy/likabehandling/lon-foraldraledighet-sjukfranvaro', 'föräldralediga en större del av året har'],
      ['policy/likabehandling/lon-foraldraledighet-sjukfranvaro', 'sjukfrånvaro påverkar möjligheten att nå'],
    ],
  },
  'round6/08-rutin-synpunkter-sociala-medier.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/likabehandling/nedsattande-om-allmanheten', 'gnällspikar'],
      ['policy/yttrandefrihet/dolja-kritik', 'Kommentarer som är kritiska mot myndighe'],
      ['policy/offentlighet/krav-identitet-syfte', 'Be alltid personen att uppge sitt fullst'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'journalist kontaktar dig med anledning a'],
      ['klarsprak/mycket-lang-mening', 'Om det visar sig att uppgifter om intern'],
    ],
  },
  'round6/09-instruktion-reception-kundtjanst.docx': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Du får bara fråga om det behövs för att '],
    ],
  },
  'round6/10-beslut-utlamnande-allman-handling.pdf': {
    type: 'other',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Vi har gått igenom varje handling och lä'],
    ],
  },
  // Round 7: texts drafted the way many now are, with an AI assistant or from an English template
  // and lightly edited: upbeat, generic, slightly translated Swedish pasted as Markdown. Fine and
  // passing: clients "65 år eller äldre", citizenship for säkerhetsklass 2, systems monitored
  // "dygnet runt" (not the employee), "du behöver inte uppge namn". The inclusive-meetings routine
  // names jäv and 16–18 §§ FL but not the duty to report it: the warning stands, as the rule's own
  // examples decide.
  'round7/01-pensionsmyndigheten-handlaggare-kundservice.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round7/02-digital-samhallsutveckling-frontendutvecklare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/alder-ung', 'digital native'],
      ['jobbannons/alder-ung', 'Du är ung'],
    ],
    info: [
      ['klarsprak/engelska-lanord', 'mindset'],
      ['klarsprak/engelska-lanord', 'stakeholders'],
      ['klarsprak/engelska-lanord', 'ownership'],
      ['jobbannons/merit-passa-in', 'kulturell passform'],
    ],
  },
  'round7/03-kustbevakningen-it-sakerhetsspecialist.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round7/04-transportinfrastrukturverket-projektassistent.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/familj-tillganglighet', 'tillgänglig dygnet runt'],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
      ['jobbannons/tillsattning-fore-sista-dag', 'tjänsten kan komma att tillsättas innan '],
    ],
    info: [
      ['jobbannons/alder-nyutexaminerad', 'i början av karriären'],
    ],
  },
  'round7/05-konsumentmyndigheten-kommunikator.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      // The key lists a contact ("Kommunikationschef Petra Alm, hon nås på 054-…"); the warning
      // pinned here until round 9 taught the rule "<role> <name>, nås på/via".
      ['jobbannons/omfattning', ''],
      ['policy/yttrandefrihet/lojalitet-utat', 'full lojalitet och att du representerar '],
      ['jobbannons/alder-grans', 'du själv är en millennial'],
      ['jobbannons/halsa-fysik', 'god fysisk form'],
    ],
  },
  'round7/06-policy-hallbart-medarbetarskap.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/beslut/beslutsdatum', ''],
      ['policy/beslut/galler-for', ''],
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/personuppgifter/kansliga-uppgifter', 'samlar vi in information om medarbetarna'],
      ['policy/arbetsmiljo/tillganglighet-fritid', 'förväntar oss att medarbetare svarar på '],
      ['policy/meddelarfrihet/repressalier', 'media utan tillstånd kan bli föremål för'],
    ],
    info: [
      ['policy/rattslig-grund/ingen-lag', ''],
      ['klarsprak/engelska-lanord', 'ownership'],
      ['klarsprak/engelska-lanord', 'stakeholders'],
    ],
  },
  'round7/07-riktlinje-extern-kommunikation.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/sprak/svenska-huvudsprak', 'i första hand på engelska'],
      ['policy/sprak/svenska-huvudsprak', 'Svenska versioner tas fram när det finns'],
      ['policy/yttrandefrihet/sociala-medier', 'även privata inlägg om arbetet, ska godk'],
      ['policy/meddelarfrihet/efterforskning', 'kartlägga vem som har lämnat'],
      ['policy/offentlighet/krav-identitet-syfte', 'ska den som begär ut handlingen alltid u'],
    ],
  },
  'round7/08-rutin-inkluderande-moten.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/jav/anmalningsplikt', ''],
    ],
  },
  // Round 8: six plain-text governing documents on subjects new to the set (protected
  // identities, grant handling, complaints about case officers, e-mail and social media, cars and
  // fuel cards, an intranet news item). Fine and passing: "du behöver inte uppge namn" with the
  // secrecy exception, reasons and appeal information required, women and children named as
  // those who often have protection, "en 19-årig kille" in a news item.
  'round8/01-rutin-skyddade-personuppgifter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Uppgifter om en persons bostadsadress oc'],
    ],
  },
  'round8/02-rutin-handlaggning-bidrag.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/beslut/beslutsdatum', ''],
      ['policy/beslut/galler-for', ''],
      ['klarsprak/mycket-lang-mening', 'För att en ansökan ska registreras ska d'],
      ['policy/service/besok-i-onodan', 'ska den sökande eller föreningens firmat'],
      ['klarsprak/mycket-lang-mening', 'Om handläggaren känner den sökande priva'],
      ['policy/jav/egen-bedomning', 'inget hinder så länge handläggaren själv'],
      ['policy/likabehandling/sprak-lagre-prioritet', 'annat språk än svenska, eller där den sö'],
      ['policy/rattssakerhet/motivering-overklagande', 'Någon närmare förklaring behöver inte sk'],
      ['policy/rattssakerhet/motivering-overklagande', 'beslutet är slutgiltigt'],
    ],
  },
  'round8/03-riktlinje-klagomal-pa-handlaggning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['klarsprak/mycket-lang-mening', 'Om den som klagar egentligen är missnöjd'],
    ],
  },
  'round8/04-riktlinje-e-post-och-sociala-medier.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/epost-inte-allman-handling', 'E-post som har skickats till din personl'],
      ['klarsprak/mycket-lang-mening', 'Eftersom allmänhetens förtroende för myn'],
      ['policy/yttrandefrihet/forbud-kritik', 'avhålla sig från att i sociala medier, o'],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'kontaktad av en journalist ska du hänvis'],
      ['klarsprak/mycket-lang-mening', 'Om uppgifter från interna möten eller in'],
      ['policy/meddelarfrihet/efterforskning', 'ta reda på hur uppgifterna har spridits'],
    ],
  },
  'round8/05-instruktion-tjanstebilar-och-drivmedelskort.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/beslut/beslutsdatum', ''],
      ['klarsprak/mycket-lang-mening', 'Med hänsyn till den ökade olycksrisk som'],
      ['policy/likabehandling/generalisering-alder-kon', 'bör medarbetare som fyllt 63 år i första'],
      ['policy/rattssakerhet/godtycklig-grund', 'uppträtt olämpligt'],
      ['policy/mutor/upphandling-forman', 'rabatt per liter och en gratis biltvätt '],
    ],
  },
  'round8/06-intranatnyhet-praktikanter-hosten.txt': {
    type: 'other',
    detect: true,
    serious: [],
  },
  // Round 9: new subjects (threats against staff, AI tools, representation, gifts from foreign
  // delegations, e-mail and archiving, access control, complaints, a grants board, a
  // whistleblowing channel, service offices) and four job ads.
  'round9/01-lansstyrelsen-hot-och-vald.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/likabehandling/generalisering-ursprung', 'bokas besökare med utländsk bakgrund'],
      ['policy/personuppgifter/kansliga-uppgifter', 'antecknas uppgifter om den person som ha'],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'hänvisar till presstjänsten och berättar'],
      ['policy/meddelarfrihet/efterforskning', 'går säkerhetssamordnaren igenom vilka so'],
    ],
  },
  'round9/02-universitet-ai-verktyg.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'I de fall BU-Assistent inte räcker till '],
      ['policy/personuppgifter/externa-ai-tjanster', 'öppna AI-tjänster'],
      ['policy/rattssakerhet/beslut-utan-provning', 'utan att handläggaren läser igenom ärend'],
      ['klarsprak/mycket-lang-mening', 'Det åligger härvidlag respektive handläg'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger härvidlag respektive handläg'],
    ],
  },
  'round9/03-skatteverket-resor-representation-gavor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Vid tjänsteresa som företas med privat f'],
      ['klarsprak/tung-kanslisvenska', 'Vid tjänsteresa som företas med privat f'],
      ['policy/jav/representation-med-part', 'den handläggare som har företagets pågåe'],
      ['klarsprak/mycket-lang-mening', 'Gåvor av obetydligt värde, till exempel '],
      ['policy/mutor/fast-belopp', 'får behålla gåvan om värdet understiger '],
    ],
  },
  'round9/04-statens-museum-gavor-utlandska-delegationer.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Rutinen ska säkerställa att gåvor från u'],
      ['policy/mutor/gava-behalls-privat', 'tillfaller överintendenten'],
    ],
  },
  'round9/05-domstolsverket-e-post-och-allmanna-handlingar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/registrering-och-gallring', 'behöver inte registreras eller bevaras, '],
      ['policy/offentlighet/registrering-och-gallring', 'töms inkorgen automatiskt'],
      ['policy/offentlighet/krav-identitet-syfte', 'ska personen uppge sitt namn'],
      ['policy/offentlighet/fast-frist', 'när ordinarie arbetsuppgifter medger det'],
      ['policy/offentlighet/fast-frist', 'handläggningstid är ungefär tre veckor'],
    ],
  },
  'round9/06-polismyndigheten-tjanstekort-passerkontroll.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/rattslig-grund', ''],
      ['policy/rattssakerhet/motivering-overklagande', 'skäl behöver inte anges'],
      ['policy/personuppgifter/information-nekas', 'Medarbetaren behöver inte informeras om '],
    ],
  },
  'round9/07-forsakringskassan-synpunkter-och-klagomal.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/klagomal-egen-sak', 'besvaras normalt av den handläggare elle'],
      ['policy/likabehandling/sprak-lagre-prioritet', 'andra språk än svenska eller engelska be'],
      ['policy/offentlighet/registrering-och-gallring', 'avslutas direkt i systemet utan registre'],
      ['klarsprak/mycket-lang-mening', 'Därest klagomålet innefattar yrkande om '],
      ['klarsprak/tung-kanslisvenska', 'Därest klagomålet innefattar yrkande om '],
    ],
  },
  'round9/08-namnden-hembygdsstod-arbetsordning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/offentlighet/generell-sekretess', 'Protokollen är nämndens interna arbetsma'],
      ['klarsprak/mycket-lang-mening', '5.1 Ledamot, ersättare och anställd vid '],
      ['policy/jav/undantag-fran-jav', 'behöver dock inte anmäla jäv'],
      ['policy/bisysslor/anmalan-undantas', 'Uppdrag som utförs på fritiden, till exe'],
    ],
  },
  'round9/09-jordbruksverket-visselblasarfunktion.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round9/10-statens-servicecenter-besoksmottagning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Vid ankomst till servicekontoret tas bes'],
      ['policy/service/tolk-anhorig', 'anhörig eller vän som kan tolka'],
      ['policy/likabehandling/utseende-besokare', 'ovårdade'],
    ],
  },
  'round9/11-fmv-platsannons-it-sakerhetsspecialist.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/alder-ung', 'ungt'],
    ],
  },
  'round9/12-migrationsverket-platsannons-handlaggare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
      ['jobbannons/alder-grans', 'mellan 25 och 40 år'],
      ['jobbannons/kon-uttalat', 'inte planera för föräldraledighet'],
    ],
  },
  'round9/13-sameskolstyrelsen-platsannons-larare-nordsamiska.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/familj-barn', 'inte har småbarn'],
    ],
  },
  'round9/14-kustbevakningen-platsannons-kustbevakare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/alder-ung', 'söker dig som är ung'],
      ['jobbannons/halsa-diagnos', 'kan vi inte anställa personer med diagno'],
    ],
  },
  // Round 10: threats from clients, private phones (1990s officialese), a delegation order,
  // on-site inspections, security clearance, travel abroad (translated style), crisis
  // communication, harassment, a language policy, a pay policy, and four job ads.
  'round10/01-kriminalvard-hot-fran-klienter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/likabehandling/generalisering-ursprung', 'från Mellanöstern och Nordafrika har en '],
      ['policy/likabehandling/arbetsfordelning-kon', 'lottas på manliga handläggare'],
      ['policy/meddelarfrihet/forbud-media', 'ska inte själva ta kontakt med media'],
      ['policy/personuppgifter/lagring-tills-vidare', 'Listan rensas inte'],
    ],
  },
  'round10/02-tingsratt-privata-mobiltelefoner.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Dessa föreskrifter äga tillämpning å sam'],
      ['klarsprak/mycket-lang-mening', 'Sedan det kommit till lagmannens kännedo'],
      ['klarsprak/tung-kanslisvenska', 'Enskild mobiltelefon må nyttjas för tjän'],
      ['policy/offentlighet/epost-inte-allman-handling', 'Kortmeddelanden (sms) och meddelanden i '],
      ['policy/personuppgifter/overvakning-personal', 'samtalslista, meddelandehistorik och lok'],
      ['klarsprak/mycket-lang-mening', 'Det åligger den som nyttjar enskild tele'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger den som nyttjar enskild tele'],
      ['klarsprak/tung-kanslisvenska', 'Kontakt med nämndemän må ske via enskild'],
      ['klarsprak/tung-kanslisvenska', 'Kontakt med parter och ombud via enskild'],
    ],
  },
  'round10/03-forskningsrad-delegationsordning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['klarsprak/mycket-lang-mening', '2.4 Om både ordinarie beslutsfattare och'],
      ['policy/jav/konflikt-ignoreras', 'även om ansökan kommer från ordförandens'],
      ['policy/offentlighet/krav-identitet-syfte', 'Begäran om att ta del av bedömargruppern'],
    ],
  },
  'round10/04-lansstyrelse-djurskyddskontroll.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['policy/jav/forvaltningslagen', ''],
      ['policy/jav/egen-bedomning', 'är kontrollanten själv som avgör om'],
      ['policy/service/tolk-anhorig', 'får själva ordna med någon som kan övers'],
      ['policy/service/tolk-anhorig', 'bokar inte tolk'],
      ['policy/rattssakerhet/motivering-overklagande', 'skäl behöver inte anges'],
    ],
  },
  'round10/05-forsvar-sakerhetsprovning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/generalisering-ursprung', 'födda utomlands, eller vars föräldrar är'],
      ['policy/personuppgifter/kansliga-uppgifter', 'redogöra för sina politiska uppfattninga'],
      ['policy/personuppgifter/kansliga-uppgifter', 'fråga om den prövades sexuella läggning'],
    ],
  },
  'round10/06-trafikverk-tjansteresor-utomlands.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/arbetsfordelning-kon', 'kvinnliga medarbetare inte planeras'],
      ['policy/likabehandling/arbetsfordelning-kon', 'bemannas med manliga kollegor'],
      ['policy/mutor/resor-och-formaner', 'stå för flyg, hotell och middagar kan er'],
      ['policy/mutor/resor-och-formaner', 'Bonuspoäng och andra lojalitetsförmåner '],
      ['klarsprak/mycket-lang-mening', 'I syfte att säkerställa att en hög grad '],
    ],
  },
  'round10/07-miljomyndighet-kriskommunikation.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/meddelarfrihet/forbud-media', 'bara talespersonen och presstjänsten som'],
      ['policy/meddelarfrihet/repressalier', 'se över om du kan ha kvar din roll'],
      ['policy/meddelarfrihet/efterforskning', 'går kommunikationsavdelningen och HR eft'],
    ],
  },
  'round10/08-utbildningsinspektion-krankande-sarbehandling.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/utredningsplikt-undantas', 'omfattas inte av utredningsskyldigheten'],
    ],
  },
  'round10/09-arbetsmarknadsmyndighet-sprakpolicy.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/service/tolk-anhorig', 'utgår vi från att den arbetssökande har '],
      ['policy/service/tolk-anhorig', 'bokar vi inte längre tolk'],
    ],
  },
  'round10/10-kulturarvsfond-lonepolicy.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Denna lönepolicy, vilken fastställts av '],
      ['klarsprak/tung-kanslisvenska', 'Denna lönepolicy, vilken fastställts av '],
      ['policy/yttrandefrihet/lojalitet-utat', 'lojalitet gentemot fattade beslut, varvi'],
      ['policy/likabehandling/lon-foraldraledighet-sjukfranvaro', 'tjänstlediga för vård av barn undantages'],
      ['policy/offentlighet/generell-sekretess', 'lämnas icke ut till utomstående'],
    ],
  },
  'round10/11-studiestodsverk-handlaggare-kundservice.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/alder-grans', 'mellan 25 och 35 år'],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
    ],
  },
  'round10/12-forsvar-systemingenjor.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round10/13-vilt-fiskeinstitut-faltassistent.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/familj-barn', 'inte har små barn'],
    ],
  },
  'round10/14-industrimuseum-museivardinna.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/kon-yrkestitel', 'Museivärdinnor'],
      ['jobbannons/kon-yrkestitel', 'museivärdinna'],
      ['jobbannons/halsa-frisk', 'frisk'],
      ['jobbannons/halsa-fysik', 'god fysik'],
      ['jobbannons/medborgarskap', 'svensk medborgare'],
      ['jobbannons/tillsattning-fore-sista-dag', 'tjänsterna kan komma att tillsättas inna'],
    ],
  },
  // Round 11: interpreters, gifts and sponsorship, complaints, e-mail and chat, media and social
  // media, AI in case handling, remote work, harassment, and four job ads; the first round
  // scored with this session's rules before any fix for it.
  'round11/01-migration-tolk-oversattning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'För sökande som har vistats i Sverige lä'],
      ['policy/service/tolk-anhorig', 'utgår myndigheten från att samtal i rege'],
      ['policy/likabehandling/generalisering-ursprung', 'sökande från vissa språkområden av erfar'],
      ['policy/service/tolk-anhorig', 'beslut översätts som huvudregel inte'],
      ['policy/service/tolk-anhorig', 'ta hjälp av släktingar, bekanta eller et'],
      ['klarsprak/mycket-lang-mening', 'Med anledning av att det i ärenden av fö'],
      ['klarsprak/tung-kanslisvenska', 'Med anledning av att det i ärenden av fö'],
    ],
  },
  'round11/02-skatt-gavor-representation-sponsring.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/mutor/gava-behalls-privat', 'får behållas om de ställs fram i fikarum'],
      ['policy/mutor/resor-och-formaner', 'tackas ja till efter chefens godkännande'],
      ['policy/bisysslor/anmalan-undantas', 'räknas däremot inte som bisyssla och beh'],
    ],
  },
  'round11/03-universitet-synpunkter-klagomal.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/likabehandling/sprak-lagre-prioritet', 'annat språk än svenska eller engelska ta'],
      ['policy/jav/klagomal-egen-sak', 'överlämnas i första hand till den berörd'],
      ['policy/service/hinder-for-klagomal', 'ton som inte kan anses konstruktiv, behö'],
    ],
  },
  'round11/04-lansstyrelse-epost-chatt-registrering.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/registrering-och-gallring', 'rensas bort ur brevlådan när ärendet har'],
      ['policy/offentlighet/registrering-och-gallring', 'behöver därför inte bevaras eller regist'],
      ['policy/offentlighet/fast-frist', 'inom 20 arbetsdagar'],
      ['policy/offentlighet/krav-identitet-syfte', 'ska den som begär ut handlingarna först '],
    ],
  },
  'round11/05-museum-media-sociala-medier.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'förväntas alla kontakter med journaliste'],
      ['policy/meddelarfrihet/efterforskning', 'stämma av med berörda medarbetare hur in'],
      ['policy/meddelarfrihet/repressalier', 'dialog med sin chef om sin fortsatta rol'],
      ['policy/yttrandefrihet/sociala-medier', 'avstår från att ta ställning i politiska'],
    ],
  },
  'round11/06-utredningsmyndighet-ai-automatisering.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/motivering-overklagande', 'utan att skälen antecknas'],
    ],
  },
  'round11/07-pension-distansarbete-flextid.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/foraldrar-generellt', 'Medarbetare som har ansvar för små barn '],
      ['policy/personuppgifter/kansliga-uppgifter', 'diagnos eller ett hälsotillstånd som kan'],
      ['policy/personuppgifter/overvakning-personal', 'tangentbordsaktivitet'],
    ],
  },
  'round11/08-inspektion-krankande-sarbehandling.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['policy/beslut/galler-for', ''],
      ['klarsprak/mycket-lang-mening', 'Som arbetsgivare är vi skyldiga att utre'],
    ],
  },
  'round11/09-jobb-lansstyrelse-falt.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/kon-yrkestitel', 'Förman'],
      ['jobbannons/kon-yrkestitel', 'förman'],
      ['jobbannons/kon-yrkestitel', 'förman'],
      ['jobbannons/alder-grans', 'många aktiva år framför dig'],
      ['jobbannons/familj-barn', 'din familjesituation medge'],
    ],
  },
  'round11/10-jobb-universitet-it-support.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
    ],
  },
  'round11/11-jobb-utredningsmyndighet-jurist.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round11/12-jobb-museum-kommunikator.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/halsa-frisk', 'god hälsa'],
    ],
  },
  // Round 12: indirect, euphemistic wording ("vi ser gärna att", "i normalfallet"): public debate,
  // journalists during an inspection, a service desk, grants, a recruitment routine, IT logging,
  // side jobs for inspectors, and three job ads. Scored before its (few, generic) fixes; most of
  // its policy mistakes are pinned here as still missed.
  'round12/01-debatt-och-opinionsartiklar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/yttrandefrihet/asikter-paverkar-lon', 'deltagande i den offentliga debatten, ka'],
    ],
  },
  'round12/02-journalistfragor-under-inspektion.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/offentlighet/krav-identitet-syfte', 'ombeds uppge vilken redaktion'],
      ['policy/meddelarfrihet/efterforskning', 'klarlägga hur uppgifterna har spridits'],
    ],
  },
  'round12/03-besoksmottagning-servicedisk.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/krav-identitet-syfte', 'ombeds legitimera sig'],
    ],
  },
  'round12/04-bidrag-till-foreningar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['klarsprak/mycket-lang-mening', 'Det åvilar härvidlag handläggaren att, m'],
      ['klarsprak/tung-kanslisvenska', 'Det åvilar härvidlag handläggaren att, m'],
      ['klarsprak/mycket-lang-mening', 'Handläggare som själv sitter i styrelsen'],
      ['policy/rattssakerhet/asikter-som-grund', 'föreningens verksamhet och företrädare i'],
    ],
  },
  'round12/05-rekryteringsrutin.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/urval-diskriminerande', 'svenska som modersmål'],
      ['policy/likabehandling/fragor-om-familj', 'stämma av sökandens familjesituation'],
      ['policy/likabehandling/urval-diskriminerande', 'närmar sig pensionsåldern'],
    ],
  },
  'round12/06-it-anvandning-loggning-epost.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Om uppgifter som rör myndigheten har för'],
    ],
  },
  'round12/07-jav-och-bisysslor-inspektorer.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Du är till exempel jävig om du själv ell'],
      ['klarsprak/mycket-lang-mening', 'Enligt 7 § lagen (1994:260) om offentlig'],
    ],
  },
  'round12/08-platsannons-handlaggare-tillstand.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
      ['jobbannons/alder-grans', 'i 30-årsåldern'],
      ['jobbannons/halsa-frisk', 'god hälsa'],
    ],
  },
  'round12/09-platsannons-faltingenjor.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round12/10-platsannons-arkivarie.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/kon-yrkestitel', 'kontaktman'],
      ['jobbannons/familj-barn', 'inte har ansvar för små barn'],
      ['jobbannons/ansokan-foto-personuppgifter', 'Bifoga gärna ett foto'],
    ],
  },
  // Round 13: written after this session's seven cue-combination safety nets were committed, and
  // scored before any change (see the note below): permits, contact with the public, media and
  // social media, access to documents, gifts, jäv and side jobs, an equality plan, meetings with
  // applicants, IT and personal data, grants, crisis communication, and five job ads.
  'round13/01-rutin-handlaggning-tillstandsarenden.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Sökande som vid upprepade tillfällen har'],
      ['policy/rattssakerhet/klagande-nedprioriteras', 'har överklagat verkets beslut eller anmä'],
      ['policy/rattssakerhet/motivering-overklagande', 'räcker det i normalfallet att ange den b'],
      ['policy/rattssakerhet/motivering-overklagande', 'överklagande ska skickas direkt till För'],
    ],
  },
  'round13/02-policy-kontakter-med-allmanheten.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/sprak/mot-klarsprak', 'återges i möjligaste mån ordagrant'],
      ['policy/service/tolk-anhorig', 'anhörig eller bekant som kan tolka'],
      ['klarsprak/mycket-lang-mening', 'Eftersom flertalet sökande är företag me'],
      ['policy/service/tillganglighet-atgardas-inte', 'planeras ingen åtgärd'],
    ],
  },
  'round13/03-riktlinje-yttrandefrihet-sociala-medier-press.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'kontaktas av en journalist med frågor om'],
      ['policy/meddelarfrihet/efterforskning', 'ska du i efterhand informera din närmast'],
      ['policy/meddelarfrihet/efterforskning', 'kartläggning av vilka som har haft tillg'],
      ['klarsprak/mycket-lang-mening', 'För att tidigt upptäcka inlägg som kan s'],
      ['policy/personuppgifter/overvakning-personal', 'en gång i månaden igenom de öppna profil'],
    ],
  },
  'round13/04-instruktion-allmanna-handlingar-registrering-arkiv.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/fast-frist', 'handläggningstid är tre till fyra veckor'],
      ['policy/offentlighet/krav-identitet-syfte', 'noterar registratorn den enskildes namn'],
    ],
  },
  'round13/05-policy-gavor-jav-bisysslor-tillsyn-upphandling.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/mutor/fast-belopp', 'Gåvor av mindre värde – enligt rättsprax'],
      ['policy/jav/undantag-fran-jav', 'Den jävige kan, om verksamheten kräver d'],
      ['klarsprak/mycket-lang-mening', 'Enligt 7 § LOA får en arbetstagare inte '],
      ['policy/bisysslor/tillstand-som-lag', 'Lagen om offentlig anställning innebär a'],
    ],
  },
  'round13/06-likabehandlingsplan.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['jobbannons/alder-ar-i-arbetslivet', 'minst tio år kvar till pensionsavgång'],
      ['policy/likabehandling/urval-diskriminerande', 'tio år kvar till pensionsavgång'],
      ['policy/likabehandling/lon-foraldraledighet-sjukfranvaro', 'Föräldralediga medarbetare omfattas av l'],
      ['policy/likabehandling/utredningsplikt-undantas', 'Den som har blivit utsatt förväntas i fö'],
    ],
  },
  'round13/07-instruktion-moten-med-sokande.txt': {
    type: 'policy',
    detect: true,
    info: [['policy/likabehandling/sarbehandling-grupp', 'medborgare i']],
    serious: [
      ['policy/service/tolk-anhorig', 'anhörig eller bekant som kan översätta'],
      ['policy/rattssakerhet/kommunikation-undantas', 'behöver inte kommuniceras med den sökand'],
    ],
  },
  'round13/08-riktlinje-it-personuppgifter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas tills vidare'],
      ['policy/meddelarfrihet/efterforskning', 'klarlägga hur uppgifterna har spridits'],
      ['policy/personuppgifter/externa-ai-tjanster', 'allmänt tillgängliga AI-tjänster'],
    ],
  },
  'round13/09-riktlinje-bidragsbeslut.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/undantag-fran-jav', 'behöver inte anmäla jäv'],
    ],
  },
  'round13/10-policy-kriskommunikation.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'kontaktas av en journalist under en pågå'],
      ['policy/visselblasning/ersatter-meddelarfrihet', 'visselblåsarfunktion, så att frågan kan '],
      ['klarsprak/mycket-lang-mening', 'Därest krisledningen finner att sådana o'],
      ['klarsprak/tung-kanslisvenska', 'Därest krisledningen finner att sådana o'],
    ],
  },
  'round13/11-it-sakerhetsspecialist.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
      ['jobbannons/alder-ung', 'unga och drivna'],
    ],
  },
  'round13/12-handlaggare-statsbidrag.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['klarsprak/mycket-lang-mening', 'Det åligger härvidlag handläggaren att t'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger härvidlag handläggaren att t'],
      ['jobbannons/kon-pronomen', 'Han eller hon ska'],
      ['jobbannons/familj-barn', 'livssituation utan större omsorgsansvar'],
    ],
  },
  'round13/13-faltinspektor-provtagning.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/halsa-frisk', 'frisk'],
      ['jobbannons/religion-kladsel', 'huvudbonad'],
      ['jobbannons/tillsattning-fore-sista-dag', 'Annonsen kan komma att avpubliceras när '],
    ],
  },
  'round13/14-enhetschef-analys.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Det åligger enhetschefen att i enlighet '],
      ['klarsprak/tung-kanslisvenska', 'Det åligger enhetschefen att i enlighet '],
      ['jobbannons/alder-ar-i-arbetslivet', 'ett par decennier i arbetslivet'],
      ['jobbannons/medborgarskap', 'svenskt medborgarskap'],
    ],
  },
  'round13/15-traineeprogram.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/alder-ar-i-arbetslivet', 'examen tidigast 2023'],
      ['jobbannons/etnicitet-modersmal', 'utan brytning'],
    ],
  },
  // Round 14: written after round 13's fixes, on new subjects (delegation, complaints, procurement,
  // remote work and sick leave, threats and visitors, language and minorities, research grants,
  // supervision, social media and chat, a code of conduct, five job ads). Scored before any change.
  'round14/01-arbetsordning-delegationsordning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/beslut-utanfor-delegation', 'utanför den egna delegationen'],
      ['klarsprak/mycket-lang-mening', 'För varje beslut ska det finnas en handl'],
      ['policy/rattssakerhet/motivering-overklagande', 'Information om hur man överklagar skicka'],
    ],
  },
  'round14/02-rutin-klagomal-synpunkter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/klagomal-egen-sak', 'skickas direkt till den medarbetaren, so'],
      ['policy/service/hinder-for-klagomal', 'hänvisar inte på eget initiativ till Jus'],
      ['policy/offentlighet/krav-identitet-syfte', 'ska uppge namn'],
    ],
  },
  'round14/03-riktlinje-upphandling-leverantorskontakter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/mutor/fast-belopp', 'Enligt brottsbalken är gåvor och förmåne'],
      ['policy/meddelarfrihet/forbud-media', 'får inte kommentera den i media'],
    ],
  },
  'round14/04-policy-distansarbete-arbetstid-sjukfranvaro.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/kansliga-uppgifter', 'sjukanmälan uppger du också vilken sjukd'],
      ['klarsprak/tung-kanslisvenska', 'Därest medarbetare underlåter att till a'],
      ['policy/likabehandling/urval-diskriminerande', 'fyllt 62 år är utgångspunkten att chefen'],
    ],
  },
  'round14/05-sakerhetsinstruktion-hot-vald-besok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattslig-grund/visitation-utan-lagstod', 'undersöka innehållet i väskor'],
    ],
  },
  'round14/06-sprakpolicy-bostadsstodsmyndigheten.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/sprak/mot-klarsprak', 'juridisk exakthet gå före begriplighet'],
      ['policy/sprak/minoriteter-samrad', 'samråd planeras inte'],
      ['policy/service/tolk-anhorig', 'erbjuder myndigheten inte tolk'],
      ['policy/service/tolk-anhorig', 'anhörig eller bekant som kan tolka'],
    ],
  },
  'round14/07-riktlinje-bedomning-havsforskningsradet.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/egen-bedomning', 'behöver inte anmälas om bedömaren själv '],
      ['policy/likabehandling/urval-diskriminerande', 'återstående tid före pensionsåldern'],
      ['policy/offentlighet/epost-inte-allman-handling', 'Yttranden från externa sakkunniga betrak'],
    ],
  },
  'round14/08-rutin-tillsynsarenden-miljoinspektionen.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/mutor/fast-belopp', 'Gåvor från verksamhetsutövaren får tas e'],
      ['policy/rattssakerhet/kommunikation-undantas', 'utkast till beslut till verksamhetsutöva'],
    ],
  },
  'round14/09-policy-sociala-medier-webb-chatt-lantbruksstodsverket.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/yttrandefrihet/dolja-kritik', 'Kommentarer som på ett onyanserat sätt k'],
      ['policy/offentlighet/registrering-och-gallring', 'raderas automatiskt'],
      ['policy/service/tillganglighet-atgardas-inte', 'i mån av tid'],
    ],
  },
  'round14/10-handbok-uppforandekod-behorighetsverket.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'kontaktas av journalister hänvisar till '],
      ['policy/yttrandefrihet/forbud-politik-fack', 'medlemmar i ett politiskt parti eller i '],
      ['jobbannons/religion-kladsel', 'huvudbonader'],
    ],
  },
  'round14/11-jurist-vattentjanstverket.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Vi tror att du befinner dig i början av '],
      ['jobbannons/alder-ar-i-arbetslivet', 'examen för högst fem år sedan'],
      ['jobbannons/etnicitet-modersmal', 'utan brytning'],
    ],
  },
  'round14/12-kommunikator-riksinstitutet-kulturlandskap.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['klarsprak/mycket-lang-mening', 'Eftersom du ofta kommer att synas i bild'],
      ['jobbannons/utseende', 'representativt utseende'],
      ['jobbannons/ansokan-foto-personuppgifter', 'länkar till dina privata konton'],
    ],
  },
  'round14/13-laboratorieingenjor-nationella-analyslaboratoriet.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/halsa-frisk', 'god hälsa'],
      ['jobbannons/halsa-allergi', 'inte ha några kända allergier'],
      ['jobbannons/kon-uttalat', 'lämpar sig därför mindre väl för den som'],
    ],
  },
  'round14/14-kundtjanst-statens-ersattningsverk.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/omfattning', ''],
      ['jobbannons/medborgarskap', 'svensk medborgare'],
      ['jobbannons/halsa-diagnos', 'inte ha någon hörselnedsättning, inte he'],
      ['klarsprak/mycket-lang-mening', 'Beträffande den som erhåller anställning'],
      ['klarsprak/tung-kanslisvenska', 'Beträffande den som erhåller anställning'],
    ],
  },
  'round14/15-regionchef-beredskapslogistik.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Det åligger regionchefen att, med beakta'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger regionchefen att, med beakta'],
      ['jobbannons/alder-grans', 'många yrkesverksamma år framför dig'],
    ],
  },
  // Round 15: written after round 14's fixes (telephone and e-mail service, internal investigations,
  // sponsored events, field visits, web publishing, a recruitment plan, archiving, working hours,
  // cooperation with others, threats against staff, five job ads). Scored before any change.
  'round15/01-rutin-telefon-och-epostservice.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Därest identiteten icke kan styrkas på b'],
      ['klarsprak/tung-kanslisvenska', 'Därest identiteten icke kan styrkas på b'],
      ['policy/offentlighet/krav-identitet-syfte', 'ska den som begär den alltid uppge sitt '],
    ],
  },
  'round15/02-riktlinje-interna-utredningar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'När arbetsgivaren får kännedom om att en'],
      ['policy/meddelarfrihet/efterforskning', 'klarlägga hur uppgifterna har nått utoms'],
      ['policy/jav/klagomal-egen-sak', 'även när anmälan avser chefens egna'],
      ['policy/personuppgifter/privat-telefon-krav', 'lämna över sin privata mobiltelefon'],
    ],
  },
  'round15/03-policy-evenemang-sponsring-och-resor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/mutor/fast-belopp', 'Gåvor vars värde understiger 400 kronor '],
      ['klarsprak/mycket-lang-mening', 'I frågor där myndigheten i sitt remissva'],
      ['policy/rattslig-grund/lag-tillampas-inte', 'avstår från att tillämpa'],
    ],
  },
  'round15/04-instruktion-faltbesok-och-inspektioner.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/generalisering-ursprung', 'med annan kulturell bakgrund oftare'],
      ['policy/rattssakerhet/motivering-overklagande', 'Någon motivering behöver inte heller läm'],
    ],
  },
  'round15/05-vagledning-publicering-webb-och-nyhetsbrev.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/demokrati/partipolitisk-neutralitet', 'uppmärksamma de partier som'],
      ['policy/personuppgifter/publicering-utan-samtycke', 'publiceras med deltagarnas namn i bildte'],
      ['policy/sprak/mot-klarsprak', 'Vardagliga uttryck och tilltal med du un'],
      ['policy/service/tillganglighet-atgardas-inte', 'önskvärt men inget krav'],
    ],
  },
  'round15/06-kompetensforsorjningsplan.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Dessa tillsätts i regel genom att lednin'],
      ['policy/likabehandling/tillsattning-utan-annonsering', 'någon annonsering bedöms'],
      ['policy/likabehandling/fragor-om-familj', 'planerad föräldraledighet'],
    ],
  },
  'round15/07-anvisning-arkivering-diarieforing-gallring.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/epost-inte-allman-handling', 'Meddelanden i Teams-chatten och sms i tj'],
      ['klarsprak/mycket-lang-mening', 'När ett bidragsärende har avslutats får '],
      ['klarsprak/mycket-lang-mening', 'Därest handling som erfordras för ärende'],
      ['klarsprak/tung-kanslisvenska', 'Därest handling som erfordras för ärende'],
      ['klarsprak/mycket-lang-mening', 'Den som vill ta del av en allmän handlin'],
    ],
  },
  'round15/08-policy-arbetsmiljo-arbetstid.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Medarbetare som under en period har förk'],
      ['policy/arbetsmiljo/tillganglighet-fritid', 'utgår vi från att medarbetare på handläg'],
    ],
  },
  'round15/09-riktlinje-samverkan-externa-aktorer.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/mutor/fast-belopp', 'Enligt gällande praxis och rättsordning '],
    ],
  },
  'round15/10-rutin-hot-och-hat-mot-medarbetare.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Chefen ska samma dag ta kontakt med dig,'],
      ['klarsprak/mycket-lang-mening', 'Uppgifter om en medarbetares bostadsadre'],
      ['policy/meddelarfrihet/forbud-media', 'får inte själva kommentera händelsen ell'],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'journalist tar kontakt ska medarbetaren '],
    ],
  },
  'round15/11-statistiker-regional-statistik.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Det åligger statistikern att, i förekomm'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger statistikern att, i förekomm'],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
    ],
  },
  'round15/12-skyddsvakt-fastighetsskydd.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/halsa-frisk', 'fullt frisk'],
      ['jobbannons/familj-barn', 'inte har ansvar för mindre barn'],
    ],
  },
  'round15/13-hr-specialist-naturresursverket.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/omfattning', ''],
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/alder-ung', 'ungt'],
      ['jobbannons/alder-grans', 'i trettioårsåldern'],
      ['jobbannons/kon-pronomen', 'Han eller hon bör'],
      ['policy/yttrandefrihet/forbud-politik-fack', 'inte har förtroendeuppdrag för något pol'],
    ],
  },
  'round15/14-museipedagog-kyrkokonst.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/religion-krav', 'förankring i Svenska kyrkans tro'],
      ['jobbannons/utseende', 'representativt yttre'],
    ],
  },
  'round15/15-controller-arktisk-samverkan.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kontaktperson', ''],
      ['klarsprak/mycket-lang-mening', 'Controllern skall härvid, med beaktande '],
      ['klarsprak/tung-kanslisvenska', 'Controllern skall härvid, med beaktande '],
      ['jobbannons/medborgarskap', 'svenskt medborgarskap'],
    ],
  },
  // Round 16: written after round 15's fixes, scored before any change: the measure of the end of
  // the session that wrote rounds 13–16 (sanctions, election-year communication, a service office,
  // automated decisions, diversity, academic freedom, requests about individuals, representation,
  // writing decisions, IT security, five job ads).
  'round16/01-handlaggningsordning-sanktioner.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/kommunikation-undantas', 'Kommunicering behöver däremot inte ske'],
    ],
  },
  'round16/02-riktlinje-kommunikation-valar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Vi ser gärna att du som blir kontaktad a'],
      ['policy/demokrati/partipolitisk-neutralitet', 'publicering efter valdagen'],
      ['policy/demokrati/partipolitisk-neutralitet', 'prioriteras inbjudningar från de partier'],
    ],
  },
  'round16/03-rutin-mottagning-servicekontor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Besökande som ej erhållit kallelse äger '],
      ['klarsprak/tung-kanslisvenska', 'Besökande som ej erhållit kallelse äger '],
      ['policy/service/tolk-anhorig', 'släkting eller bekant som kan tolka'],
    ],
  },
  'round16/04-instruktion-automatiserat-beslutsfattande.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/motivering-overklagande', 'Någon överklagandehänvisning bifogas där'],
      ['policy/meddelarfrihet/efterforskning', 'klarlägga vilka medarbetare som har öppn'],
      ['policy/personuppgifter/registerutdrag-tid', 'besvarar begäran inom tre månader'],
    ],
  },
  'round16/05-policy-mangfald-inkludering-lika-lon.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Vid anställning ska avseende fästas enda'],
      ['klarsprak/mycket-lang-mening', 'Därest medarbetare erfar att vederbörand'],
      ['klarsprak/tung-kanslisvenska', 'Därest medarbetare erfar att vederbörand'],
    ],
  },
  'round16/06-riktlinje-akademisk-frihet-uppdragsforskning.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round16/07-rutin-forfragningar-om-enskilda.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/krav-identitet-syfte', 'ska uppge vilken redaktion'],
      ['policy/offentlighet/fast-frist', 'inom tio arbetsdagar'],
    ],
  },
  'round16/08-policy-representation-alkohol-personalfester.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/mutor/fast-belopp', 'Gåvor eller inbjudningar från leverantör'],
    ],
  },
  'round16/09-vagledning-skriva-beslut-och-brev.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/sprak/mot-klarsprak', 'behållas, till exempel "jämlikt'],
    ],
  },
  'round16/10-instruktion-it-sakerhet-distansarbete.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/efterforskning', 'ta reda på vem som har lämnat'],
      ['klarsprak/mycket-lang-mening', 'Därest en medarbetare erhållit kännedom '],
      ['klarsprak/tung-kanslisvenska', 'Därest en medarbetare erhållit kännedom '],
    ],
  },
  'round16/11-tullinspektor.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Gränskontrollverket ansvarar för att var'],
      ['jobbannons/halsa-frisk', 'god hälsa'],
      ['jobbannons/etnicitet-modersmal', 'utan märkbar brytning'],
    ],
  },
  'round16/12-dataanalytiker.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['klarsprak/mycket-lang-mening', 'Därest den sökande erhåller anställning '],
      ['klarsprak/tung-kanslisvenska', 'Därest den sökande erhåller anställning '],
      ['jobbannons/alder-ung', 'ungt'],
    ],
  },
  'round16/13-arkivarie.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/omfattning', ''],
      ['jobbannons/sista-ansokningsdag', ''],
      ['klarsprak/mycket-lang-mening', 'Du prövar begäran om att få ta del av al'],
      ['jobbannons/utseende', 'representativt yttre'],
      ['policy/yttrandefrihet/forbud-politik-fack', 'avstår från partipolitiska uppdrag'],
    ],
  },
  'round16/14-handlaggare-mottagning.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/etnicitet-ursprung', 'folkbokförd i Sverige under minst tio år'],
      ['jobbannons/religion-kladsel', 'religiösa symboler'],
    ],
  },
  'round16/15-avdelningschef.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['klarsprak/mycket-lang-mening', 'Med anledning av att avdelningen under i'],
      ['klarsprak/tung-kanslisvenska', 'Med anledning av att avdelningen under i'],
      ['jobbannons/familj-barn', 'livssituation som medger'],
      ['jobbannons/ansokan-foto-personuppgifter', 'genomgång av slutkandidaternas närvaro i'],
    ],
  },
  // Round 17: written after round 16's fixes, scored before any change: the measure of the
  // product at the start of the session that wrote it (social media, threats and violence,
  // procurement, inspections, remote work, whistleblowing, salaries, registration, language,
  // grants to civil society, five job ads).
  'round17/01-riktlinje-sociala-medier.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/yttrandefrihet/dolja-kritik', 'Kommentarer som sprider en ensidig eller'],
      ['policy/offentlighet/registrering-och-gallring', 'inlägg behöver inte sparas'],
      ['policy/yttrandefrihet/forbud-kritik', 'avstå från att i egna kanaler ta ställni'],
    ],
  },
  'round17/02-rutin-hot-och-vald.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/sprak-lagre-prioritet', 'Besökare som inte talar svenska tas med '],
      ['klarsprak/mycket-lang-mening', 'Uppgifter om en anställds hemadress, tel'],
      ['policy/personuppgifter/varningslista', 'Förteckningen, med namn, personnummer oc'],
      ['policy/service/arenden-vilar', 'pågående ärenden vilar'],
    ],
  },
  'round17/03-riktlinje-upphandling-leverantorskontakter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/mutor/fast-belopp', 'Förmåner som understiger 400 kronor per '],
      ['klarsprak/mycket-lang-mening', 'Därest anbudsgivare under anbudstiden in'],
      ['klarsprak/tung-kanslisvenska', 'Därest anbudsgivare under anbudstiden in'],
      ['policy/offentlighet/krav-identitet-syfte', 'ska uppge namn'],
    ],
  },
  'round17/04-instruktion-tillsynsbesok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/klagande-nedprioriteras', 'oanmälda extrabesök bör anläggningar var'],
      ['klarsprak/mycket-lang-mening', 'I den utsträckning som behövs för kontro'],
      ['policy/personuppgifter/privat-telefon-krav', 'visa sina privata mobiltelefoner'],
      ['policy/offentlighet/registrering-och-gallring', 'förstörs när rapporten har skrivits, oav'],
      ['policy/rattssakerhet/kommunikation-undantas', 'skickas därför inte på kommunicering'],
    ],
  },
  'round17/05-policy-distansarbete-och-tillganglighet.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/alder-som-villkor', 'medarbetare under 30 år förväntas'],
      ['policy/personuppgifter/overvakning-personal', 'aktivitet på tangentbord'],
      ['policy/offentlighet/registrering-och-gallring', 'behöver inte sparas eller registreras, ä'],
    ],
  },
  'round17/06-policy-visselblasning-intern-styrning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['policy/visselblasning/ersatter-meddelarfrihet', 'vänder sig till massmedier eller andra u'],
      ['policy/jav/klagomal-egen-sak', 'även när chefen själv förekommer i rappo'],
      ['policy/personuppgifter/overvakning-personal', 'ta del av den rapporterande personens e-'],
      ['policy/visselblasning/rapportorens-identitet', 'underrättas i regel om vem som har gjort'],
    ],
  },
  'round17/07-riktlinje-lonesattning-medarbetarsamtal.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/kansliga-uppgifter', 'redovisar sin hälsa, sin familjesituatio'],
      ['policy/yttrandefrihet/forbud-kritik', 'avstår från att i externa sammanhang, ex'],
      ['policy/likabehandling/lon-foraldraledighet-sjukfranvaro', 'tjänstlediga för vård av barn i mer än s'],
      ['policy/offentlighet/generell-sekretess', 'Enskilda medarbetares löner är konfident'],
    ],
  },
  'round17/08-rutin-registrering-allmanna-handlingar-epost.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/epost-inte-allman-handling', 'E-post som skickas direkt till en enskil'],
      ['policy/offentlighet/krav-identitet-syfte', 'ska uppge namn'],
      ['policy/offentlighet/fast-frist', 'inom 20 arbetsdagar'],
      ['policy/offentlighet/avgift-kopior', 'avgift om 5 kronor per sida från och med'],
    ],
  },
  'round17/09-sprakpolicy.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Därest handläggaren finner att erforderl'],
      ['policy/sprak/minoritetssprak-forbises', 'Romani chib och jiddisch saknar motsvara'],
      ['policy/service/tolk-anhorig', 'anhörig eller bekant som kan tolka'],
      ['policy/likabehandling/krav-utan-brytning', 'tala svenska utan märkbar brytning'],
    ],
  },
  'round17/10-riktlinje-bidrag-civilsamhallet.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/asikter-som-grund', 'Organisationer som i sin kommunikation m'],
    ],
  },
  'round17/11-it-sakerhetsspecialist.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/alder-ung', 'Gruppen är ung'],
      ['jobbannons/alder-grans', 'i trettioårsåldern'],
      ['jobbannons/etnicitet-modersmal', 'utan brytning'],
    ],
  },
  'round17/12-verksamhetsjurist.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/kon-pronomen', 'Den vi söker har gedigen erfarenhet av f'],
      ['jobbannons/medborgarskap', 'svenskt medborgarskap'],
    ],
  },
  'round17/13-hr-partner.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/familj-barn', 'livssituation som medger'],
      ['jobbannons/alder-ar-i-arbetslivet', 'högst tio års erfarenhet'],
      ['jobbannons/kon-uttalat', 'manliga sökande'],
    ],
  },
  'round17/14-registrator.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/ansokningstid-kort', '2025-11-30'],
      ['jobbannons/halsa-frisk', 'frisk'],
      ['klarsprak/tung-kanslisvenska', 'Den sökande åligger att inkomma med vidi'],
    ],
  },
  'round17/15-inspektor-livsmedel.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/ansokningssatt', ''],
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/kon-pronomen', 'Inspektören företräder myndigheten ute h'],
    ],
  },
  // Round 18: written after round 17's fixes, scored before any change: the measure of this
  // session's end state (business travel, recruiting managers, information security, telephone
  // service, Sami consultation, harassment, interns, digital release of documents, alcohol and
  // drugs, lectures and fees, five job ads).
  'round18/01-riktlinje-tjansteresor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Vid planering av längre resor med överna'],
      ['policy/yttrandefrihet/forbud-kritik', 'låta kommunikationsenheten granska dina '],
    ],
  },
  'round18/02-rutin-rekrytering-chefer.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/registrering-och-gallring', 'registreras ansökningar till chefstjänst'],
    ],
  },
  'round18/03-policy-informationssakerhet-klassning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/krav-identitet-syfte', 'ska alltid legitimera sig'],
      ['policy/meddelarfrihet/efterforskning', 'kartlägger då vilka medarbetare som har '],
    ],
  },
  'round18/04-instruktion-telefontider-och-tillganglighet.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/service/tolk-anhorig', 'svenska ombeds i stället ringa tillsamma'],
      ['klarsprak/mycket-lang-mening', 'Därest den enskilde icke inom erforderli'],
      ['klarsprak/tung-kanslisvenska', 'Därest den enskilde icke inom erforderli'],
    ],
  },
  'round18/05-riktlinje-samrad-samiska-fragor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/registrering-och-gallring', 'arbetsmaterial för handläggaren och diar'],
      ['klarsprak/mycket-lang-mening', 'Av samma skäl bör medarbetare med anknyt'],
      ['policy/yttrandefrihet/forbud-kritik', 'avstå från att i debattartiklar, på soci'],
      ['klarsprak/mycket-lang-mening', 'Enligt lagen (2009:724) om nationella mi'],
    ],
  },
  'round18/06-policy-krankande-sarbehandling-trakasserier.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'För att inte i onödan trappa upp mindre '],
      ['policy/likabehandling/utredningsplikt-undantas', 'förutsätts den som upplever sig utsatt i'],
      ['policy/likabehandling/utredningsplikt-undantas', 'Händelser som ligger längre tillbaka än '],
      ['klarsprak/tung-kanslisvenska', 'Därest chef erhåller kännedom om att en '],
      ['policy/offentlighet/registrering-och-gallring', 'registreras inte i myndighetens diarium '],
    ],
  },
  'round18/07-riktlinje-praktikanter-och-traineer.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['jobbannons/alder-ar-i-arbetslivet', 'examen under de senaste två åren'],
      ['policy/rattssakerhet/beslut-utanfor-delegation', 'låta praktikanten avgöra'],
      ['policy/meddelarfrihet/forbud-media', 'Praktikanter och traineer uttalar sig in'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'berättar för din handledare att du har b'],
    ],
  },
  'round18/08-rutin-digitalt-utlamnande-av-handlingar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/krav-identitet-syfte', 'Begäran via Handlingsportalen kräver inl'],
      ['policy/offentlighet/krav-identitet-syfte', 'handläggs när den sökande har uppgett na'],
      ['policy/offentlighet/fast-frist', 'Handläggningstiden är i normalfallet två'],
      ['policy/offentlighet/avgift-kopior', 'sökning eller sekretessprövning tar mynd'],
      ['policy/rattssakerhet/motivering-overklagande', 'överklagbart beslut måste hen själv begä'],
    ],
  },
  'round18/09-policy-alkohol-och-droger.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/drogtest-alla', 'alla anställda, även personal inom admin'],
      ['policy/mutor/fast-belopp', 'Gåvor i form av vin eller sprit från red'],
      ['policy/personuppgifter/drogtest-alla', 'chefen också tar kontakt med medarbetare'],
    ],
  },
  'round18/10-riktlinje-externa-forelasningar-arvoden.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/yttrandefrihet/forbud-kritik', 'förväntas dock inte framföra uppfattning'],
    ],
  },
  'round18/11-ekonom.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/kon-pronomen', 'Han eller hon tycker om'],
    ],
  },
  'round18/12-kommunikator.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/alder-ung', 'redaktion som är ung'],
      ['jobbannons/utseende', 'representativt yttre'],
      ['jobbannons/tillsattning-fore-sista-dag', 'Annonsen kan komma att tas bort när vi h'],
    ],
  },
  'round18/13-it-tekniker.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/ansokningstid-kort', '2025-05-12'],
    ],
  },
  'round18/14-handlaggare-tillstand.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/etnicitet-modersmal', 'svenska som förstaspråk'],
      ['jobbannons/halsa-frisk', 'god hälsa'],
      ['jobbannons/medborgarskap', 'Svenskt medborgarskap'],
    ],
  },
  'round18/15-vaktmastare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/ansokningssatt', ''],
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/kon-pronomen-profil', 'Han ser'],
      ['jobbannons/halsa-allergi', 'inte lider av någon form av allergi'],
      ['jobbannons/alder-grans', 'någon som är under 45 år'],
    ],
  },
  // Round 19: written after round 18's fixes, scored before any change: the last measure of this
  // session (CCTV and access logs, protected identities, external communication, business grants,
  // a service desk, training, sponsorship, supervision and sanctions, working hours, equality and
  // diversity, five job ads).
  'round19/01-riktlinje-kameraovervakning-och-passersystem.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/overvakning-personal', 'kameror med fördel sättas upp även i per'],
      ['policy/offentlighet/generell-sekretess', 'lämnas därför inte ut till allmänheten'],
    ],
  },
  'round19/02-rutin-arenden-med-skyddade-personuppgifter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Uppgifter om den enskildes bostadsadress'],
    ],
  },
  'round19/03-policy-extern-kommunikation-och-varumarke.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'blir kontaktade av journalister hänvisar'],
      ['policy/meddelarfrihet/informera-chef-i-tjanst', 'journalister hänvisar till presstjänsten'],
      ['policy/yttrandefrihet/lojalitet-utat', 'privata kanaler förutsätts du visa samma'],
    ],
  },
  'round19/04-riktlinje-handlaggning-av-bidragsansokningar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['klarsprak/tung-kanslisvenska', 'Därest sökanden icke inkommer med erford'],
    ],
  },
  'round19/05-instruktion-kundmottagning-och-bemotande.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/klagande-nedprioriteras', 'lista över besökare som tidigare har upp'],
    ],
  },
  'round19/06-policy-kompetensutveckling.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/urval-diskriminerande', 'år kvar i yrkeslivet'],
    ],
  },
  'round19/07-riktlinje-sponsring-och-samarbeten.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/mutor/resor-och-formaner', 'får delta i sponsorns egna arrangemang, '],
      ['policy/yttrandefrihet/forbud-kritik', 'undvika att i sociala medier, debattarti'],
      ['policy/offentlighet/registrering-och-gallring', 'Sponsoravtal och tillhörande korresponde'],
    ],
  },
  'round19/08-rutin-tillsyn-och-sanktioner.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['policy/service/tolk-anhorig', 'tillhandahåller inte tolk'],
      ['policy/meddelarfrihet/informera-chef-i-tjanst', 'journalister om ett enskilt tillsynsären'],
    ],
  },
  'round19/09-riktlinje-arbetstid-flex-och-overtid.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Därest medarbetare icke erhållit chefs m'],
      ['klarsprak/tung-kanslisvenska', 'Därest medarbetare icke erhållit chefs m'],
    ],
  },
  'round19/10-policy-jamstalldhet-och-mangfald.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/urval-diskriminerande', 'svenska som modersmål'],
      ['policy/likabehandling/lon-och-kon', 'Lönekartläggning genomförs vart tredje å'],
      ['policy/likabehandling/lon-och-kon', 'får kvinnliga ingenjörer ett särskilt jä'],
      ['jobbannons/religion-kladsel', 'religiösa eller politiska symboler'],
    ],
  },
  'round19/11-utredare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/etnicitet-modersmal', 'svenska som förstaspråk'],
    ],
  },
  'round19/12-systemutvecklare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/alder-ung', 'ungt'],
      ['jobbannons/medborgarskap', 'svensk medborgare'],
      ['jobbannons/tillsattning-fore-sista-dag', 'Annonsen kan komma att avpubliceras i fö'],
    ],
  },
  'round19/13-receptionist.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/kon-pronomen', 'receptionist är en person som trivs i mö'],
      ['jobbannons/etnicitet-modersmal', 'utan brytning'],
      ['jobbannons/utseende', 'representativt yttre'],
    ],
  },
  'round19/14-lonespecialist.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/ansokningstid-kort', '2025-09-09'],
      ['klarsprak/mycket-lang-mening', 'I arbetet ingår att tolka och tillämpa s'],
      ['jobbannons/halsa-frisk', 'god hälsa'],
      ['jobbannons/familj-barn', 'inte har ansvar för barn'],
    ],
  },
  'round19/15-faltbiolog.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/ansokningssatt', ''],
      ['jobbannons/religion-krav', 'passar därför inte dig som av religiösa '],
      ['jobbannons/halsa-frisk', 'fullt frisk'],
    ],
  },
  'round20/01-klagomalshantering.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/service/hinder-for-klagomal', 'annat språk än svenska eller engelska ka'],
      ['policy/jav/klagomal-egen-sak', 'skickas till den medarbetaren, som själv'],
      ['policy/offentlighet/registrering-och-gallring', 'diarieförs inte utan rensas'],
      ['policy/offentlighet/registrering-och-gallring', 'anonyma klagomål inte registreras'],
    ],
  },
  'round20/02-tolk-och-oversattning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Av 13 § förvaltningslagen (2017:900) föl'],
      ['klarsprak/mycket-lang-mening', 'Denna instruktion äger tillämpning å all'],
      ['klarsprak/tung-kanslisvenska', 'Denna instruktion äger tillämpning å all'],
      ['klarsprak/tung-kanslisvenska', 'Därest auktoriserad tolk icke kan erhåll'],
      ['policy/service/tolk-anhorig', 'nyttja den enskildes medföljande anhörig'],
      ['policy/service/tolk-anhorig', 'åligger det emellertid honom eller henne'],
      ['klarsprak/mycket-lang-mening', 'Beslut som går den enskilde emot samt sk'],
      ['klarsprak/tung-kanslisvenska', 'Beslut som går den enskilde emot samt sk'],
    ],
  },
  'round20/03-arkivering-och-gallring.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/offentlighet/krav-identitet-syfte', 'notera sökandens namn'],
      ['policy/offentlighet/registrering-och-gallring', 'får gallras av ansvarig handläggare efte'],
      ['klarsprak/mycket-lang-mening', 'Tillsynsbeslut med underlag | Bevaras | '],
      ['policy/offentlighet/registrering-och-gallring', 'Ansökningshandlingar från sökande som in'],
      ['policy/offentlighet/epost-inte-allman-handling', 'Minnesanteckningar från möten med extern'],
    ],
  },
  'round20/04-personuppgifter-arendesystem.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/sokning-utan-behov', 'söka på den sökandes namn i hela systeme'],
      ['policy/personuppgifter/kansliga-uppgifter', 'får du notera den sökandes religion'],
      ['policy/personuppgifter/registerutdrag-tid', 'Begäran om registerutdrag besvaras senas'],
    ],
  },
  'round20/05-beslut-och-overklagande.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/kommunikation-undantas', 'Uppgifter som hämtats från Skatteverket '],
      ['policy/rattssakerhet/motivering-overklagande', 'kan hänvisningen utelämnas'],
      ['policy/rattssakerhet/motivering-overklagande', 'överklagande som kommer in efter överkla'],
    ],
  },
  'round20/06-rutin-rehabilitering.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Denna rutin anger i vilken ordning insti'],
      ['klarsprak/tung-kanslisvenska', 'Läkarintyget skall utvisa i vilken omfat'],
      ['klarsprak/tung-kanslisvenska', 'För att chefen skall kunna göra en fulls'],
      ['policy/personuppgifter/halsouppgifter-till-chef', 'kopia av samtliga journalanteckningar'],
      ['klarsprak/tung-kanslisvenska', 'Därest arbetstagaren kan förväntas vara '],
      ['klarsprak/mycket-lang-mening', 'Det åligger chefen att, i samråd med per'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger chefen att, i samråd med per'],
      ['klarsprak/mycket-lang-mening', 'Arbetsträning erbjudes i normalfallet ic'],
      ['klarsprak/tung-kanslisvenska', 'Arbetsträning erbjudes i normalfallet ic'],
      ['policy/likabehandling/alder-som-villkor', 'erbjudes i normalfallet icke arbetstagar'],
      ['policy/personuppgifter/halsouppgifter-till-chef', 'upplysa arbetsgruppen om arbetstagarens '],
    ],
  },
  'round20/07-riktlinjer-bisysslor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/bisysslor/tillstand-som-lag', 'Enligt lagen om offentlig anställning sk'],
      ['policy/personuppgifter/kansliga-uppgifter', 'tar med om du är medlem i ett politiskt '],
    ],
  },
  'round20/08-instruktion-alkohol-droger.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/drogtest-alla', 'Slumpvisa drogtester kan dessutom genomf'],
      ['policy/likabehandling/gravida-utesluts', 'Gravida medarbetare deltar inte'],
      ['policy/likabehandling/generalisering-ursprung', 'Medarbetare från andra kulturer informer'],
    ],
  },
  'round20/09-instruktion-it-epost.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/privat-post-allman-handling', 'allmän handling, även privata meddelande'],
      ['policy/offentlighet/registrering-och-gallring', 'e-postkonto stängs och raderas med allt '],
      ['policy/meddelarfrihet/efterforskning', 'ta reda på vem som har skickat'],
    ],
  },
  'round20/10-rutin-sakerhetsprovning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/personuppgifter/kansliga-uppgifter', 'Säkerhetsprövningsintervjun berör bland '],
      ['policy/likabehandling/medborgarskap-sakerhetsklass-3', 'kan han inte anställas utan svenskt medb'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'ska utan dröjsmål underrätta säkerhetssk'],
    ],
  },
  'round20/11-laboratorieingenjor.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/halsa-frisk', 'God hälsa'],
      ['jobbannons/ansokan-foto-personuppgifter', 'Bifoga också ett foto'],
      ['jobbannons/ansokningstid-kort', '12 mars 2025'],
    ],
  },
  'round20/12-it-sakerhetsspecialist.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/etnicitet-modersmal', 'modersmålsnivå'],
      ['jobbannons/alder-ung', 'ungt'],
      ['jobbannons/familj-barn', 'livssituation som tillåter'],
    ],
  },
  'round20/13-handlaggare-arbetsskadeersattning.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/kon-pronomen', 'den nyanställde bredvid en erfaren kolle'],
      ['jobbannons/medborgarskap', 'Svenskt medborgarskap'],
      ['jobbannons/tillsattning-fore-sista-dag', 'annonsen kan komma att tas bort när vi h'],
    ],
  },
  'round20/14-vaktmastare-med-chaufforsuppdrag.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/kon-pronomen', 'Den vi söker är en praktiskt lagd person'],
      ['jobbannons/halsa-fysik', 'god fysik'],
      ['jobbannons/utseende', 'representativt yttre'],
      ['jobbannons/belastningsregister', 'utdrag ur belastningsregistret'],
    ],
  },
  'round20/15-enhetschef-tillsyn.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/familj-tillganglighet', 'du kan ge uppdraget full tillgänglighet'],
      ['klarsprak/tung-kanslisvenska', 'Ansökan jämte erforderliga handlingar sk'],
      ['jobbannons/referenser-utan-sokandes-vetskap', 'även från personer som du inte själv har'],
    ],
  },
  'round21/01-riktlinjer-hot-och-vald-i-tjansten.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['klarsprak/tung-kanslisvenska', 'Vid besök av sökande med behov av tolk s'],
      ['policy/meddelarfrihet/forbud-media', 'äger icke att på eget initiativ lämna up'],
      ['klarsprak/mycket-lang-mening', 'Det åligger varje chef med personalansva'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger varje chef med personalansva'],
    ],
  },
  'round21/02-riktlinje-ai-verktyg-och-automatiserade-beslut.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/externa-ai-tjanster', 'klistra in ärendetexten där, så länge du'],
      ['policy/rattssakerhet/motivering-overklagande', 'Skälen skriver vi inte ut'],
    ],
  },
  'round21/03-rutin-inspektion-och-miljosanktionsavgift.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/klagande-nedprioriteras', 'överklagat SKPT:s beslut (högre priorite'],
      ['policy/jav/undantag-fran-jav', 'behöver jäv inte anmälas'],
    ],
  },
  'round21/04-fragor-och-svar-organisationsbidrag.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['policy/likabehandling/generalisering-ursprung', 'religiös eller etnisk grund granskas doc'],
      ['policy/offentlighet/krav-identitet-syfte', 'ska personen uppge namn och syfte'],
    ],
  },
  'round21/05-handbok-samrad-minoriteter-och-samisk-konsultation.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/generalisering-ursprung', 'romska företrädare sker samrådet i regel'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i myndighetens kontaktregister ut'],
    ],
  },
  'round21/06-lonekriterier-och-lonesamtal.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/yttrandefrihet/lojalitet-utat', 'står lojalt bakom myndighetens beslut oc'],
      ['policy/likabehandling/lon-foraldraledighet-sjukfranvaro', 'löneökning i normalfallet till den lägst'],
    ],
  },
  'round21/07-rutin-krankande-sarbehandling.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['klarsprak/mycket-lang-mening', 'Verket skall, i enlighet med vad som åli'],
      ['klarsprak/tung-kanslisvenska', 'Verket skall, i enlighet med vad som åli'],
      ['klarsprak/tung-kanslisvenska', 'Vid anonyma anmälningar skall utredning '],
      ['policy/likabehandling/utredningsplikt-undantas', 'anonyma anmälningar skall utredning ej f'],
      ['policy/meddelarfrihet/forbud-media', 'åligger den som har anmält eller hörts i'],
      ['policy/offentlighet/registrering-och-gallring', 'diarieföres icke, utan förvaras i sluten'],
    ],
  },
  'round21/08-checklista-arbetsbrist-omplacering-uppsagning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattslig-grund/forhandling-ersatts', 'förhandlingen ersättas av information'],
      ['policy/likabehandling/urval-diskriminerande', 'väger chefen in sjukfrånvaro'],
      ['policy/rattslig-grund/uppsagning-muntlig', 'det skriftliga beskedet utelämnas'],
    ],
  },
  'round21/09-riktlinje-representation-och-personalfester.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/kansliga-uppgifter', 'hälsoskäl eller religiösa skäl avstår fr'],
      ['policy/mutor/fast-belopp', 'beloppsgräns som gäller enligt lag för s'],
      ['policy/offentlighet/epost-inte-allman-handling', 'interna arbetsmaterial och lämnas inte u'],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'Hänvisa journalisten till'],
    ],
  },
  'round21/10-riktlinje-kompetensforsorjning-intern-rorlighet.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Enligt 12 kap. 5 § regeringsformen ska v'],
      ['policy/likabehandling/alder-som-villkor', 'medarbetare som inom tre år uppnår den å'],
      ['policy/likabehandling/tillsattning-utan-annonsering', 'ska annonsering inte ske'],
      ['policy/offentlighet/epost-inte-allman-handling', 'Intresseanmälningar och ansökningar från'],
    ],
  },
  'round21/11-arkivarie.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/etnicitet-modersmal', 'som den har som vuxit upp med det'],
      ['policy/offentlighet/registrering-och-gallring', 'Ansökningar som inte är fullständiga vid'],
    ],
  },
  'round21/12-veterinarinspektor.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/ansokningstid-kort', '2025-11-26'],
      ['jobbannons/halsa-allergi', 'inte har några allergier'],
      ['jobbannons/religion-krav', 'religiösa skäl har bestämda uppfattninga'],
    ],
  },
  'round21/13-receptionist.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kon-yrkestitel', 'receptionsvärdinna'],
      ['jobbannons/etnicitet-modersmal', 'utan märkbar accent'],
      ['jobbannons/utseende', 'tilltalande utseende'],
      ['jobbannons/ansokan-foto-personuppgifter', 'Skriv ditt namn och ditt födelseår'],
    ],
  },
  'round21/14-gis-ingenjor.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/alder-grans', 'i åldern 27–33'],
      ['jobbannons/medborgarskap', 'svenskt medborgarskap'],
      ['jobbannons/ansokan-foto-personuppgifter', 'Ange i ansökan samtliga namn du har buri'],
      ['jobbannons/tillsattning-fore-sista-dag', 'avpublicerar annonsen när vi har hittat '],
    ],
  },
  'round21/15-kriminalvardare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/halsa-frisk', 'inte ha några bestående besvär med rygg'],
      ['jobbannons/religion-kladsel', 'huvudbonader'],
      ['jobbannons/sexuell-laggning-civilstand', 'sexuella läggning eller könsidentitet ib'],
      ['jobbannons/ansokan-foto-personuppgifter', 'Bifoga CV och personligt brev samt ett a'],
      ['jobbannons/ansokan-foto-personuppgifter', 'Berätta också om ditt civilstånd'],
    ],
  },
  'round22/01-utlamnande-allman-handling.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Det åligger varje anställd som mottager '],
      ['policy/offentlighet/krav-identitet-syfte', 'anteckna sökandens namn'],
      ['klarsprak/tung-kanslisvenska', '2.3 Därest sökanden icke kan precisera v'],
      ['policy/offentlighet/fast-frist', 'inom femton arbetsdagar'],
      ['klarsprak/tung-kanslisvenska', 'Föreligger tvekan om huruvida de uppgift'],
      ['klarsprak/tung-kanslisvenska', '6.1 Anser handläggaren att handlingen he'],
      ['policy/rattssakerhet/motivering-overklagande', 'må skälen för avslaget utelämnas'],
      ['policy/rattssakerhet/motivering-overklagande', 'Överklagande av beslut om avslag skall h'],
    ],
  },
  'round22/02-distansarbete.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/forbud-media', 'inte prata om myndighetens interna frågo'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas tills vidare'],
      ['klarsprak/mycket-lang-mening', 'Om du under en distansdag blir sjuk, beh'],
    ],
  },
  'round22/03-synpunkter-klagomal.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['policy/beslut/galler-for', ''],
      ['policy/service/hinder-for-klagomal', 'bara emot synpunkter via formuläret'],
      ['policy/service/hinder-for-klagomal', 'annat sätt registreras inte'],
      ['policy/service/hinder-for-klagomal', 'besvarar bara synpunkter som är skrivna '],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas med namn och kontaktuppgifter i v'],
      ['policy/jav/klagomal-egen-sak', 'skickar registratorn det till den medarb'],
    ],
  },
  'round22/04-sociala-medier.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['jobbannons/religion-kladsel', 'huvudbonad'],
      ['policy/yttrandefrihet/forbud-kritik', 'Jag kritiserar inte myndighetens beslut'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'journalist kontaktar mig via sociala med'],
      ['policy/meddelarfrihet/efterforskning', 'utreder HR och IT-avdelningen hur uppgif'],
    ],
  },
  'round22/05-alkohol-droger.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt arbetsmiljölagen är du skyldig'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas utan tidsbegränsning'],
      ['policy/rattslig-grund/uppsagning-muntlig', 'anses hen ha sagt upp sin anställning'],
      ['policy/personuppgifter/drogtest-alla', 'Samtliga medarbetare kan utan föregående'],
    ],
  },
  'round22/06-tolk-och-oversattning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', '3.4 Skriftliga inlagor avfattade på anna'],
      ['klarsprak/tung-kanslisvenska', '4.3 Därest auktoriserad tolk ej står att'],
      ['klarsprak/tung-kanslisvenska', '6.2 Därest den enskilde själv begär ett '],
      ['klarsprak/mycket-lang-mening', '7.1 Vid översättning av beslut och andra'],
      ['klarsprak/tung-kanslisvenska', '7.1 Vid översättning av beslut och andra'],
    ],
  },
  'round22/07-visselblasning-fragor-och-svar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/visselblasning/rapporteringsplikt', 'visselblåsarlagen är alla anställda skyl'],
      ['policy/visselblasning/frister-for-svar', 'Återkoppling om vilka åtgärder som har v'],
      ['policy/meddelarfrihet/forbud-media', 'får dock inte lämnas till utomstående, t'],
      ['klarsprak/mycket-lang-mening', 'Om det finns anledning att anta att uppg'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i kanalen så länge institutet bed'],
    ],
  },
  'round22/08-kundtjanst-service.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round22/09-tillsynshandbok-inspektion.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['klarsprak/mycket-lang-mening', 'Ny verksamhet, inte tidigare inspekterad'],
      ['policy/rattssakerhet/beslut-uteblir', 'Något särskilt beslut behöver inte fatta'],
      ['policy/rattssakerhet/kommunikation-undantas', 'Kommunicering enligt 25 § förvaltningsla'],
      ['policy/rattssakerhet/motivering-overklagande', 'kan motivering och överklagandehänvisnin'],
    ],
  },
  'round22/10-bidragshandbok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/urval-diskriminerande', 'svenska som modersmål'],
      ['policy/rattssakerhet/motivering-overklagande', 'ingen ytterligare motivering'],
      ['policy/rattssakerhet/motivering-overklagande', 'Överklagandet ska ha kommit in till fond'],
    ],
  },
  'round22/11-enhetschef-e-arkiv.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/familj-tillganglighet', 'står till förfogande även kvällstid'],
      ['jobbannons/medborgarskap', 'svenskt medborgarskap'],
      ['klarsprak/tung-kanslisvenska', 'Den sökande åligger att till ansökan bif'],
    ],
  },
  'round22/12-analytiker-marknadsanalys.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/ansokningstid-kort', '9 juni 2025'],
      ['jobbannons/etnicitet-modersmal', 'utan brytning'],
      ['jobbannons/alder-ung', 'ungt'],
    ],
  },
  'round22/13-handlaggare-brottsskador.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/ansokan-sekretess-lofte', 'lämnar vi inte ut din ansökan'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas därefter i vårt rekryteringssyste'],
    ],
  },
  'round22/14-faltinspektor-fisketillsyn.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/kon-pronomen', 'Han eller hon ska'],
      ['jobbannons/varnplikt-krav', 'krävs genomförd värnplikt'],
      ['jobbannons/halsa-frisk', 'frisk'],
      ['jobbannons/halsa-fysik', 'god fysik'],
      ['jobbannons/provanstallning-for-lang', '12 månaders provanställning'],
      ['jobbannons/tillsattning-fore-sista-dag', 'tjänsten kan komma att tillsättas så sna'],
    ],
  },
  'round22/15-sommarjobb-kundservice.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/tillsattning-fore-sista-dag', 'tjänsterna kan komma att tillsättas före'],
    ],
  },
  'round23/01-hot-och-vald.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattslig-grund/forbud-polisanmalan', 'ska därför inte själva anmäla händelser '],
      ['policy/service/arenden-vilar', 'pågående ärenden läggs vilande'],
      ['policy/personuppgifter/lagring-tills-vidare', 'Förteckningen används vid riskbedömninga'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'journalist kontaktar dig om händelsen sk'],
    ],
  },
  'round23/02-bisysslor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['klarsprak/tung-kanslisvenska', 'Det åligger arbetstagaren att, i enlighe'],
    ],
  },
  'round23/03-tillstandsprovning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/avskrivning-utan-forelaggande', 'avskrivs ärendet direkt'],
      ['policy/rattssakerhet/avskrivning-utan-forelaggande', 'Sökanden behöver inte kontaktas'],
      ['policy/likabehandling/ursprung-som-grund', 'födda utanför Norden ska'],
      ['policy/rattssakerhet/motivering-overklagande', 'Motivering lämnas om sökanden begär'],
      ['policy/rattssakerhet/motivering-overklagande', 'Överklagandehänvisning behöver inte bifo'],
    ],
  },
  'round23/04-personalakter-fragor-och-svar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['klarsprak/mycket-lang-mening', 'Reglerna finns i Europaparlamentets och '],
      ['policy/personuppgifter/registerutdrag-tid', 'kopian inom tre månader från att vi fått'],
      ['policy/offentlighet/krav-identitet-syfte', 'ska alltid legitimera sig'],
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt arbetsmiljölagen är du skyldig'],
      ['policy/personuppgifter/halsouppgifter-till-chef', 'läkarintyg med diagnos från första sjukd'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparar vi i vår kandidatbank utan tidsgr'],
    ],
  },
  'round23/05-reception-och-besok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/service/tolk-anhorig', 'komma tillbaka med egen tolk'],
      ['klarsprak/mycket-lang-mening', 'Om en besökare uppträder hotfullt ska du'],
    ],
  },
  'round23/06-kriskommunikation.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/meddelarfrihet/forbud-media', 'får inte uttala sig i medier'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'meddelar samtidigt krisledningen vem som'],
      ['klarsprak/mycket-lang-mening', 'Kanal | När | Ansvarig dvi.se, startsida'],
      ['policy/offentlighet/krav-identitet-syfte', 'ska den som begär ut handlingar uppge na'],
      ['klarsprak/mycket-lang-mening', 'När stabsläget har avvecklats ansvarar k'],
    ],
  },
  'round23/07-beslut-och-overklagande.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Därest ansökan är ofullständig skall sök'],
      ['klarsprak/tung-kanslisvenska', 'Föreläggandet skall innehålla upplysning'],
      ['klarsprak/tung-kanslisvenska', 'Uppgifter som sökanden lämnar muntligen '],
      ['klarsprak/mycket-lang-mening', 'Innan ett ärende avgörs genom beslut som'],
      ['klarsprak/tung-kanslisvenska', 'Innan ett ärende avgörs genom beslut som'],
      ['klarsprak/tung-kanslisvenska', 'Vid delvis bifall erfordras dock icke öv'],
      ['klarsprak/mycket-lang-mening', 'Nämnden skall ändra ett beslut som den m'],
      ['klarsprak/tung-kanslisvenska', 'Ändras icke beslutet på sätt klaganden y'],
      ['klarsprak/tung-kanslisvenska', 'Därest klaganden återkallar sitt överkla'],
    ],
  },
  'round23/08-tillganglighet-webb.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/service/krav-svensk-id', 'Du som saknar svensk e-legitimation kan '],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas tills vidare'],
    ],
  },
  'round23/09-nationella-minoriteter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/sprak/minoritetssprak-villkor', 'visa att du är same'],
      ['policy/sprak/minoritetssprak-villkor', 'Översättningen kostar'],
      ['policy/sprak/minoritetssprak-villkor', 'antecknar i kundregistret vilken natione'],
      ['policy/service/tolk-anhorig', 'anhörig som kan tolka'],
    ],
  },
  'round23/10-utredning-klagomal-chef.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt Arbetsmiljöverkets föreskrifter s'],
      ['policy/rattssakerhet/frist-for-anmalan', 'Anmälningar som kommer in senare utreds '],
      ['policy/jav/klagomal-egen-sak', 'Utredaren utses av den anmälde chefens n'],
      ['policy/meddelarfrihet/forbud-media', 'får de som har intervjuats inte diskuter'],
      ['policy/personuppgifter/lagring-tills-vidare', 'Sparas utan tidsgräns'],
    ],
  },
  'round23/11-systemutvecklare-backend.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/alder-ung', 'ungt'],
      ['jobbannons/medborgarskap', 'svenskt medborgarskap'],
      ['policy/personuppgifter/lagring-tills-vidare', 'Vi sparar din ansökan i vår kandidatbank'],
    ],
  },
  'round23/12-jurist-karnamnesnamnden.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/ansokningstid-kort', '2025-03-10'],
      ['jobbannons/etnicitet-ursprung', 'skolgång i Sverige'],
      ['jobbannons/kon-pronomen', 'Han eller hon förväntas'],
    ],
  },
  'round23/13-regional-samordnare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['klarsprak/mycket-lang-mening', 'Det åligger samordnaren att, därest så e'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger samordnaren att, därest så e'],
      ['jobbannons/halsa-fysik', 'God fysik'],
      ['jobbannons/halsa-frisk', 'god hälsa'],
    ],
  },
  'round23/14-fastighetsskotare-kursgard.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/alder-ung', 'i dina bästa år'],
      ['jobbannons/medborgarskap', 'Svenskt medborgarskap'],
      ['jobbannons/belastningsregister', 'utdrag ur belastningsregistret'],
    ],
  },
  'round23/15-avdelningschef-tillsyn.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round24/01-upphandling-leverantorskontakter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', '1.1 Dessa riktlinjer syftar till att säk'],
      ['klarsprak/tung-kanslisvenska', '1.1 Dessa riktlinjer syftar till att säk'],
      ['klarsprak/tung-kanslisvenska', '2.1 Det åligger varje chef att tillse at'],
      ['klarsprak/tung-kanslisvenska', '4.2 Vid bedömning av huruvida jäv föreli'],
      ['klarsprak/mycket-lang-mening', '6.3 Därest uppgifter om nämndens upphand'],
      ['klarsprak/tung-kanslisvenska', '6.3 Därest uppgifter om nämndens upphand'],
      ['klarsprak/mycket-lang-mening', '7.2 Den beslutanderätt avseende avrop, f'],
      ['klarsprak/tung-kanslisvenska', '7.2 Den beslutanderätt avseende avrop, f'],
    ],
  },
  'round24/02-it-utrustning-e-post.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt dataskyddsförordningen får du där'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas tills vidare'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'meddela din chef att du har blivit konta'],
    ],
  },
  'round24/03-telefon-och-e-postservice.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['policy/beslut/galler-for', ''],
      ['policy/offentlighet/fast-frist', 'inom 10 arbetsdagar'],
      ['policy/offentlighet/krav-identitet-syfte', 'Anonyma begäranden hanteras inte'],
      ['policy/rattssakerhet/beslut-uteblir', 'Något formellt beslut med överklagandehä'],
      ['policy/service/hinder-for-klagomal', 'Frågor på andra språk besvaras inte'],
      ['klarsprak/tung-kanslisvenska', '"Med anledning av Er förfrågan får vi hä'],
    ],
  },
  'round24/04-personuppgifter-arendehantering.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Behandlingen sker med stöd av artikel 6.'],
      ['policy/likabehandling/ursprung-som-grund', 'födda utanför EU/EES ska'],
      ['klarsprak/mycket-lang-mening', 'Uppgifter som föreslås inhämtas från lär'],
      ['policy/rattssakerhet/motivering-overklagande', 'kan motiveringen utelämnas'],
      ['policy/personuppgifter/registerutdrag-tid', 'Begäran om registerutdrag (artikel 15) s'],
    ],
  },
  'round24/05-ledigheter-personalhandbok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/halsouppgifter-till-chef', 'läkarintyget med den närståendes diagnos'],
      ['klarsprak/mycket-lang-mening', 'Du har rätt till ledighet för studier en'],
    ],
  },
  'round24/06-beslutsmall.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'I beslutet kan uppgift om sökandens pers'],
      ['policy/rattssakerhet/motivering-overklagande', 'behöver skälen icke redovisas'],
      ['klarsprak/mycket-lang-mening', 'Motiveringen skall, i förekommande fall '],
      ['klarsprak/tung-kanslisvenska', 'Motiveringen skall, i förekommande fall '],
      ['klarsprak/tung-kanslisvenska', 'Skrivelser som inkommer på annat språk ä'],
      ['policy/rattssakerhet/motivering-overklagande', 'Överklagandet skall ha inkommit till näm'],
    ],
  },
  'round24/07-lonepolicy.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/lon-foraldraledighet-sjukfranvaro', 'Hög frånvaro, oavsett orsak, påverkar'],
      ['policy/likabehandling/lon-foraldraledighet-sjukfranvaro', 'föräldralediga vid revisionstillfället f'],
      ['policy/likabehandling/lon-och-kon', 'lönekartläggningen vart tredje år'],
      ['policy/offentlighet/generell-sekretess', 'enskilda medarbetares löner är förtrolig'],
    ],
  },
  'round24/08-sakerhet-besokare.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'journalist: meddela kommunikationsenhete'],
      ['policy/rattslig-grund/visitation-utan-lagstod', 'visitera väskor'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i besökssystemet tills vidare'],
    ],
  },
  'round24/09-extern-kommunikation.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/krav-identitet-syfte', 'ber vi ändå om namn'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'Berätta också för din chef att du har bl'],
    ],
  },
  'round24/10-tillsyn-hvb.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['policy/mutor/fast-belopp', 'gåvor till ett värde av högst 200 kronor'],
      ['policy/likabehandling/sprak-lagre-prioritet', 'som inte talar svenska intervjuas inte'],
      ['policy/rattssakerhet/kommunikation-undantas', 'behöver verksamheten inte ges tillfälle '],
    ],
  },
  'round24/11-sjukskoterska-lvm-hem.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/ansokningstid-kort', '2026-11-30'],
      ['jobbannons/kon-pronomen', 'Han eller hon som söker ska'],
      ['jobbannons/halsa-frisk', 'frisk'],
      ['jobbannons/halsa-fysik', 'god fysik'],
    ],
  },
  'round24/12-controller-ekonomistyrning.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/alder-ung', 'unga och drivna'],
      ['jobbannons/medborgarskap', 'Svenskt medborgarskap'],
    ],
  },
  'round24/13-kommunikator-kort.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
      ['jobbannons/kon-tjej-kille', 'tjej'],
    ],
  },
  'round24/14-it-supporttekniker.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Du får friskvårdsbidrag, flexibel arbets'],
    ],
  },
  'round24/15-doktorand-ekologi.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/alder-ar-i-arbetslivet', 'examen under de senaste tre åren'],
      ['jobbannons/halsa-frisk', 'god hälsa'],
      ['jobbannons/halsa-allergi', 'inga allergier'],
    ],
  },
  'round25/01-pressrutin.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Presstjänsten handhar myndighetens press'],
      ['klarsprak/tung-kanslisvenska', '4.2 Det åligger anställd som av journali'],
      ['policy/yttrandefrihet/forbud-kritik', 'avhålla sig från att offentligt ifrågasä'],
      ['klarsprak/mycket-lang-mening', '5.1 Pressmeddelanden som avses publicera'],
      ['klarsprak/tung-kanslisvenska', '5.1 Pressmeddelanden som avses publicera'],
    ],
  },
  'round25/02-gavor-och-mutor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/mutor/fast-belopp', 'Gränsen för vad som räknas som muta är 5'],
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt förvaltningslagen måste du'],
      ['policy/personuppgifter/lagring-tills-vidare', 'Vi sparar uppgifterna i registret tills '],
    ],
  },
  'round25/03-bisysslor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['klarsprak/mycket-lang-mening', 'I 7 § LOA står: "En arbetstagare får int'],
      ['policy/bisysslor/totalforbud', 'inte får ha avlönade bisysslor'],
      ['policy/bisysslor/tillstand-som-lag', 'Enligt 7 c § LOA ska du ansöka'],
      ['policy/personuppgifter/kansliga-uppgifter', 'Ange även om du är medlem i politiskt pa'],
      ['klarsprak/mycket-lang-mening', 'När HR-avdelningen tillsammans med närma'],
    ],
  },
  'round25/04-utlamnande-handlingar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/krav-identitet-syfte', 'Begäran ska alltid göras skriftligt'],
      ['policy/offentlighet/fast-frist', 'inom tio arbetsdagar'],
      ['policy/offentlighet/krav-identitet-syfte', 'Registrera beställarens namn'],
    ],
  },
  'round25/05-klagomal.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/likabehandling/sprak-lagre-prioritet', 'annat språk än svenska besvaras inte'],
      ['policy/service/hinder-for-klagomal', 'annat språk än svenska besvaras inte'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i klagomålsloggen med namn, konta'],
    ],
  },
  'round25/06-handlaggningshandbok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', '3.3 Det åligger handläggaren att, därest'],
      ['klarsprak/tung-kanslisvenska', '3.3 Det åligger handläggaren att, därest'],
      ['policy/rattssakerhet/motivering-overklagande', 'Överklagandet ska ha inkommit till nämnd'],
      ['klarsprak/tung-kanslisvenska', '7.5 Avvisas överklagandet icke ska det j'],
      ['klarsprak/mycket-lang-mening', '8.1 Finner nämnden att ett beslut som de'],
    ],
  },
  'round25/07-rekrytering-likabehandling.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'regeringsformen 12 kap. 5 § och 4 § lage'],
      ['jobbannons/alder-ar-i-arbetslivet', 'Högst fem års yrkeserfarenhet'],
      ['policy/likabehandling/fragor-om-familj', 'eventuell planerad föräldraledighet'],
    ],
  },
  'round25/08-personuppgifter-gallring.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['klarsprak/tung-kanslisvenska', 'Det åligger varje enhetschef att tillse '],
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt dataskyddsförordningen ska varje '],
      ['policy/personuppgifter/lagring-tills-vidare', 'Sparas tills vidare'],
      ['klarsprak/mycket-lang-mening', '[ ] Begäran om registerutdrag (artikel 1'],
      ['policy/personuppgifter/registerutdrag-tid', 'Begäran om registerutdrag besvaras inom '],
      ['policy/offentlighet/krav-identitet-syfte', 'ska alltid uppge namn'],
    ],
  },
  'round25/09-service-sprak-tillganglighet.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/service/papper-avvisas', 'på papper tar vi inte längre emot'],
      ['klarsprak/mycket-lang-mening', '"Med anledning av att de handlingar som '],
      ['klarsprak/tung-kanslisvenska', '"Med anledning av att de handlingar som '],
      ['policy/service/tolk-anhorig', 'får själv ordna tolken'],
    ],
  },
  'round25/10-jav-fragor-och-svar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/jav/anmalan-overlats', 'Du behöver därför inte själv anmäla'],
      ['policy/mutor/fast-belopp', 'Enligt brottsbalken får du ta emot gåvor'],
      ['klarsprak/mycket-lang-mening', 'Du är däremot skyldig att lämna de uppgi'],
      ['policy/meddelarfrihet/forbud-media', 'får inte diskuteras med journalister'],
    ],
  },
  'round25/11-utredare-yrkesinspektion.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/etnicitet-modersmal', 'modersmålsnivå'],
      ['jobbannons/belastningsregister', 'utdrag ur belastningsregistret'],
      ['jobbannons/ansokningstid-kort', '2025-04-14'],
    ],
  },
  'round25/12-receptionist-familjeratt.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['policy/service/tolk-anhorig', 'ta med egen tolk'],
      ['klarsprak/mycket-lang-mening', 'Vi tror att du är en person som trivs nä'],
      ['jobbannons/utseende', 'representativt yttre'],
      ['jobbannons/tillsattning-fore-sista-dag', 'tjänsten kan komma att tillsättas innan '],
    ],
  },
  'round25/13-data-scientist-halsodata.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kontaktperson', ''],
      ['klarsprak/mycket-lang-mening', 'Inom ramen för avdelningens uppdrag att '],
      ['klarsprak/tung-kanslisvenska', 'Inom ramen för avdelningens uppdrag att '],
      ['jobbannons/alder-ar-i-arbetslivet', 'avlagd 2020 eller senare'],
      ['jobbannons/medborgarskap', 'svenskt medborgarskap'],
    ],
  },
  'round25/14-notarie-tingsratt.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/ansokan-foto-personuppgifter', 'Bifoga CV, personligt brev, examensbevis'],
    ],
  },
  'round25/15-faltekniker-radionat.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round26/01-hot-och-vald.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['klarsprak/tung-kanslisvenska', 'Det åligger varje chef att minst en gång'],
      ['klarsprak/mycket-lang-mening', 'Därest hot eller våld bedöms föreligga å'],
      ['klarsprak/tung-kanslisvenska', 'Därest hot eller våld bedöms föreligga å'],
      ['klarsprak/tung-kanslisvenska', 'Ärende som inkommit från sådan person sk'],
      ['klarsprak/tung-kanslisvenska', 'Anställd som av journalist kontaktas ang'],
      ['klarsprak/mycket-lang-mening', 'Uppgifter om en anställds bostadsadress,'],
      ['klarsprak/mycket-lang-mening', 'Roll | Ansvar ----------------------|---'],
    ],
  },
  'round26/02-samhallsdebatten.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/jav/anmalningsplikt', ''],
      ['klarsprak/mycket-lang-mening', 'Vi vill att du som arbetar på Klimat- oc'],
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt 7 § lagen (1994:260) om offentlig'],
      ['policy/yttrandefrihet/forbud-politik-fack', 'får inte ha politiska förtroendeuppdrag'],
      ['klarsprak/mycket-lang-mening', 'Om du är osäker på om ett ärende du hand'],
      ['policy/yttrandefrihet/asikter-paverkar-lon', 'lönesamtalet tar upp hur dina debattinlä'],
    ],
  },
  'round26/03-likabehandlingsplan.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Roll | Ansvar --------------------|-----'],
      ['policy/likabehandling/lon-och-kon', 'Lönekartläggning | HR-enheten | Vart tre'],
      ['policy/likabehandling/krav-utan-brytning', 'tala svenska utan brytning'],
      ['policy/likabehandling/intyg-om-tro', 'intyg från ditt trossamfund'],
      ['policy/rattssakerhet/frist-for-anmalan', 'anmälan som inkommer senare än tre månad'],
    ],
  },
  'round26/04-distansarbete.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/foraldrar-generellt', 'beviljas inte den som har barn under tre'],
      ['policy/arbetsmiljo/ansvar-pa-medarbetaren', 'är det du själv som ansvarar för arbetsm'],
      ['klarsprak/mycket-lang-mening', 'För att vi ska kunna följa upp att arbet'],
      ['klarsprak/mycket-lang-mening', 'Medarbetare som vid distansarbete hanter'],
      ['klarsprak/tung-kanslisvenska', 'Medarbetare som vid distansarbete hanter'],
    ],
  },
  'round26/05-upphandlingsetik.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['policy/mutor/fast-belopp', 'gåva från leverantör, värde upp till 500'],
    ],
  },
  'round26/06-telefon-och-besok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/service/krav-svensk-id', 'Har du inte ett svenskt personnummer kan'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas tills vidare'],
      ['policy/service/tolk-anhorig', 'släkting eller vän som kan tolka'],
      ['klarsprak/mycket-lang-mening', 'Synpunkter på bemötande och service som '],
      ['klarsprak/tung-kanslisvenska', 'Synpunkter på bemötande och service som '],
    ],
  },
  'round26/07-automatiska-beslut-fragor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/service/papper-avvisas', 'på papper eller med e-post skickas tillb'],
      ['policy/rattssakerhet/beslut-utan-provning', 'utan att en handläggare går igenom ansök'],
      ['policy/likabehandling/ursprung-som-grund', 'hur länge du har varit folkbokförd'],
      ['policy/rattssakerhet/omprovning-begransad', 'Ett automatiskt beslut kan inte omprövas'],
      ['klarsprak/mycket-lang-mening', 'Vi behandlar dina uppgifter enligt Europ'],
      ['policy/personuppgifter/lagring-tills-vidare', 'Uppgifterna i riskmodellen gallras inte'],
    ],
  },
  'round26/08-handlaggning-licensansokan.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/motivering-overklagande', 'må skälen dock utelämnas'],
      ['klarsprak/tung-kanslisvenska', 'Ärende ska avgöras så snart som möjligt '],
      ['klarsprak/mycket-lang-mening', 'Av chefen för licensenheten ska tillses '],
      ['klarsprak/tung-kanslisvenska', 'Av chefen för licensenheten ska tillses '],
    ],
  },
  'round26/09-diarieforing-checklista.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['klarsprak/mycket-lang-mening', 'Allmänna handlingar ska registreras utan'],
      ['policy/offentlighet/fast-frist', 'inom tio arbetsdagar'],
      ['policy/offentlighet/krav-identitet-syfte', 'Kontrollera alltid beställarens identite'],
      ['policy/offentlighet/krav-identitet-syfte', 'Anteckna beställarens namn'],
    ],
  },
  'round26/10-klagomal-omprovning-personalhandbok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/jav/klagomal-egen-sak', 'lämnas först till den berörda medarbetar'],
      ['policy/meddelarfrihet/forbud-media', 'får inte själv lämna uppgifter om ärende'],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'Alla kontakter med journalister i ett kl'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas utan tidsgräns'],
      ['policy/rattssakerhet/omprovning-begransad', 'Omprövning görs bara om'],
      ['policy/rattssakerhet/omprovning-begransad', 'tar inte upp beslut till omprövning på e'],
      ['policy/rattssakerhet/omprovning-begransad', 'kan beslutet alltid ändras till hens nac'],
    ],
  },
  'round26/11-hr-specialist.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
      ['jobbannons/kon-pronomen', 'Den sökande ska ha lätt för att samarbet'],
      ['klarsprak/mycket-lang-mening', 'Eftersom flera av våra erfarna kollegor '],
    ],
  },
  'round26/12-it-sakerhetsanalytiker.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/ansokningstid-kort', '2025-03-12'],
      ['jobbannons/etnicitet-modersmal', 'modersmålsnivå'],
      ['jobbannons/halsa-frisk', 'frisk'],
    ],
  },
  'round26/13-handlaggare-bostadsbidrag.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Vi använder ett digitalt kompetenstest o'],
    ],
  },
  'round26/14-pressekreterare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/sista-ansokningsdag', ''],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'all kontakt mellan myndighetens medarbet'],
      ['jobbannons/utseende', 'representativt yttre'],
      ['jobbannons/familj-tillganglighet', 'obegränsad tillgänglighet'],
      ['jobbannons/tillsattning-fore-sista-dag', 'tjänsten kan tillsättas innan annonsen h'],
    ],
  },
  'round26/15-vaktmastare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/kon-yrkestitel', 'förrådsman'],
      ['jobbannons/alder-grans', 'sökande under 40 år'],
      ['klarsprak/mycket-lang-mening', 'Det åligger den som anställs att, därest'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger den som anställs att, därest'],
    ],
  },
  'round27/01-alkohol-och-drogpolicy.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Det åligger envar anställd att icke inst'],
      ['policy/rattslig-grund/skyldighet-fel-lag', 'är enligt 3 kap. 4 § arbetsmiljölagen sk'],
      ['klarsprak/mycket-lang-mening', 'Denna policy förutsättes efterlevas av s'],
      ['klarsprak/tung-kanslisvenska', 'Denna policy förutsättes efterlevas av s'],
    ],
  },
  'round27/02-visselblasning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/frist-for-anmalan', 'Rapporten måste lämnas inom tre månader'],
      ['policy/rattssakerhet/frist-for-anmalan', 'Rapporter som kommer in senare avvisas'],
      ['policy/visselblasning/ersatter-meddelarfrihet', 'går till media innan du har rapporterat '],
      ['policy/meddelarfrihet/efterforskning', 'når medier utreder säkerhetsfunktionen h'],
    ],
  },
  'round27/03-kriskommunikation.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'kontakter med journalister under krisen '],
      ['policy/rattssakerhet/beslut-uteblir', 'något skriftligt beslut fattas inte'],
    ],
  },
  'round27/04-personalakter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['klarsprak/mycket-lang-mening', 'De viktigaste reglerna finns i Europapar'],
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt dataskyddsförordningen ska samtli'],
      ['policy/personuppgifter/lagring-tills-vidare', 'Sparas så länge chefen bedömer att de be'],
      ['policy/personuppgifter/halsouppgifter-till-chef', 'informerar närmaste chef arbetsgruppen o'],
      ['policy/personuppgifter/registerutdrag-tid', 'Begäran om registerutdrag prövas av HR-c'],
      ['policy/offentlighet/fast-frist', 'inom tre månader'],
    ],
  },
  'round27/05-kontakter-med-intresseorganisationer.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/mutor/fast-belopp', 'lunch upp till 450 kronor är tillåten'],
    ],
  },
  'round27/06-registerutdrag-och-rattelse.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Den här rutinen beskriver hur vi hantera'],
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt dataskyddsförordningen måste en b'],
      ['policy/personuppgifter/registerutdrag-tid', 'begäran utan angivet skäl läggs i kö'],
      ['policy/personuppgifter/registerutdrag-tid', 'begäran om rättelse registreras och hand'],
      ['klarsprak/mycket-lang-mening', 'Om vi har lämnat ut den felaktiga uppgif'],
      ['klarsprak/mycket-lang-mening', 'Ärendet, inklusive den undertecknade bla'],
    ],
  },
  'round27/07-servicedeklaration.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/service/papper-avvisas', 'tar vi bara emot via Mina sidor'],
      ['policy/service/tolk-anhorig', 'släkting eller en vän som kan tolka'],
      ['policy/service/tolk-nekas', 'Vi anlitar inte tolk'],
      ['policy/offentlighet/krav-identitet-syfte', 'behöver du uppge ditt namn'],
    ],
  },
  'round27/08-handlaggning-av-bidrag.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Ansökningar vilka efter granskning av ka'],
      ['klarsprak/tung-kanslisvenska', 'Därest sökanden önskar överklaga beslute'],
      ['klarsprak/tung-kanslisvenska', 'Därest redovisning icke inkommit inom fö'],
    ],
  },
  'round27/09-hot-och-skyddade-personuppgifter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/meddelarfrihet/meddelarfrihet-namns-inte', ''],
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt arbetsmiljölagen är du som medarb'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas tills vidare'],
      ['policy/meddelarfrihet/forbud-media', 'ska inte själv uttala dig i media'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'journalist kontaktar dig ska du informer'],
    ],
  },
  'round27/10-delegationsordning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['klarsprak/mycket-lang-mening', '1.3 Det åligger delegaten att, därest et'],
      ['klarsprak/tung-kanslisvenska', '1.3 Det åligger delegaten att, därest et'],
      ['policy/offentlighet/fast-frist', 'senast inom 15 arbetsdagar'],
      ['policy/rattssakerhet/beslut-uteblir', 'Skriftligt beslut upprättas inte'],
    ],
  },
  'round27/11-jurist-exportkontroll.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/alder-ar-i-arbetslivet', 'juristexamen ska ha avlagts tidigast år '],
      ['klarsprak/mycket-lang-mening', 'Det åligger den sökande att i ansökan re'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger den sökande att i ansökan re'],
    ],
  },
  'round27/12-kommunikator-havsinspektionen.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'alla medarbetares kontakter med journali'],
      ['jobbannons/etnicitet-modersmal', 'modersmålsnivå'],
      ['jobbannons/belastningsregister', 'utdrag ur belastningsregistret'],
    ],
  },
  'round27/13-controller-fjallnamnden.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round27/14-behandlingsassistent-tallgarden.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/kon-pronomen', 'Behandlingsassistenten är en viktig vuxe'],
      ['jobbannons/halsa-frisk', 'stabil hälsa'],
    ],
  },
  'round27/15-sakerhetsvard-statens-lokalservice.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/utseende', 'minst 175 cm lång'],
      ['jobbannons/medborgarskap', 'svenska medborgare'],
      ['jobbannons/tillsattning-fore-sista-dag', 'tjänsten kan komma att tillsättas innan '],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i vår kandidatbank utan tidsgräns'],
    ],
  },
  'round28/01-rekryteringsrutin.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Vid beslut om anställning ska avseende f'],
      ['klarsprak/mycket-lang-mening', 'Rekryterande chef | Behovsanalys, kravpr'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i rekryteringssystemet utan tidsb'],
    ],
  },
  'round28/02-lonepolicy.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/lon-foraldraledighet-sjukfranvaro', 'föräldralediga mer än sex månader ges in'],
      ['policy/likabehandling/lon-och-kon', 'lönekartläggning enligt 3 kap. diskrimin'],
      ['policy/offentlighet/generell-sekretess', 'inte diskuterar sina egna eller andras l'],
      ['policy/offentlighet/generell-sekretess', 'lämnas uppgift om enskilds lön inte ut'],
    ],
  },
  'round28/03-foraldraledighet-flextid-fragor-svar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/foraldraledighet-snavare-an-lagen', 'Anmäl ledigheten till din chef i Primula'],
      ['policy/likabehandling/foraldraledighet-snavare-an-lagen', 'högst två perioder per kalenderår'],
      ['policy/likabehandling/foraldraledighet-snavare-an-lagen', 'Förkortad arbetstid med upp till 25 proc'],
      ['policy/personuppgifter/halsouppgifter-till-chef', 'skriv i kommentarsfältet vilken sjukdom '],
    ],
  },
  'round28/04-riktlinjer-ai-verktyg.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/rattslig-grund', ''],
      ['klarsprak/mycket-lang-mening', 'När vi behandlar personuppgifter gäller '],
      ['policy/offentlighet/epost-inte-allman-handling', 'arbetsmaterial och blir aldrig allmänna '],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'berätta för din chef att du har blivit k'],
    ],
  },
  'round28/05-sakerhetsprovning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Personalenheten skall tillhandahålla erf'],
      ['klarsprak/tung-kanslisvenska', 'Därest så erfordras för att icke äventyr'],
      ['klarsprak/mycket-lang-mening', 'Sedan säkerhetsskyddschefen erhållit res'],
      ['klarsprak/tung-kanslisvenska', 'Sedan säkerhetsskyddschefen erhållit res'],
      ['policy/personuppgifter/lagring-tills-vidare', 'bevaras utan tidsbegränsning'],
    ],
  },
  'round28/06-epost-och-chatt.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i chattverktyget utan tidsgräns'],
      ['policy/offentlighet/krav-identitet-syfte', 'ber du alltid den som frågar om namn'],
      ['policy/offentlighet/fast-frist', 'inom tio arbetsdagar'],
    ],
  },
  'round28/07-beslutsbrev-handbok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['policy/rattssakerhet/motivering-overklagande', 'inom tre veckor från beslutsdatum'],
      ['klarsprak/tung-kanslisvenska', 'Standardfras vid helt avslag (ska använd'],
    ],
  },
  'round28/08-overklagande-rattidsprovning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Skrivelse som inkommer till myndigheten '],
      ['klarsprak/tung-kanslisvenska', 'Det åligger registrator att utan dröjsmå'],
      ['klarsprak/tung-kanslisvenska', 'Överklagandet skall ha inkommit till myn'],
      ['klarsprak/mycket-lang-mening', 'Det åligger därvid handläggaren att, sed'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger därvid handläggaren att, sed'],
      ['klarsprak/tung-kanslisvenska', 'Därest överklagandet inkommit efter klag'],
      ['klarsprak/tung-kanslisvenska', 'Överklagande som inom klagotiden inkommi'],
      ['klarsprak/tung-kanslisvenska', 'Klaganden skall underrättas om att överk'],
    ],
  },
  'round28/09-skyddade-personuppgifter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Uppgift om en enskilds bostadsadress och'],
      ['policy/offentlighet/utlamnande-utan-provning', 'lämnas ut utan särskild prövning'],
    ],
  },
  'round28/10-samrad-minoriteter-samer.txt': {
    type: 'other',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Sverige har också anslutit sig till Euro'],
      ['policy/sprak/minoritetssprak-villkor', 'styrka sin tillhörighet'],
      ['policy/yttrandefrihet/forbud-kritik', 'förbinder sig att inte kommentera'],
    ],
  },
  'round28/11-it-supporttekniker.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/alder-ung', 'ungt'],
      ['jobbannons/etnicitet-modersmal', 'utan brytning'],
      ['jobbannons/belastningsregister', 'utdrag ur belastningsregistret'],
    ],
  },
  'round28/12-arkivarie.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Myndigheten för civila beredskapsarkiv ('],
      ['klarsprak/mycket-lang-mening', 'Det åligger arkivarien att tillse att in'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger arkivarien att tillse att in'],
      ['klarsprak/mycket-lang-mening', 'I tjänsten ingår vidare att handleda ark'],
      ['klarsprak/tung-kanslisvenska', 'I tjänsten ingår vidare att handleda ark'],
      ['jobbannons/halsa-frisk', 'god hälsa'],
      ['klarsprak/tung-kanslisvenska', 'Ansökan jämte meritförteckning samt kopi'],
    ],
  },
  'round28/13-enhetschef-inspektion.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round28/14-traineeprogram.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/alder-ar-i-arbetslivet', 'examen tidigast 2023'],
      ['jobbannons/medborgarskap', 'svensk medborgare'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i vår kandidatbank så att vi kan '],
    ],
  },
  'round28/15-kokerska-kursgard.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/kon-yrkestitel', 'Kokerska'],
      ['jobbannons/kon-yrkestitel', 'kokerska'],
      ['jobbannons/religion-krav', 'passar inte dig som av religiösa skäl'],
      ['jobbannons/familj-barn', 'livssituation som tillåter'],
    ],
  },
  'round29/01-mediarutin.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round29/02-visselblasning-fragor-och-svar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/rattslig-grund', ''],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas utan tidsgräns'],
    ],
  },
  'round29/03-bisysslor.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round29/04-gavor-och-mutor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt 7 § lagen (1994:260) om offentlig'],
      ['klarsprak/mycket-lang-mening', 'Därest tveksamhet föreligger huruvida en'],
      ['klarsprak/tung-kanslisvenska', 'Därest tveksamhet föreligger huruvida en'],
    ],
  },
  'round29/05-sakerhetsprovning-och-sekretess.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round29/06-utlamnande-allmanna-handlingar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/fast-frist', 'inom tio arbetsdagar'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger registrator att tillse att h'],
    ],
  },
  'round29/07-handlaggningshandbok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['klarsprak/tung-kanslisvenska', '| "Det åligger Er att inkomma med erford'],
      ['klarsprak/tung-kanslisvenska', '| "Därest komplettering icke inkommer av'],
    ],
  },
  'round29/08-tolk-och-minoritetssprak.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
    ],
  },
  'round29/09-hot-och-vald-rutin.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/lagring-tills-vidare', 'Förteckning över personer som har uppträ'],
    ],
  },
  'round29/10-synpunkter-och-klagomal.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round29/11-polisen-underrattelseanalytiker.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/etnicitet-ursprung', 'gått grundskola och gymnasieskola i Sver'],
    ],
  },
  'round29/12-ungdomshem-behandlingssekreterare.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round29/13-sjoraddning-raddningsdykare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kon-pronomen', 'provanställningen ska han visa'],
    ],
  },
  'round29/14-fjallverket-samisk-handlaggare.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round29/15-kulturstod-handlaggare.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round30/01-sociala-medier.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Checklista innan du publicerar: [ ] Text'],
    ],
  },
  'round30/02-lonepolicy.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Resultat | Kvalitet och mängd i förhålla'],
    ],
  },
  'round30/03-alkohol-och-droger.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattslig-grund/skyldighet-fel-lag', 'är du enligt 3 kap. 4 § arbetsmiljölagen'],
    ],
  },
  'round30/04-tjansteresor-och-representation.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['klarsprak/tung-kanslisvenska', '5.1 Därest förskott för resekostnader ha'],
      ['policy/mutor/fast-belopp', 'Gåva till ett värde under 300 kronor | F'],
      ['klarsprak/mycket-lang-mening', 'Resa eller hotell som betalas av en leve'],
    ],
  },
  'round30/05-lika-rattigheter-plan.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round30/06-registerutdrag-och-rattelse.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Riktlinjen bygger på Europaparlamentets '],
    ],
  },
  'round30/07-telefon-och-epost.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round30/08-avgifter-for-kopior.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Därest beställaren icke inom trettio dag'],
      ['klarsprak/tung-kanslisvenska', 'Därest beställaren icke inom trettio dag'],
    ],
  },
  'round30/09-tillsyn-av-foretag.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round30/10-skyddade-personuppgifter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['klarsprak/mycket-lang-mening', 'Uppgifter om en enskilds bostadsadress o'],
      ['klarsprak/mycket-lang-mening', 'En part har i regel rätt att ta del av a'],
    ],
  },
  'round30/11-tolkkoordinator.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round30/12-tulltjansteman-gransskydd.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/alder-ar-i-arbetslivet', 'körkort, som du har haft i minst tio år'],
      ['jobbannons/belastningsregister-eget-utdrag', 'utdrag ur belastningsregistret bifogas'],
    ],
  },
  'round30/13-behandlingsassistent-flickavdelning.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round30/14-hr-specialist-rekrytering.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas också i vår kandidatbank, så att '],
    ],
  },
  'round30/15-verksjurist.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round31/01-visselblasning-rutin.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/rattslig-grund', ''],
    ],
  },
  'round31/02-hot-mot-medarbetare.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round31/03-personalakter-hr-handbok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/registerutdrag-tid', 'Vi svarar inom tre månader'],
      ['policy/offentlighet/krav-identitet-syfte', 'Be alltid den som begär ut uppgifterna a'],
    ],
  },
  'round31/04-kriskommunikation-riktlinje.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', '3.2 Därest en kris bedöms kunna få konse'],
      ['klarsprak/tung-kanslisvenska', '3.2 Därest en kris bedöms kunna få konse'],
    ],
  },
  'round31/05-ai-verktyg-fragor-och-svar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'AI-tjänster föreslår ofta gamla myndighe'],
    ],
  },
  'round31/06-beslutsbrev-overklagande.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Skriv inte | Skriv hellre "Er ansökan ha'],
      ['klarsprak/tung-kanslisvenska', 'Skriv inte | Skriv hellre "Er ansökan ha'],
      ['policy/rattssakerhet/motivering-overklagande', 'inom tre veckor från beslutsdatum'],
    ],
  },
  'round31/07-registrering-diarieforing.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Det åligger handläggaren att, därest han'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger handläggaren att, därest han'],
    ],
  },
  'round31/08-e-tjanster-fragor-och-svar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
    ],
  },
  'round31/09-tolk-och-oversattning.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round31/10-jav-for-inspektorer.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round31/11-kriminalvardare-granlunda.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round31/12-kommunikator-kustmiljo.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['klarsprak/tung-kanslisvenska', 'Du hjälper kollegor att byta ”därest” mo'],
      ['jobbannons/alder-ar-i-arbetslivet', 'kandidatexamen i kommunikation, journali'],
    ],
  },
  'round31/13-finsksprakig-handlaggare.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round31/14-dataskyddsombud.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round31/15-traineeprogram-regional-utveckling.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round32/01-rutin-mediekontakter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', '3.2 Det åligger medarbetare som kontakta'],
      ['policy/offentlighet/fast-frist', 'inom tio arbetsdagar'],
      ['klarsprak/mycket-lang-mening', '6.1 Vid händelse som kan antas föranleda'],
      ['klarsprak/tung-kanslisvenska', '6.1 Vid händelse som kan antas föranleda'],
    ],
  },
  'round32/02-fragor-gavor-representation.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['policy/mutor/fast-belopp', 'Skatteverkets regler är gåvor upp till 5'],
      ['policy/jav/undantag-fran-jav', 'Jäv föreligger bara om'],
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt lagen om offentlig anställning är'],
    ],
  },
  'round32/03-personalhandbok-bisysslor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Vi uppmuntrar engagemang i samhället och'],
      ['policy/bisysslor/tillstand-som-lag', 'Enligt lagen om offentlig anställning må'],
      ['policy/bisysslor/totalforbud', 'Bisysslor är som huvudregel inte tillåtn'],
      ['policy/bisysslor/anmalan-undantas', 'räknas inte som bisysslor och behöver in'],
    ],
  },
  'round32/04-plan-lika-rattigheter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/lon-foraldraledighet-sjukfranvaro', 'Lönesamtal hålls inte med medarbetare so'],
      ['policy/likabehandling/urval-diskriminerande', 'svenska som modersmål'],
    ],
  },
  'round32/05-checklista-visselblasning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/rattslig-grund', ''],
      ['klarsprak/mycket-lang-mening', 'Vi behandlar personuppgifter i enlighet '],
    ],
  },
  'round32/06-utlamnande-allmanna-handlingar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Envar har rätt att taga del av allmänna '],
      ['klarsprak/tung-kanslisvenska', 'Det åligger varje enhet att tillse att f'],
      ['klarsprak/tung-kanslisvenska', 'Framställning som inkommer till annan en'],
      ['klarsprak/tung-kanslisvenska', '2.2 Därest framställningen inkommer per '],
      ['policy/offentlighet/krav-identitet-syfte', 'anteckna sökandens namn'],
      ['policy/offentlighet/fast-frist', 'inom femton arbetsdagar'],
      ['klarsprak/tung-kanslisvenska', '3.2 Sökanden skall underrättas om när be'],
      ['klarsprak/tung-kanslisvenska', '4.1 Innan en handling lämnas ut skall ha'],
      ['klarsprak/mycket-lang-mening', '4.3 Med hänsyn till att de handlingar so'],
      ['klarsprak/tung-kanslisvenska', '4.3 Med hänsyn till att de handlingar so'],
      ['klarsprak/tung-kanslisvenska', 'Något formellt beslut fattas endast om s'],
    ],
  },
  'round32/07-handlaggningshandbok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Innan vi fattar ett beslut som går sökan'],
      ['policy/rattssakerhet/motivering-overklagande', 'kan skälen utelämnas'],
      ['policy/rattssakerhet/motivering-overklagande', 'överklagande måste ha kommit in inom två'],
    ],
  },
  'round32/08-servicepolicy.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/likabehandling/sprak-lagre-prioritet', 'annat språk än svenska eller engelska be'],
    ],
  },
  'round32/09-personuppgifter-fragor-och-svar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/personuppgifter/registerutdrag-tid', 'utdraget inom tre månader från det att v'],
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt dataskyddsförordningen är det för'],
    ],
  },
  'round32/10-jav-och-bisysslor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/undantag-fran-jav', 'utgör inte jäv enligt förvaltningslagen'],
      ['policy/jav/egen-bedomning', 'Om du själv bedömer att du kan vara opar'],
      ['policy/mutor/fast-belopp', 'Enligt brottsbalken högst 300 kronor'],
    ],
  },
  'round32/11-utredare-konsumentanalys.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
      ['klarsprak/mycket-lang-mening', 'Det åligger den som erhåller anställning'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger den som erhåller anställning'],
    ],
  },
  'round32/12-receptionist-boende.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/utseende', 'representativt yttre'],
      ['jobbannons/alder-ung', 'ungt'],
      ['jobbannons/ansokningstid-kort', '2025-04-29'],
    ],
  },
  'round32/13-statistiker-arbetsmarknad.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/tillsattning-fore-sista-dag', 'tjänsten tillsätts så snart vi har hitta'],
    ],
  },
  'round32/14-notarie-tingsratt.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round32/15-faltekniker-radio.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/alder-grans', '25–40-årsåldern'],
      ['jobbannons/halsa-allergi', 'kan sökande med pollen- eller pälsdjursa'],
      ['jobbannons/kon-tjej-kille', 'killar'],
      ['jobbannons/halsa-frisk', 'Frisk'],
    ],
  },
  'round33/01-lonepolicy.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/lon-foraldraledighet-sjukfranvaro', 'föräldraledighet som omfattar större del'],
    ],
  },
  'round33/02-sociala-medier.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['policy/beslut/galler-for', ''],
      ['klarsprak/mycket-lang-mening', 'Den gäller inte om du lämnar ut en handl'],
    ],
  },
  'round33/03-sjukfranvaro-rehabilitering.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
    ],
  },
  'round33/04-resor-representation-gavor.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round33/05-distansarbete.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round33/06-allmanna-handlingar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Enligt 2 kap. 18 § TF får nämnden inte e'],
      ['klarsprak/mycket-lang-mening', 'Om en sekretessprövning kräver det kan d'],
      ['klarsprak/mycket-lang-mening', 'Något krav på att den enskilde ska ange '],
    ],
  },
  'round33/07-servicedeklaration.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/offentlighet/fast-frist', 'inom tio arbetsdagar'],
    ],
  },
  'round33/08-skyddade-personuppgifter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Enligt 21 kap. 3 § OSL gäller sekretess '],
    ],
  },
  'round33/09-omprovning-fragor-svar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattssakerhet/motivering-overklagande', 'inom tre veckor från beslutsdatum'],
      ['klarsprak/mycket-lang-mening', 'I samband med omprövningen kan vi också '],
    ],
  },
  'round33/10-avgifter-kopior.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['klarsprak/tung-kanslisvenska', 'Skriv inte: "Därest beställaren icke erl'],
    ],
  },
  'round33/11-polis-region-mitt.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round33/12-larare-dovskola.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round33/13-handlaggare-meankieli.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round33/14-skyddsvakt.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/halsa-frisk', 'inga kroniska sjukdomar'],
    ],
  },
  'round33/15-handlaggare-ungdomshem.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round34/01-rekrytering-befordran.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Vid beslut om anställning skall avseende'],
      ['jobbannons/alder-ar-i-arbetslivet', 'examen inom de senaste fem åren'],
      ['klarsprak/tung-kanslisvenska', 'Därest särskilda skäl föreligger äger pe'],
      ['policy/yttrandefrihet/forbud-politik-fack', 'sökande som innehar politiska förtroende'],
      ['policy/likabehandling/skicklighet-i-andra-hand', 'främsta grund den sammanlagda anställnin'],
      ['klarsprak/mycket-lang-mening', 'Sedan rekryteringsgruppen slutfört urval'],
      ['klarsprak/tung-kanslisvenska', 'Sedan rekryteringsgruppen slutfört urval'],
      ['policy/rattssakerhet/motivering-overklagande', 'kan upplysning om hur beslutet överklaga'],
    ],
  },
  'round34/02-distansarbete.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/funktionsnedsattning-utesluts', 'Om du behöver särskilda hjälpmedel på gr'],
      ['policy/arbetsmiljo/ansvar-pa-medarbetaren', 'är det du själv som har ansvaret för arb'],
      ['policy/service/samtal-besvaras-inte', 'kopplas samtal från allmänheten till din'],
      ['policy/meddelarfrihet/forbud-media', 'journalist kontaktar dig på din mobil nä'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'berätta för din chef att du har blivit k'],
    ],
  },
  'round34/03-it-informationssakerhet.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/medborgarskap-villkor', 'får bara ges till medarbetare som är sve'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas utan tidsgräns'],
      ['policy/meddelarfrihet/efterforskning', 'granska loggar över vem som öppnat'],
    ],
  },
  'round34/04-upphandling-leverantorer.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['policy/likabehandling/upphandling-lokal-fordel', 'leverantörer med säte i Gotlands län ges'],
      ['policy/meddelarfrihet/forbud-media', 'får medarbetare inte lämna synpunkter på'],
      ['policy/jav/konflikt-ignoreras', 'antecknas detta i utvärderingsprotokolle'],
      ['klarsprak/mycket-lang-mening', 'Enligt 7 § lagen (1994:260) om offentlig'],
      ['policy/bisysslor/totalforbud', 'får därför inte ha några bisysslor'],
      ['policy/mutor/fast-belopp', 'Enligt brottsbalken får en gåva från en '],
    ],
  },
  'round34/05-krankande-sarbehandling-faq.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/arbetsmiljo/facket-forst-efter-chef', 'Först när chefen har fått kännedom om sa'],
      ['policy/rattssakerhet/frist-for-anmalan', 'Anmälan måste göras inom 14 dagar'],
      ['policy/rattssakerhet/frist-for-anmalan', 'Anmälningar som kommer in senare utreds '],
      ['policy/jav/konflikt-ignoreras', 'chefen själv som har anmälts leder chefe'],
    ],
  },
  'round34/06-villkor-e-tjanst.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/service/tillganglighet-atgardas-inte', 'i mån av tid'],
      ['klarsprak/mycket-lang-mening', 'Om namnet i ett intyg är skrivet på ett '],
      ['policy/likabehandling/ursprung-som-grund', 'ett namn som inte är svenskt, kan vi'],
      ['policy/offentlighet/epost-inte-allman-handling', 'Meddelanden som du skickar till oss i e-'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas utan tidsbegränsning'],
    ],
  },
  'round34/07-beslutsmall-tillstand.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Det åligger handläggaren att tillse att '],
      ['klarsprak/mycket-lang-mening', 'Därest ansökan befinnes ofullständig ell'],
      ['klarsprak/tung-kanslisvenska', 'Därest ansökan befinnes ofullständig ell'],
      ['klarsprak/mycket-lang-mening', 'Innan ärende avgörs skall sökanden under'],
      ['klarsprak/tung-kanslisvenska', 'Innan ärende avgörs skall sökanden under'],
      ['policy/rattssakerhet/motivering-overklagande', 'skälen begränsas till en hänvisning till'],
      ['klarsprak/tung-kanslisvenska', 'Vid delvis bifall, exempelvis då tillstå'],
      ['klarsprak/tung-kanslisvenska', 'Därest sökanden begär översättning av be'],
      ['policy/service/tolk-anhorig', 'översättning av beslutet eller tolk vid '],
      ['policy/rattssakerhet/motivering-overklagande', 'Överklagandet skall vara skriftligt och '],
      ['klarsprak/tung-kanslisvenska', 'Överklagandet skall vara skriftligt och '],
    ],
  },
  'round34/08-svar-brev-epost.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/offentlighet/fast-frist', 'Inom 15 arbetsdagar'],
      ['policy/likabehandling/sprak-lagre-prioritet', 'andra språk än svenska besvaras därför i'],
      ['policy/offentlighet/registrering-och-gallring', 'raderar du direkt, utan att diarieföra'],
      ['klarsprak/tung-kanslisvenska', 'Använd inte ord som "erforderlig", "till'],
    ],
  },
  'round34/09-kamerabevakning-besok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/kamera-utan-skylt', 'behövs ingen skylt'],
      ['policy/likabehandling/ursprung-som-grund', 'som inte har svensk id-handling ska ha e'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'journalist: meddela kommunikationsenhete'],
      ['policy/personuppgifter/lagring-tills-vidare', 'Besökslogg (namn, organisation, värd, ti'],
    ],
  },
  'round34/10-bidragshandbok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/sprak-lagre-prioritet', 'annat språk än svenska ger högst 1 poäng'],
      ['policy/yttrandefrihet/kritik-paverkar-bedomning', 'riktat offentlig kritik mot vår bidragsg'],
    ],
  },
  'round34/11-hr-specialist.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/alder-ung', 'ungt'],
      ['klarsprak/mycket-lang-mening', 'I tjänsten åligger det dig att, i nära s'],
      ['klarsprak/tung-kanslisvenska', 'I tjänsten åligger det dig att, i nära s'],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
    ],
  },
  'round34/12-systemutvecklare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kontaktperson', ''],
      ['jobbannons/alder-grans', 'mellan 25 och 35 år'],
      ['jobbannons/medborgarskap', 'svenskt medborgarskap'],
      ['jobbannons/ansokningstid-kort', '1 december 2025'],
    ],
  },
  'round34/13-jurist-tillsyn.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/halsa-frisk', 'god hälsa'],
      ['klarsprak/tung-kanslisvenska', 'Ansökan som inkommit efter sista ansökni'],
    ],
  },
  'round34/14-handlaggare-bidrag.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },
  'round34/15-vaktmastare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/halsa-frisk', 'frisk'],
      ['jobbannons/halsa-fysik', 'god fysik'],
      ['jobbannons/kon-pronomen', 'Vaktmästaren arbetar ofta ensam, och han'],
      ['jobbannons/tillsattning-fore-sista-dag', 'tjänsten kan komma att tillsättas så sna'],
    ],
  },
  'round35/01-distansarbete-arbetsanpassning.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round35/02-telefon-vaxelrutin.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round35/03-it-behorighet-sakerhetsprovning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutsdatum', ''],
      ['policy/likabehandling/medborgarskap-villkor', 'dubbelt medborgarskap placeras medarbeta'],
      ['klarsprak/mycket-lang-mening', '6.3 Därest medarbetare byter arbetsuppgi'],
      ['klarsprak/tung-kanslisvenska', '6.3 Därest medarbetare byter arbetsuppgi'],
    ],
  },
  'round35/04-kamerabevakning-besok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/lagring-efter-utrymme', 'Så länge lagringsutrymmet räcker'],
      ['policy/offentlighet/krav-identitet-syfte', 'registrerar alla besökare, även den som '],
    ],
  },
  'round35/05-rekrytering-befordran.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', '"Vid beslut om statlig anställning ska a'],
      ['klarsprak/mycket-lang-mening', '[ ] Kravprofilen är klar och varje krav '],
    ],
  },
  'round35/06-jav-arenden-och-upphandling.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Därest tveksamhet föreligger huruvida en'],
      ['policy/bisysslor/tillstand-som-lag', 'enligt 7 § LOA först få ett skriftligt g'],
    ],
  },
  'round35/07-tolk-och-oversattning.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'I 13 § förvaltningslagen står: "En myndi'],
    ],
  },
  'round35/08-e-post-registrering-och-gallring.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/fast-frist', 'inom tio arbetsdagar'],
    ],
  },
  'round35/09-beslutsmallar-motivering-overklagande.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', '| "Er ansökan avslås då erforderliga han'],
    ],
  },
  'round35/10-klagomal-och-kritik-i-media.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round35/11-it-sakerhetsspecialist.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'följa och tolka regelverk på området, bl'],
    ],
  },
  'round35/12-telefonservice.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/etnicitet-modersmal', 'utan brytning'],
      ['jobbannons/ansokningstid-kort', '8 december 2025'],
    ],
  },
  'round35/13-upphandlare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/placeringsort', ''],
    ],
  },
  'round35/14-vaktmastare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/placeringsort', ''],
      ['jobbannons/halsa-frisk', 'Fullt arbetsför'],
    ],
  },
  'round35/15-bidragshandlaggare.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Myndigheten behandlar de sökandes person'],
    ],
  },
  'round36/01-uppforandekod.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['policy/jav/egen-bedomning', 'gör du själv bedömningen'],
      ['policy/bisysslor/tillstand-som-lag', 'Enligt lagen om offentlig anställning må'],
      ['policy/mutor/fast-belopp', 'Gåvor till ett värde under 500 kronor är'],
      ['policy/meddelarfrihet/mediekontakt-via-enhet', 'kontaktad av en journalist ska du hänvis'],
      ['policy/service/tolk-anhorig', 'översättare på den frågandes egen bekost'],
    ],
  },
  'round36/02-lonepolicy.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/beslutad-av', ''],
      ['klarsprak/mycket-lang-mening', 'Lönesättningen utgör ett medel för ansta'],
      ['klarsprak/tung-kanslisvenska', 'Det åligger varje chef med personalansva'],
      ['klarsprak/mycket-lang-mening', 'Kriterium | Innebörd -------------------'],
      ['klarsprak/mycket-lang-mening', 'Därest lönesättande samtal tillämpas gen'],
      ['klarsprak/tung-kanslisvenska', 'Därest lönesättande samtal tillämpas gen'],
      ['klarsprak/tung-kanslisvenska', 'Därest medarbetare erhåller väsentligt ä'],
    ],
  },
  'round36/03-sjukfranvaro-rehabilitering.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/halsouppgifter-till-chef', 'Ange alltid orsaken till frånvaron (diag'],
      ['policy/rattslig-grund/lakarintyg-forsta-dagen', 'läkarintyg från första sjukdagen av vilk'],
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt arbetsmiljölagen är alla medarbet'],
      ['klarsprak/mycket-lang-mening', 'Vi behandlar uppgifter om hälsa med stöd'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas så länge medarbetaren är anställd'],
    ],
  },
  'round36/04-visselblasning-fragor-och-svar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/mycket-lang-mening', 'Om du väljer att vara anonym kan vi ha s'],
      ['policy/visselblasning/frister-for-svar', 'bekräftelse på att vi har tagit emot rap'],
      ['policy/visselblasning/frister-for-svar', 'återkopplar till dig om vad vi har gjort'],
      ['policy/visselblasning/foljder-om-rapporten-inte-stammer', 'det du rapporterade inte stämde kan det '],
    ],
  },
  'round36/05-plan-lika-rattigheter.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/lon-och-kon', 'Lönekartläggning enligt 3 kap. 8 § diskr'],
    ],
  },
  'round36/06-utlamnande-allmanna-handlingar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/offentlighet/avgift-kopior', 'Granskning av handling på stället | Expe'],
      ['klarsprak/tung-kanslisvenska', '6.1 Därest handling icke kan lämnas ut p'],
      ['policy/rattssakerhet/beslut-uteblir', 'Skriftligt beslut meddelas icke'],
      ['klarsprak/tung-kanslisvenska', 'Skriftligt beslut meddelas icke, emedan '],
      ['klarsprak/mycket-lang-mening', '6.2 Framställning som avser handlingar i'],
      ['klarsprak/tung-kanslisvenska', '6.2 Framställning som avser handlingar i'],
    ],
  },
  'round36/07-handlaggningshandbok.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/personnummer-villkor', 'saknar svenskt personnummer eller har sa'],
      ['policy/rattssakerhet/motivering-overklagande', 'kan motiveringen utelämnas'],
      ['policy/rattssakerhet/motivering-overklagande', 'Tid för överklagande | Två veckor från b'],
    ],
  },
  'round36/08-servicedeklaration.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/beslut/galler-for', ''],
      ['policy/service/bara-egna-arenden', 'svarar bara på frågor som gäller ett äre'],
      ['policy/service/tolk-anhorig', 'tar du med dig någon som kan tolka'],
    ],
  },
  'round36/09-personuppgifter-gallring.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/registerutdrag-tid', 'Vi besvarar begäran inom tre månader'],
      ['policy/offentlighet/fast-frist', 'inom tre månader'],
    ],
  },
  'round36/10-klagomal-fragor-och-svar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/rattslig-grund/skyldighet-fel-lag', 'Enligt förvaltningslagen måste ett klago'],
      ['policy/service/hinder-for-klagomal', 'Riksdagens ombudsmän (JO) tar inte upp k'],
    ],
  },
  'round36/11-analytiker-landsbygdsanalys.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/etnicitet-modersmal', 'svenska som modersmål'],
    ],
  },
  'round36/12-receptionist-ersattningsnamnd.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/kon-pronomen', 'Vår nya receptionist är myndighetens ans'],
      ['jobbannons/belastningsregister', 'utdrag ur belastningsregistret'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i vår kandidatbank, så att vi kan'],
      ['jobbannons/ansokningstid-kort', '9 mars 2025'],
    ],
  },
  'round36/13-inspektor-omsorgsinspektion.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Det åligger inspektören att, därest bris'],
      ['klarsprak/mycket-lang-mening', 'Den som anställs förväntas, utöver de ar'],
      ['jobbannons/halsa-fysik', 'God fysik'],
      ['jobbannons/halsa-frisk', 'gott hälsotillstånd'],
    ],
  },
  'round36/14-kommunikator-kulturmiljo.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/anstallningsform', ''],
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/alder-ung', 'ungt'],
      ['jobbannons/tillsattning-fore-sista-dag', 'tjänsten kan komma att tillsättas innan '],
    ],
  },
  'round36/15-it-supporttekniker-beredskap.txt': {
    type: 'jobad',
    detect: true,
    serious: [],
  },  'round37/01-visselblasning-rutin.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round37/02-identitet-och-turordning.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round37/03-javsrutin-inspektorer.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round37/04-tolk-och-oversattning.txt': {
    type: 'policy',
    detect: true,
    serious: [],
  },
  'round37/05-servicedeklaration.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/rattslig-grund', ''],
      ['policy/offentlighet/fast-frist', 'inom tio arbetsdagar'],
      ['klarsprak/mycket-lang-mening', 'Därest den enskilde önskar framföra klag'],
      ['klarsprak/tung-kanslisvenska', 'Därest den enskilde önskar framföra klag'],
    ],
  },
  'round37/06-sociala-medier-ai.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/rattslig-grund', ''],
      ['policy/yttrandefrihet/forbud-kritik', 'inte ge uttryck för egna åsikter om mynd'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'journalist kontaktar dig via sociala med'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i bevakningsverktyget utan tidsgr'],
    ],
  },
  'round37/07-bidrag-foreningar.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Ersätter: Nämndens äldre riktlinje "Före'],
      ['klarsprak/mycket-lang-mening', 'Sedan ansökningarna inkommit och registr'],
      ['klarsprak/tung-kanslisvenska', 'Sedan ansökningarna inkommit och registr'],
      ['policy/rattssakerhet/motivering-overklagande', 'Överklagandet skall vara ställt till för'],
      ['klarsprak/tung-kanslisvenska', 'Överklagandet skall vara ställt till för'],
      ['klarsprak/tung-kanslisvenska', 'Förening som erhållit bidrag skall senas'],
      ['klarsprak/tung-kanslisvenska', 'Kansliet skall årligen till nämnden redo'],
    ],
  },
  'round37/08-resor-representation-gavor.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i din personalakt utan tidsbegrän'],
      ['klarsprak/mycket-lang-mening', 'Typ av representation | Exempel | Högsta'],
      ['policy/mutor/fast-belopp', 'Gåvor till ett värde under 500 kronor är'],
    ],
  },
  'round37/09-klagomal-jo.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/sprak-lagre-prioritet', 'inte är skrivna på svenska besvaras inte'],
      ['policy/personuppgifter/lagring-tills-vidare', 'sparas i vårt klagomålsregister utan tid'],
      ['policy/offentlighet/registrering-och-gallring', 'gallras direkt och diarieförs inte'],
      ['klarsprak/mycket-lang-mening', 'Remissen registreras och skickas till ju'],
    ],
  },
  'round37/10-handlaggare-regionkontor.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/fackliga-foretradare', ''],
      ['jobbannons/omfattning', ''],
      ['jobbannons/alder-ar-i-arbetslivet', 'högskoleexamen inom beteendevetenskap, j'],
      ['jobbannons/etnicitet-modersmal', 'utan brytning'],
      ['jobbannons/medborgarskap', 'Svenskt medborgarskap'],
    ],
  },
  'round37/11-fastighetstekniker.txt': {
    type: 'jobad',
    detect: true,
    serious: [
      ['jobbannons/sista-ansokningsdag', ''],
      ['jobbannons/familj-barn', 'inte har ansvar för små barn'],
      ['jobbannons/kon-tjej-kille', 'killar'],
      ['jobbannons/halsa-frisk', 'frisk'],
      ['jobbannons/halsa-allergi', 'inga allergier'],
      ['jobbannons/alder-ar-i-arbetslivet', 'minst 15 år kvar till pensionen'],
    ],
  },
  'round38/01-visselblasning-rutin.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/anmalningsplikt', ''],
      ['policy/personuppgifter/rattslig-grund', ''],
      ['klarsprak/mycket-lang-mening', 'Om det vid den inledande bedömningen fra'],
      ['policy/visselblasning/frister-for-svar', 'Återkoppling lämnas när utredningen har '],
    ],
  },
  'round38/02-sjukfranvaro-rehabilitering.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['klarsprak/tung-kanslisvenska', 'Vid sjukanmälan skall arbetstagaren uppg'],
      ['klarsprak/mycket-lang-mening', 'Därest arbetstagaren icke kan återgå til'],
      ['klarsprak/tung-kanslisvenska', 'Därest arbetstagaren icke kan återgå til'],
      ['klarsprak/tung-kanslisvenska', 'Vid bedömningen av behovet av omplacerin'],
      ['policy/likabehandling/urval-diskriminerande', 'tre år kvar till pensionsåldern'],
    ],
  },
  'round38/03-servicedeklaration.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/likabehandling/sprak-lagre-prioritet', 'andra språk än svenska besvaras inte'],
      ['policy/service/hinder-for-klagomal', 'andra språk än svenska besvaras inte'],
      ['policy/service/krav-svensk-id', 'bara emot efter bokning i vår e-tjänst m'],
      ['policy/offentlighet/krav-identitet-syfte', 'behöver du uppge ditt namn'],
      ['policy/offentlighet/fast-frist', 'inom tio arbetsdagar'],
    ],
  },
  'round38/04-klagomalshantering.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/jav/klagomal-egen-sak', 'utreds klagomålet i första hand av den h'],
      ['policy/likabehandling/sprak-lagre-prioritet', 'behöver tolk eller som har lämnat fler ä'],
      ['policy/rattssakerhet/motivering-overklagande', 'överklaga ett beslut: ange i svaret att '],
    ],
  },
  'round38/05-sociala-medier-riktlinje.txt': {
    type: 'policy',
    detect: true,
    serious: [
      ['policy/yttrandefrihet/dolja-kritik', 'Kommentarer som är kritiska mot myndighe'],
      ['klarsprak/mycket-lang-mening', 'Behandlingen sker enligt Europaparlament'],
      ['policy/yttrandefrihet/forbud-politik-fack', 'ska du dock avstå från att ge uttryck fö'],
      ['policy/yttrandefrihet/lojalitet-utat', 'lojalitetsplikt mot myndigheten, och den'],
      ['policy/meddelarfrihet/rapportera-mediekontakt', 'journalist kontaktar dig via sociala med'],
    ],
  },
};

/*
 * Known misses, from the keys: none left from rounds 1–3 (round 2's "de mest engagerade
 * medarbetarna i hela staten" shares its sentence with "världens bästa biståndsmyndighet", and a
 * pattern rule reports a sentence once).
 * Round 4 (DOCX and PDF, type detected) caught 13 of 16 job-ad mistakes but only 4 of 13 policy
 * mistakes (5 if the missing duty to report jäv counts for the self-judged jäv)
 * before its fixes; fixed after it was read: "är obunden", "en livssituation som medger att
 * familjeförpliktelser inte utgör hinder", "en ung och dynamisk personalstyrka", "avstå från att
 * i sociala medier kommentera eller kritisera", reporting "vad kontakten gällde", "utreda hur
 * uppgifterna har kommit ut", political and union assignments "bedöms som regel som
 * förtroendeskadliga", bisysslor banned as "olämpliga", "ska framgå vilket parti, samfund",
 * supplier events during a procurement, self-judged jäv, customs assigned by region; and false
 * alarms on "Hon svarar på frågor om tjänsten" (no contact person), "kvinnliga medarbetare i
 * tjänst", "de intagna inte har svenska som modersmål", the question heading "Vilka bisysslor är
 * inte tillåtna?", and minutes checked as a policy.
 * Round 5 caught 9 of 19 job-ad and 4 of 14 policy mistakes before its fixes, 19 and 13 after;
 * its false alarms were a DOCX decision table read as "no decision-maker" (cells become blocks)
 * and "Skicka in ditt cv … via livsmedelsverket.se" read as "no way to apply". "inte är
 * lämpliga för distansarbete … kan nekas" (a vague ground outside bisysslor) was caught three
 * rounds later by rattssakerhet/godtycklig-grund; a
 * manager who reviews the logs of an employee he is in conflict with was caught afterwards by
 * jav/konflikt-ignoreras.
 * Round 6 caught 7 of 13 job-ad and 3 of 10 policy mistakes before its fixes, 13 and 9 after;
 * its false alarms were an internship read as "no employment form" and a screenshot of a
 * comment taken for staff monitoring. Still missed: tracing "vilken medarbetare som har pratat"
 * when the talk was in a comment field, not the press (the efterforskningsförbud protects
 * sources to the media; whether it reaches social media is for the user to judge).
 * Round 7 (AI-drafted style) caught 9 of 13 job-ad and 4 of 9 policy mistakes before its fixes,
 * 13 and 9 after: "kulturell passform", English leftovers ("stakeholders", "ownership"), "full
 * lojalitet … även privat", "du själv är en millennial", a health and lifestyle survey, answers
 * expected "även på kvällar och helger", news "i första hand på engelska", private posts to be
 * approved.
 * Round 8 (policies only) caught 4 of 14 mistakes before its fixes, 13 after; the one it
 * missed, a driving permit withdrawn for behaving "olämpligt", was caught in the next session by
 * rattssakerhet/godtycklig-grund. A grant routine
 * had been detected as a job ad (its applications have a last day), a news item as a policy, and
 * "skyddade personuppgifter" had made a routine look like a data-protection policy.
 * Round 9 caught 9 of 10 job-ad mistakes ("Sveriges mest spännande arbetsgivare" as information)
 * but only 6 of 27 policy mistakes before its fixes, 10 and 25 after. Its false alarms: a
 * contact "<role> <name>, nås via växeln" in all four ads (which also removed a pinned false
 * alarm in round 7), "Skicka CV … till registrator" read as no way to apply, and a
 * whistleblowing routine that lists "jäv" among wrongs taken for a jäv policy (two warnings).
 * The last two misses, decisions approved or refused in an AI assistant "utan att handläggaren
 * läser igenom ärendet" and a case officer at representation with a company whose case he
 * handles, got rules of their own afterwards (beslut-utan-provning, representation-med-part);
 * both were written after seeing these texts, so round 10 is their first fair test.
 * Round 10 caught 8 of 9 job-ad mistakes and 8 of 28 policy mistakes before its fixes (9 with
 * the officialese that the term rules report as information), 9 and 27 after; of this
 * session's round-9 rules, only the interpreter rule fired, and on a sentence that forbids
 * relatives as interpreters (a false alarm, fixed). Round 10's other false alarm was
 * "Riksmuseet för industrihistoria, Norrköping" read as no place of work. Its near misses were
 * mostly wording: "går kommunikationsavdelningen och HR efteråt igenom vilka som hade tillgång",
 * "lämnas icke ut", "Du ska också vara svensk medborgare", "s.k." cutting a sentence short.
 * Still missed: an undocumented further delegation of decisions ("låta den medarbetare som hon
 * eller han finner lämplig fatta beslut"), and requests for documents "prövas samlat när
 * bidragsomgången har avslutats".
 * Round 11 measured this session's work on fresh wording, on subjects chosen to overlap the
 * rules added for rounds 9 and 10 (interpreters, gifts, complaints, e-mail, media, AI). Before
 * its fixes it caught 7 of 9 job-ad mistakes but only 3 of 22 policy mistakes (an officialese
 * sentence, keystroke logging, "inom 20 arbetsdagar"), all through older rules: the rules added
 * or widened for rounds 9 and 10 caught none of them. After its fixes 9 and 22. False alarms it found: "senast 2025-03-16" too far after "ansökan" to count as a
 * last day, "16–18 §§ förvaltningslagen (2017:900) om jäv" in a list of sources taken for a jäv
 * policy, and "interna beslut … kan inte överklagas" read as a denied appeal.
 * Round 12, written in indirect and euphemistic wording, confirmed round 11: before any fix
 * it caught 9 of 10 job-ad mistakes and 3 of 22 policy mistakes with errors or warnings (4 with
 * the information-level media safety net, which caught "förväntas samtliga medarbetare …
 * hänvisa frågor från journalister … och i övrigt avstå från att lämna uppgifter"). Only generic
 * fixes followed: passive demands for identity or purpose ("ombeds legitimera sig och uppge vad
 * handlingarna ska användas till", two mistakes), "inte har ansvar för små barn", and a
 * recruitment routine detected as a job ad (its "Rutin för rekrytering" title now outweighs the
 * job-ad vocabulary; the mother-tongue tie-breaker in it is then no longer reported, since that
 * rule is for job ads). Still missed, on purpose left as the measure of what pattern rules
 * cannot do: prior review of private debate articles, dissent "i normalfallet" held back, debate
 * weighed in pay, documents released only after the decision, "invandrartäta områden",
 * interpreters only "när ärendet bedöms vara komplicerat", extra checks on transgender visitors,
 * a board member "kan ändå i normalfallet delta i beredningen", grants by "ligger väl i linje
 * med", family and age in interviews, screening applicants' social media, e-mail from the
 * public deleted as "obefogad", logs of visits to news sites, private e-mail read, and side jobs
 * advising the inspected sector.
 * In the next session seven information-level safety nets that combine cues (an actor, a
 * restriction, a protected thing: tolk-villkor, utlamnande-villkor, sarbehandling-grupp,
 * kontroll-av-privatliv, deltagande-trots-koppling, uppdrag-i-tillsynsomradet, asikter-villkor)
 * were written with round 12's misses in view: they report 12 of its 17 missed mistakes, and a
 * new warning rule (urval-diskriminerande) 2 more, the mother-tongue tie-breaker and "närmar sig
 * pensionsåldern"; still missed were grants by "ligger väl i linje med" (caught since round
 * 17's asikter-som-grund), family plans in the interview and e-mail deleted as "obefogad". A fit, not a measure: round 13 is the measure.
 * Four of the seven (tolk-villkor, deltagande-trots-koppling, uppdrag-i-tillsynsomradet,
 * asikter-villkor) then found nothing at first sight in rounds 13–16 and cost time on long texts,
 * so they ship turned off; with the other three on, 9 of round 12's 17 are reported (3 of them
 * as warnings, by later rules). "Normal handläggningstid är
 * ungefär tre veckor" (round 9), with the request named in the sentence before, is now caught.
 * Round 13 was the fair test of the safety nets (written and committed before its texts were
 * read; the writers' reports, read first, named some subjects). Before any change it caught 8 of
 * 12 job-ad mistakes (and 4 of 4 omissions) and 10 of 28 policy mistakes with errors or warnings,
 * 12 of 28 counting information: the seven new safety nets caught 2 (social-media profiles
 * checked monthly, requests for documents queued "i turordning"), with no false alarm; the
 * rounds-12 fits of the same rules had caught 12 of 12. Its false alarms: "får inte vidta
 * åtgärder mot någon" (a correct statement) as a reprisal, "Ansök … via www.…" as no way to
 * apply, and, as information, "Journalister som begär ut allmänna handlingar ska behandlas som
 * alla andra". After its fixes (mostly widenings of existing rules, and new rules for
 * communicating material before a decision, worse treatment of those who appeal or complain, an
 * instruction against plain language, accessibility faults left unfixed, selection by years left
 * to retirement or mother tongue in a routine, and graduation years or "decennier i arbetslivet"
 * in ads, now a warning) 12 of 12 and 27 of 28; extra identity checks for citizens of some
 * countries are reported as information only.
 * Round 14, the fair test of round 13's fixes, came out no better than the rounds before: 5 of
 * 28 policy mistakes with errors or warnings (7 counting information, of which the safety nets
 * found 2: a pension-age penalty in grant scoring and "lojalitet" routing journalists to the
 * press office), and 6 of 11 job-ad mistakes with 3 of 5 omissions (a fourth, the start date,
 * as information). Its false alarms: "En begäran om uppgifter ska vara skriftlig" (the agency
 * asking an operator) as a demand on requesters, an "Upplysningar" heading with a named contact
 * read as no contact person, and, as information, "Den enskilde betalar inte för tolkningen".
 * After its fixes (widenings, and new rules for decisions outside the delegation, searches of
 * visitors' bags without a legal basis, no consultation with the national minorities, and a
 * religious dress code in policies too) 24 of 28 and 11 of 11. Still missed: an advisory
 * council's ranking made binding, clarifications by phone for favoured suppliers during a
 * tender, an officialese sentence too short for the length rules (its words are reported as
 * information), and callers without a personnummer not put through (information only).
 * Round 15, the fair test of round 14's fixes, read the same: 6 of 29 policy mistakes with
 * errors or warnings (7 with information: a finalist's social media checked, by the privacy
 * safety net), but 9 of 11 job-ad mistakes and 4 of 4 omissions. Its one false alarm was a
 * document-level "no duty to report jäv" where the duty was stated through its circumstances
 * ("anmäla det till sin chef om företaget senare blir part i ett ärende"). After its fixes
 * (widenings, then new rules for an agency not applying a law, its channels favouring parties,
 * names published without consent and posts filled without advertising) 20 of 29 and 11 of 11,
 * and round 12's family-plans question is now caught too. Still missed: e-mail in other
 * languages left unanswered (information only), a private phone demanded with its code, deletion
 * at the case officer's discretion, unrecorded overtime, parents on reduced hours kept from
 * leading roles, a partnership's road map steering a government assignment, data shared "utan
 * särskild prövning", a finalist's values checked on social media (information only), and
 * counselling paid only after a police report.
 * Round 16 measured the session's end state and read like the others: 5 of 28 policy mistakes
 * with errors or warnings (7 with information) and 7 of 11 job-ad mistakes with 4 of 4
 * omissions. Its false alarms: a correct statement of positive action for the underrepresented
 * sex ("Vid likvärdiga … meriter … företräde åt en kvinnlig sökande", explained in the sentence
 * before) as a sex requirement, and "via rekryteringsportalen på mottagning.se" as no way to
 * apply. After its fixes (widenings only) 14 of 28 and 11 of 11. Still missed: a sanction
 * agency not enforcing rules it opposed, name and personnummer published, journalists' private
 * contacts reported "Vi ser gärna att …" (information only), a face veil removed in the open
 * hall, paper-only correction requests with a three-month answer, preference for applicants of
 * foreign background (information only), a funder striking conclusions and its contract put
 * before the regleringsbrev, police given data without a secrecy assessment, favoured
 * newsrooms, male-only hosts, "Ansökan avslås" with a wrong reading of 32 § FL, and simplified
 * letters to foreign-sounding names (a cue for them made the group safety net six times slower
 * on the bench text, so it was taken out again).
 * Round 17 measured the start of the next session: 6 of 39 policy mistakes with errors or
 * warnings (7 with information: a paragraph of officialese shows only as term notes) and 8 of
 * 14 job-ad mistakes with 4 of 6 omissions. Its one false alarm: "Myndigheten efterforskar inte
 * vem som har lämnat uppgifter" (the verb before the negation) as a threat to trace sources.
 * After its fixes (new policy rules for accent requirements, copy fees, grants by the
 * recipient's opinions, cases put on hold under a visiting ban, a warning list with photos,
 * different terms by age, and private phones demanded; widenings) 23 of 39 and 10 of 14 with 5
 * of 6 omissions; the bench text's findings are unchanged. Two older misses went with them:
 * round 12's "ligger väl i linje med nämndens inriktning" and its missing contact person (the
 * contact check had taken "information … ärendehantering" for "information … ring").
 * The dense-officialese warning written next (klarsprak/tung-kanslisvenska) adds one policy and
 * one job-ad mistake: 24 of 39 and 11 of 14. Across rounds 1–17 it reports 56 sentences, 51 of
 * them quoted in the keys (the other five are officialese too), and 21 on the bench text.
 * A third batch (the reporter's identity disclosed, minority languages demoted, widenings for
 * hidden critical comments, language as a security risk, notes destroyed whatever they contain,
 * protection only after the internal channel, a manager investigating himself, a reporter's mail
 * read, health and family in a salary form) brings it to 33 of 39 and 11 of 14: a fit, not a
 * measure; round 18 is the measure. Still missed: users blocked for asking about their case, a
 * market dialogue for incumbent suppliers, Teams watched after hours, a member list with
 * personnummer, the largest recipients preparing applications, late applications from known
 * recipients, a driving licence for an office job, pork and alcohol tasting for an inspector, and
 * "nyutexaminerad" (information only).
 * Round 18 measured this session's end state: 4 of 40 policy mistakes with errors or warnings
 * (8 with information), 6 of 14 job-ad mistakes and 5 of 5 omissions, the lowest policy figure
 * yet. Two false alarms: a service promise ("E-post … besvaras inom två arbetsdagar") read as a
 * deadline for releasing documents, and a disability accommodation (first class, extra legroom)
 * as different treatment (information). Twelve of its misses were in ground existing rules
 * cover, in wording they did not foresee: a media ban stated as a fact ("uttalar sig inte i
 * media"), a journalist's call reported in the present tense, "avstå från att … ge uttryck för",
 * "inte framföra uppfattningar som avviker från myndighetens", posts reviewed before publishing
 * in one's own channels, a BankID login or a name before a request is handled, "i normalfallet
 * två till fyra veckor", an hourly fee for search and secrecy review, a gift amount after the
 * permission, "inte lider av någon form av allergi", "någon som är under 45 år", "en redaktion
 * som är ung" and "Han eller hon tycker om". All twelve are fixed (widenings, no new rule), with
 * both false alarms: 12 of 40 and 10 of 14 after. A second batch, in new ground (random drug
 * tests for all staff and the family told, registration put off or refused, a relative instead
 * of an interpreter, a six-month limit and the burden on the person harassed, an intern deciding
 * cases), brings it to 21 of 40: a fit, not a measure. Still missed: bonus points, the pregnant
 * and those over 60 kept from field trips, travel companions' names asked, a recruitment group
 * judging its own member's jäv, eight years expected in the post, a health declaration with five
 * years' sick leave, release only when "lämpligt", a private mailbox searched, callbacks "i mån
 * av tid" for private persons, a service room up a flight of stairs, Sami communities chosen for
 * a "konstruktiv hållning", a list of who is Sami, internships for staff's relatives, refusal as
 * a positive test, approval of every secondary activity (information only), a fee from a
 * company the agency decides on, managers exempt from review, a request for an appealable
 * decision within two weeks, a driving licence for a server technician, unlimited availability,
 * a media-coordination duty in a job ad, and "nyligen tagit examen" (information only).
 * Round 19 measured the session's end: 7 of 38 policy mistakes with errors or warnings (11 with
 * information) and 9 of 13 job-ad mistakes with 5 of 5 omissions; no false alarm among errors
 * and warnings (two documents that cite the jäv rules without the duty to report jäv get that
 * warning, which is right though not planted). Its misses in covered ground were again wording:
 * a journalist's call reported "vad kontakten gällde" in the present tense, loyalty "i dina
 * privata kanaler", "undvika att … uttrycka sig negativt … även … i privata sammanhang",
 * "religiösa eller politiska symboler", "år kvar i yrkeslivet", sponsor events "utan föregående
 * anmälan" after a "t.ex.", contracts "diarieförs inte, eftersom …", children as interpreters,
 * a list of visitors who complained, "av religiösa skäl är förhindrad", "i början av din
 * yrkesbana" (information) and "och att hon har" about the applicant; one new rule covers pay by
 * sex and a pay survey every third year. After them 17 of 38 and 11 of 13 (a fit). Still
 * missed: access logs used to check hours, proof of threat demanded, written contact only and
 * extra scrutiny for people with protected identity, favoured newsrooms, requests waiting for a
 * crisis to end, lighter checks for earlier grantees, jäv only noted in the file, appeals not
 * sent on, ID and errand demanded at the entrance, visitors with cognitive difficulties sent
 * away, parents on leave made to wait for training, course fees taken from the last salary, a
 * relative's training firm, sponsors asked first in procurement, poor Swedish as a risk score,
 * a re-inspection fee, part-time staff without flexitime, e-mail on holiday, social media
 * checked against time reports (information only), and a degree required from a Swedish
 * university.
 * Round 20 measured the next session's start (written after round 19's fixes): 4 of 35 policy
 * mistakes with errors or warnings (6 with information) and 10 of 19 job-ad mistakes with 4 of 4
 * omissions; one false alarm: "Något krav på svenskt medborgarskap finns inte" (a negation)
 * read as a citizenship requirement, while "Svenskt medborgarskap är ett krav." went unreported
 * because "enligt lagen (2009:724)" elsewhere in its section was taken for a legal basis.
 * Its misses in covered ground were again word order and wording: verb-first clauses ("kan
 * hänvisningen utelämnas", "anonyma klagomål inte registreras", "erbjudes … icke arbetstagare
 * som fyllt 63 år"), "skickat" in a source hunt, "utan dröjsmål underrätta", imperative "notera",
 * "slumpvisa drogtester … samtliga", relatives "såsom tolk" in officialese, "han" after a
 * semicolon, and a medical check for some tasks excusing "God hälsa är ett krav". New rules:
 * a criminal-records extract without basis, references behind the applicant's back, a driving
 * licence in an ad with no driving (information), health data to the manager or the work group,
 * look-ups in cases one does not handle, a three-month answer to an access request, pregnant
 * staff excluded, and citizenship for security class 3. After them 31 of 35 and 18 of 19 (a
 * fit; 32 of 35 once private mail called an official document got its rule after round 21).
 * Still missed: an interpreter need judged from "namn, utseende och uttal", a narrowed duty to
 * note oral information, opinion pieces called a harmful side job, and "mogen ledare".
 * Round 21 measured this session's end (written after round 20's fixes): 3 of 33 policy
 * mistakes with errors or warnings (6 with information) and 10 of 18 job-ad mistakes with 5 of 6
 * omissions (one as information); one false alarm: "Placering vid anläggningen i Skara" not
 * read as a place of work.
 * Fixed after it was read: "äger icke att … lämna uppgifter … till press", "Det åligger … att …
 * icke yttra sig … press", "behöver jäv inte anmälas", appellants given "högre prioritet",
 * religious or ethnic organisations examined "med större försiktighet", Roma consulted in writing
 * because "erfarenheten visar … denna grupp", loyalty "också när du uttalar dig i sociala
 * medier", the lowest pay rise after parental leave, "diarieföres icke … sluten pärm",
 * anonymous reports not investigated, sick leave weighed in redeployment, the reason for not
 * drinking asked, a gift limit "enligt lag", documents called "interna arbetsmaterial",
 * training left out near pension age, no advertising for an internal candidate, applications
 * deleted, the native speaker "som vuxit upp med det", "sin yrkesbana framför sig"
 * (information), religious views weighed in selection, earlier names and legal sex, birth year
 * and civil status asked, LGBTQ applicants told to keep quiet, "bestående besvär med rygg". After
 * them 20 of 33 and 17 of 18 (a fit); then case text pasted into free AI services once names
 * are removed, "Skälen skriver vi inte ut", and new rules for MBL negotiation replaced by
 * information, an oral dismissal and private mail called an official document (round 20's file
 * 09 too): 25 of 33. Still missed: an interpreter need as a security risk, a risk register
 * shared without a secrecy review, citizenship and time registered as risk factors, automated
 * decisions without notice, a table row without kommunicering, campaigns cleared with the
 * agency, consultation replaced by a letter, minority affiliation kept without a time limit,
 * Sami letters answered in Swedish for a fee.
 * Round 22 was written while this session's first change (phrases, shared word orders for
 * prohibitions and duties) was being built, and scored after it, on the session-start build
 * (cbfcb94) and on the changed one: both found the same, so the phrases gained nothing on it.
 * First sight: 13 of 46 policy mistakes overlapped by an error or warning (20 with information),
 * but 6 of the 13 only by a long-sentence or officialese finding on a sentence whose mistake is
 * something else; 7 of 46 (15%) by a rule about the mistake. Job ads: 6 of 16, all by the right
 * rule, with 2 of 2 omissions. One false alarm: "Ett svar på en synpunkt är inte ett beslut och
 * kan inte överklagas" read as a decision that cannot be appealed.
 * Fixed after it was read, mostly in general form: any hyphenated word now fills a word gap in
 * every rule ("utreder HR och IT-avdelningen hur"); reasons left out by permission ("må skälen
 * … utelämnas", "kan motivering och överklagandehänvisning dock utelämnas", "lämnas ingen
 * ytterligare motivering"); appeal periods under three weeks counted from the decision (which
 * also catches round 18's "inom två veckor från vårt besked"); "Kommunicering enligt 25 § …
 * behövs inte" (citing the section no longer excuses it, only its exceptions do); retention "utan
 * tidsgräns", "utan tidsbegränsning", "så länge … bedömer att de kan behövas", with a wider
 * personal-data context; "slumpmässigt drogtest"; deemed resignation ("anses hen ha sagt upp
 * sin anställning"); one channel only and other channels not registered; answers only in
 * Swedish or English; first-person pledges ("Jag kritiserar inte myndighetens beslut", "meddelar
 * min närmaste chef"); a list item "- inte prata … med … journalister" under "ska du:"; "får dock
 * inte lämnas till utomstående, till exempel journalister"; a duty to report said to follow from
 * the Whistleblower Act (new rule). Job ads: probation over six months and posts filled before
 * the closing date (new rules), "Sista dag att ansöka" as the closing date, "står till förfogande
 * även kvällstid och under helger". After them 33 of 46 and 10 of 16 (a fit). Still missed:
 * remote work only for full-time permanent staff, duties presented as arbetsmiljölagen's, "länder
 * med en annan alkoholkultur", deleted comments not kept, ombud refused, a later arrival date,
 * goods seized without a decision, the "konfidentiell" promise for applications, applications
 * kept for later recruitments, military service as a requirement, "tävlingsinriktad" (info).
 * Round 23 was written while round 22 was being fixed and scored after those fixes, on the
 * session-start build (cbfcb94) and on the session's (7b42562): again identical, so neither the
 * phrases nor round 22's fixes changed what an unseen round gets. (The writers' closing
 * summaries, which named their mistakes, reached the session before the scoring; the job-ad
 * fixes of round 22 were written after the job-ad writer's summary had been read, and none of
 * them changed this round's result.) First sight: 15 of 45 policy mistakes overlapped by an
 * error or warning (23 with information), 7 of 15 job-ad mistakes (11 with information), the
 * 5 missing elements the keys name (3 as errors or warnings, pay form and reference number as
 * information), no alarm on the passages the keys call fine; one false alarm elsewhere: file
 * 14 said to lack a place of work though its second line is "Statens kursgårdsförvaltning,
 * Sigtuna" and its workplace "Tallbacka kursgård".
 * Fixed after it was read: a relative clause as the subject of a prohibition ("får de som har
 * intervjuats inte diskutera … journalister"), "officiellt besked" no longer taken for speaking on
 * the agency's behalf, "vem som ringde och vilka frågor som ställdes", "en kortare frist om tio
 * dagar" for appeals, "gallras inte" after other verbs, retention in job ads and with IP
 * addresses or complaints, "inom tre månader från att vi fått din begäran", "Enligt lag" (no law
 * named) no longer a basis for a criminal-records extract, the accused choosing the investigator
 * ("i samråd med den anmälde"), and new rules for a ban on reporting to the police oneself and
 * for conditions on minority-language rights (proof of belonging, a fee, a register; also seen
 * in round 21). Its false alarms fixed: the place of work in an ad's header line for any town,
 * and "(11 § förvaltningslagen)" about delays read as the old jäv section (11 § alone now needs
 * jäv in the sentence). After them 26 of 45 and 8 of 15 (a fit). Still missed: an agency
 * register of people "alleged" to have committed crimes, cases closed without contacting the
 * applicant, "födda utanför Norden", priority for earlier permit holders, managers' private notes
 * on family and religion, duties presented as arbetsmiljölagen's or AFS's, requests put off until
 * a crisis ends, a Swedish e-ID as the only way in, translated decisions denied, investigations
 * paused during sick or parental leave, "skolgång i Sverige", "i dina bästa år".
 * Then, before round 24 was read, in general form: a list item's sentence is read with its
 * list's lead-in ("Meriterande:" then "- skolgång i Sverige"), schooling or upbringing in Sweden
 * as a merit, age idioms ("i dina bästa år"), completed military service as a requirement, and a
 * promise that applications are kept confidential (new rules). These catch round 22's
 * "konfidentiell" promise and military service and round 23's schooling and "bästa år".
 * The phrases were made leaner at the same time (a closed list of subjects, no alternatives that
 * begin with "i" or "på"), after the bench showed the prohibition rules several times slower;
 * every pin above held.
 * Round 24 measured the whole session on text nobody had seen: its writers replied only
 * "done", and it was scored before any change, on the session-start build (cbfcb94) and on
 * the session's (06a22bc). Start: 17 of 42 policy mistakes with errors or warnings (27 with
 * information), 10 of 15 job-ad mistakes (12), 6 of 6 omissions (5 as errors or warnings), and
 * two false alarms outside the key's list: "Den som är jävig får icke handlägga" (the law, read
 * as an exemption from jäv because "icke" was not taken for a negation) and, in a service table,
 * the e-mail row's "inom 2 arbetsdagar" reported instead of the row for public documents. The
 * session's build: 19 of 42 (28), 10 of 15 (12), 6 of 6, and those two false alarms plus two it
 * had brought: FL 32 §'s own exception "Skälen får utelämnas … om beslutet inte går någon part
 * emot", and "får icke inneha bisyssla hos leverantör" read as a blanket ban (the phrases added
 * "icke"). The two new hits were reasons left out by permission ("må/kan … utelämnas", added
 * after round 22). The jäv and the two new false alarms were fixed at once and are pinned fixed;
 * the table row is not. Then fixed as a fit: "Frågor på andra språk besvaras inte", "Berätta
 * också för din chef att du har blivit kontaktad", "Om besökaren är journalist: meddela
 * kommunikationsenheten", "ber vi ändå om namn och redaktion", "behöver verksamheten inte ges
 * tillfälle att yttra sig", "Han eller hon som söker ska", an extract "från registret" after
 * "belastningsregistret": 24 of 42 and 11 of 15.
 * Round 25 measured the session again on unseen text (writers replied only "done"). Counted by
 * the writers' types (files 01–10 policies, 11–15 job ads): session start (cbfcb94) 16 of 41
 * policy mistakes with errors or warnings (23 with information) and 8 of 15 job-ad mistakes
 * (10); the session's build (cf0db40) 17 of 41 (23) and 8 of 15 (10): one more, an appeal period
 * under three weeks (added after round 22). The 6 missing elements the keys name were found by
 * both (5 as errors or warnings). False alarms on the keys' fine passages: the start build 2
 * ("(11 § förvaltningslagen)" about delays read as the old jäv section, fixed after round 23, and
 * 'Skriv inte "svenska som modersmål"' in a recruitment guide), the session's build 1 (the
 * guide). Outside the keys, both read that recruitment guideline (file 07, "Riktlinje för
 * rekrytering och likabehandling") as a job ad, and so reported a missing last day, place and
 * extent, and both said a notary ad gave no way to apply although it says "skicka ansökan till
 * bergslagens.tingsratt@dom.se". Fixed after scoring: a phrase quoted as what not to write
 * ("Skriv inte ”…”", "Undvik ”…”") is no longer reported by pattern rules, an address with dots
 * counts as a way to apply, and a genre title ("Riktlinje för …") halves the job-ad cues, so the
 * guideline is a policy (which loses its one job-ad hit, an experience cap, since job-ad rules do
 * not run on policies).
 * Round 25's misses were worked on in the next session (a fit: 29 of 41 policy and 10 of 15
 * job-ad mistakes after): a new condition scope, `within: topic` (the block read with its
 * section heading and the document's title lines), so that a question-and-answer page about
 * allmänna handlingar that names its subject only in the title is read as one ("Begäran ska
 * alltid göras skriftligt", "besvara din begäran inom tio arbetsdagar", "Registrera
 * beställarens namn och personnummer"); "Vi sparar uppgifterna … tills vidare", "… utan
 * tidsgräns" after a comma, a register in a table row; "Gränsen för vad som räknas som muta är
 * 500 kronor"; "Enligt 7 c § LOA ska du ansöka om … tillstånd"; "avlönade bisysslor"; the
 * interpreter rules in job ads ("ta med egen tolk"); the experience cap and degree-year rules in
 * policies too; new rules for questions about family and planned parental leave in recruitment
 * and for the duty to report jäv taken off the official ("Du behöver därför inte själv anmäla
 * något, om inte chefen frågar dig"); "i början av ditt yrkesliv" (information), "avlagd 2020
 * eller senare".
 * Round 26 measured those fixes on unseen text (writers replied only "done"; files 01–10
 * policies, 11–15 job ads): session start (d2cddec) 17 of 47 policy mistakes with errors or
 * warnings (26 with information) and 10 of 17 job-ad mistakes (13); with round 25's fixes the
 * same, 17 of 47 and 10 of 17: again, fixes from a seen round did not carry over. Missing
 * elements 4 of 5 (the reference number is information only); no false alarm on the keys' fine
 * passages. Fixed after scoring (a fit: 28 of 47 and 14 of 17): a blanket ban on political
 * office for a group of staff, opinion pieces weighed in the pay review (new rule,
 * yttrandefrihet/asikter-paverkar-lon), "all kontakt mellan … medarbetare och journalister går
 * via presstjänsten" (also in job ads), a post filled "innan annonsen har tagits ner",
 * "förrådsman", "sökande under 40 år" (an exception for work with people of an age had matched
 * "arbetslagets"), "gallras icke utan bevaras för framtida …" (bevaras is the archive word only
 * when it is not for reuse), "Uppgifterna i riskmodellen gallras inte", release "utan att
 * enhetschefen först har godkänt det", checking the requester's identity as a routine step,
 * telework refused to parents of small children, and new rules for reconsideration narrowed
 * or turned against the individual (rattssakerhet/omprovning-begransad), paper or e-mail
 * applications sent back (service/papper-avvisas), the work-environment duty put on the
 * employee (arbetsmiljo/ansvar-pa-medarbetaren) and a certificate from a religious community
 * (likabehandling/intyg-om-tro). Still missed: a title or employer not to be named in private
 * posts, a list of staff and their opinions, procurement favouring the current supplier and an
 * award notice without reasons, a Swedish personnummer demanded for answers by telephone,
 * registration time in Sweden as a risk factor, reasons left out of an automated decision, a
 * fee without legal basis, calls not put through to staff working from home.
 * Then the misses that recur across rounds 20–26, each seen two to seven times, as rules of
 * their own: a duty on staff attributed to a named law that lays it on the employer
 * (rattslig-grund/skyldighet-fel-lag: "Enligt arbetsmiljölagen är du skyldig att anmäla en
 * kollega", "Enligt dataskyddsförordningen ska varje medarbetare …", six planted mistakes in
 * four rounds and no other finding in the 26), birthplace or registration time as grounds
 * (likabehandling/ursprung-som-grund: "födda utanför Norden/EU/EES ska alltid …", "hur länge du
 * har varit folkbokförd"), a measure or refusal without a decision
 * (rattssakerhet/beslut-uteblir: "Något särskilt beslut behöver inte fattas"), service only with
 * a Swedish e-ID or personnummer (service/krav-svensk-id), applications kept "så att vi kan
 * kontakta dig inför kommande rekryteringar", and the ad taken down "när vi har hittat rätt
 * person" (which also reports that sentence in three older ads whose keys did not mention it).
 * And older single misses in general wording: an incomplete application closed without a
 * request to complete it (rattssakerhet/avskrivning-utan-forelaggande; one planted mistake, two
 * findings, as it spans two sentences), a doctor's certificate "med … diagnos" to the manager,
 * absence "oavsett orsak" counted against pay, pay reviewed only after parental leave, staff
 * salaries called "förtroliga", those who do not speak Swedish "intervjuas inte", "Begäranden
 * som gäller händelsen hanteras när stabsläget har avslutats".
 * Round 27 measured all of that on unseen text (writers replied only "done"; files 01–10
 * policies, 11–15 job ads): session start (d2cddec) 14 of 43 policy mistakes with errors or
 * warnings (27 with information) and 5 of 16 job-ad mistakes (7); the session's build before
 * round 27 was read (087a07f) 14 of 43 (27) and 6 of 16 (8). Some twenty new rules and widenings,
 * each from a seen round, moved unseen recall by one job-ad mistake. Both builds had three false
 * alarms: "friska hav" read as a health requirement, and two ads said to give no way to apply
 * ("Sök … via rekrytering.nfn.example.se" without a slash, an e-mail address more than 80
 * characters after "Ansökan"); all three fixed. Fixed after scoring (a fit: 27 of 43 and 11 of
 * 16): the round's misses were mostly today's new categories in other words ("samtliga
 * anställda", "en begäran", "är du som medarbetare skyldig", "är enligt 3 kap. 4 §
 * arbetsmiljölagen skyldig", "Skriftligt beslut upprättas inte", "innan annonsen stängs",
 * "ska ha avlagts tidigast år 2020", "uppvuxen i Sverige" and "har vuxit upp i Sverige", "orsaken
 * till frånvaron" told to the work group, "stabil hälsa", "inte haft någon längre
 * sjukfrånvaro"); and new rules for refusing interpreters for a whole channel
 * (service/tolk-nekas) and a deadline for reporting wrongdoing or harassment
 * (rattssakerhet/frist-for-anmalan), a GDPR request queued "i mån av tid" or rectified within 90
 * days, additions taken "bara … via Mina sidor", a leak hunt after material "når medier", a
 * citizenship requirement next to "inte placerad i säkerhetsklass", a "behandlingsassistenten …
 * och han behöver". Still missed: random drug tests of all staff with refusal counted as
 * positive, a rehabilitation duty said to be fulfilled after a relapse, employment forms left
 * out of a whistleblowing channel (a table cell), injured staff named to the press, organisations
 * that backed the agency prioritised, a fee for further GDPR copies, a copying fee above the
 * ordinance, a board member of an applicant in the preparation, "behöver icke motiveras"
 * (information only), a recommendation by a board member as a merit, an appeal right denied.
 * Round 28 measured round 27's fits on unseen text (writers replied only "done"): session start
 * 12 of 50 policy mistakes with errors or warnings (24 with information) and 11 of 15 job-ad
 * mistakes (13); the build after round 27 (fe5b8e2) 13 of 50 (25) and 12 of 15 (14). False
 * alarms in both: "Jag matar inte in uppgifter … i publika AI-tjänster" (a checklist's own
 * promise read as a use of external AI), an extent "Tillsvidare, 80 procent" and a place "i
 * Blekinge" not recognised; the start build also missed a way to apply, fixed during round 27.
 * All fixed. Fixed after scoring (a fit: 26 of 50 and 13 of 15): a new rule for parental leave
 * narrower than the Parental Leave Act (notice three months ahead, two periods a year, shorter
 * hours "om verksamheten medger det"), one for data released "utan särskild prövning" about a
 * person with protected data, "ges ingen individuell löneökning" after parental leave, a pay
 * survey "vart tredje år", salaries not to be discussed or released to colleagues, the child's
 * diagnosis in a comment field, "passa in i arbetsgruppens nuvarande sammansättning" (now also
 * in policies), "kokerska", chat logs and vetting records kept "utan tidsbegränsning", "ber du
 * alltid den som frågar om namn", a journalist's call reported to the manager, participants who
 * "förbinder sig att inte kommentera förslagen offentligt". Still missed: a pay criterion
 * rewarding availability in the evenings, same-sex parents told the law "utgår från barnets
 * mamma och pappa", a ban on sharing AI prompts with journalists, a standard reason for partial
 * refusals, appeals forwarded monthly, a general suspicion against people with protected
 * identity, Sami consultation called "frivilligt", minors not invited to consultations.
 * Round 29 measured false alarms: the writers were asked for careful, mostly lawful documents
 * with at least six "tricky but fine" passages each and 0–2 mistakes (161 fine passages, 10
 * mistakes in all). The session-start build flagged 4 of the fine passages with errors or
 * warnings, the session's build before round 29 was read (49d3ca6) 6: two new ones, both from
 * this session's change to medborgarskap (an exception for "inte placerad i säkerhetsklass" in
 * the section had hidden that "kräver inte svenskt medborgarskap" was never read as a denial).
 * Also outside the keys: a FAQ question "Ersätter visselblåsarfunktionen meddelarfriheten?" and
 * "Kan jag ta med en anhörig som tolkar?" read as statements, "Men tre slags bisysslor är inte
 * tillåtna" as a blanket ban, and a place in a header line "| Granåsen, Timrå |" not found.
 * All fixed: a quotation named as a wording ("innehöll meningen ”…”") is a mention, not a use
 * (quoted-mention.ts); "Ingen anställd får", "är inget krav", "kräver inte" as denials; the
 * legal basis for classes 1 and 2 named in the sentence or the block; questions skipped by the
 * two rules. Its mistakes: 5 of 7 policy and 0 of 3 job-ad with errors or warnings before
 * reading; after (a fit) 7 of 7 and 2 of 3, with a gift-reporting duty attributed to "7 § lagen
 * (1994:260)", a retention cell "Tills vidare" in a register table, schooling "i Sverige", and
 * "under provanställningen ska han visa" (which also reports two planted mistakes in rounds 23
 * and 26 that were missed before).
 * Round 30, again for false alarms (165 fine passages, 9 mistakes): the session start and the
 * session's build before it was read (f718a6c) flagged the same 5 fine passages, so round 29's
 * fixes added none and removed none here: "Ingen på nämnden får försöka ta reda på vem …", "Vi
 * har inga klädregler som hindrar huvudduk …", "Det finns inget krav på att företaget själv ska
 * … betala tolk", the heading "Varför vi söker en kvinna" over a genuine occupational requirement
 * explained below it, and a list of wordings an HR specialist checks ads for ("formuleringar som
 * ”A”, ”B” eller ”C”"); outside the keys, a policy's example "En annons krävde ”svenska som
 * modersmål”, vilket kan vara indirekt diskriminering", the FAQ question "Måste jag vara svensk
 * medborgare?" (whose answer said no) and a contact line missed because the union contact
 * followed on the same joined line. All fixed; the quotation rule now reads a list of quotations
 * as one, named once before the first. Its mistakes (after, a fit: 4 of 6 and 3 of 3): "är du
 * enligt 3 kap. 4 § arbetsmiljölagen (1977:1160) skyldig", a candidate pool "när liknande
 * tjänster blir lediga", a licence held "i minst tio år" (an age floor), and a new rule for an
 * own records extract demanded in a security-vetted post
 * (jobbannons/belastningsregister-eget-utdrag: the agency orders the check itself).
 * Round 31, a third false-alarm round (174 fine passages, 10 mistakes): the session start flagged
 * 3 fine passages, the session's build before it was read (4d5c768) 1 — round 30's general fix
 * for "behöver inte ha … som modersmål" carried over. The one left, FL 32 §'s own exception
 * "Skälen kan också utelämnas om det är nödvändigt för att skydda enskildas personliga
 * förhållanden", is fixed; outside the keys, an advice "Skriv inte in hans namn … inte ens i
 * Copilot" read as using an external AI service, and a question-and-answer page on applying for
 * grants ("Frågor och svar om e-tjänsten Mina bidrag") detected as a job ad (a tie, 5 against 5),
 * so it was told it lacked an employment form and union contacts; "Frågor och svar om …" is now
 * a genre title like "Rutin för …". Its mistakes after (a fit): 5 of 7 and 1 of 3, with "Be
 * alltid den som begär ut uppgifterna att visa legitimation", "Vi svarar inom tre månader" on
 * a data-subject page (which also reports a planted three-month answer in round 16), and a
 * degree "som du tagit de senaste fem åren".
 * Round 32 measured the whole session once more on unseen mistakes (writers replied only
 * "done"; the topics of rounds 25 and 26 again): session start 13 of 44 policy mistakes with
 * errors or warnings (27 with information) and 9 of 13 job-ad mistakes (11); the session's build
 * (3716e9b) 15 of 44 (28) and 9 of 13 (11); no false alarm on the keys' fine passages in either;
 * 6 of the 9 missing elements the keys name (the reference number and a start date are
 * information only, a generic address passed as a contact). Fixed after scoring (a fit: 23 of 44
 * and 11 of 13): "Bisysslor är som huvudregel inte tillåtna", "Lönesamtal hålls inte med
 * medarbetare som är föräldralediga", an interpreter "faktureras dig … enligt
 * tolkförmedlingens taxa" (the booking channel no longer excuses the bill), e-mail in other
 * languages "besvarar vi inte", "Enligt dataskyddsförordningen är det förbjudet att …", jäv
 * "föreligger bara om" and "utgör inte jäv enligt förvaltningslagen", "Enligt brottsbalken högst
 * 300 kronor" in a table cell, "tillsätts så snart vi har hittat rätt person", an appeal period
 * counted "från den dag då beslutet fattades", applicants "med pollen- eller pälsdjursallergi".
 * Still missed: a trainee in a wheelchair refused, associations linked to another country
 * vetted, a survey linked to named units kept "tills vidare", public records erased on request,
 * an inaccessible e-service with no plan, contact limited for callers "som upplevs som
 * förvirrade", a ban on telling outsiders about suspected wrongdoing.
 * Round 33, a fourth false-alarm round (141 fine passages, 9 mistakes): the session start and
 * the session's build flagged the same one ("elever som har svenskt teckenspråk som sitt första
 * språk", the pupils, not the applicant); outside the keys, the new beslut-uteblir read "inte
 * utan ett särskilt beslut av HR-chefen" (a decision required) as one dispensed with, and
 * fast-frist reported the e-mail row of a service table drawn with pipes: the plain-text import
 * had joined the table's short rows into one paragraph, so the whole table was one sentence and
 * its first time limit stood for the row about public documents (the known "wrong table row").
 * Rows drawn with pipes are now lines of their own (parse-plain-text.ts), which also removed
 * very-long-sentence warnings on six tables in rounds 24, 28 and 29 and a false fast-frist in
 * round 28. Its mistakes after: 4 of 7 and 1 of 2, with "ska lönen inte omprövas förrän …".
 * Round 34, unseen mistakes on new topics (recruitment, remote work, IT security, procurement,
 * harassment FAQ, e-service terms, a permit-decision template, answering mail, camera
 * surveillance and visitors, a grants handbook; five ads): the session start (0a303e3) found 19
 * of 43 policy mistakes with errors or warnings (28 with information) and 9 of 14 job-ad
 * mistakes (12), no false alarm on the fine passages and none outside the keys. Fixed after
 * scoring (a fit: 37 of 43 and 11 of 14), as rules for what recurs: disabled staff shut out
 * ("kan du inte arbeta på distans"), calls from the public not passed on, citizenship as an
 * access condition in a policy, a name "som inte är svenskt" or a foreign ID as a trigger,
 * camera surveillance "behövs ingen skylt", the union or safety representative only "först när
 * chefen har fått kännedom", length of service before skill, a bonus for local suppliers,
 * criticism of the agency scored, a jäv noted "varefter medarbetaren kan delta", the reported
 * manager leading the inquiry; widened: messages from the public declared not official
 * documents, e-mail "raderar du direkt, utan att diarieföra", "besvaras därför inte", a language
 * "ger högst 1 poäng", reasons cut to "en hänvisning till tillämpligt lagrum", an appeal notice
 * "kan upplysning om hur beslutet överklagas utelämnas", interpreting "själv ombesörja och
 * bekosta", a visitor log kept "Tills vidare" in a table, politicians "icke kallas till
 * intervju", "Sök jobbet … senast" for the short application time, "Vaktmästaren … och han".
 * None of it changed a finding in rounds 1–33. Still missed: deleting unread mail with
 * attachments (phishing advice, debatable), "be alltid personen att tala om vad handlingen ska
 * användas till" justified by the secrecy review, a break room filmed (a table row), an appeal
 * notice left out for a partial approval, pending cases written off for not logging in, a duty
 * "enligt anställningsförordningen" on applicants (information only).
 * Round 35, a fifth false-alarm round, on the ground of round 34's new rules (remote work and
 * adjustments, switchboards, security vetting, cameras, harassment, recruitment, jäv and
 * procurement, interpreters, e-mail records, decision templates, complaints; 188 fine
 * passages, 10 mistakes): the new rules flagged nothing. The session start and the session's
 * build flagged the same two fine passages ("Det finns inget krav på överklagandehänvisning när
 * vi beviljar allt …"; LOA's "förtroendet för hans eller hennes opartiskhet" read as the
 * applicant called "han eller hon") and four outside the keys: a vacancy filled without
 * advertising "om det finns särskilda skäl" (the ordinance's own exception), a table row telling
 * staff to translate "överklagandehänvisningen om den enskilde inte behärskar svenska" (an
 * appeal notice "only if" was read), "att vi inte använder barn som tolkar" (the negation before
 * the verb, as a subordinate clause has it) and a FAQ question about tracing a source. All
 * fixed. Its mistakes: 4 of 7 and 1 of 3 before, all after (a dual citizen kept out of every
 * security class, readers of public documents registered, camera images kept "så länge
 * lagringsutrymmet räcker", "Fullt arbetsför utan begränsningar i rygg eller knän", "Sök senast"
 * seven days after publication).
 * Round 36 measured the session once more on unseen mistakes (the topics of rounds 25, 26 and
 * 32 again): the session start (0a303e3) and the build after rounds 34 and 35 (2161677) both
 * found 10 of 42 policy mistakes with errors or warnings (20 with information) and 9 of 15
 * job-ad mistakes (12): this session's rules and widenings, fitted to rounds 34 and 35, moved
 * nothing here, as in earlier sessions. Both flagged one fine passage ("Vi ställer inte krav på
 * svenska som modersmål") and one outside the keys (a party's time to comment, "Svarstiden är
 * normalt två veckor", read as a time limit for public documents); both fixed. Fixed after
 * scoring (a fit, 16 of 42 and 10 of 15): "Vår nya receptionist är … och hon behöver", gifts
 * "enligt mutbrottsreglerna alltid tillåtna", "Enligt arbetsmiljölagen är alla medarbetare
 * skyldiga", "Enligt förvaltningslagen måste ett klagomål vara skriftligt … för att vi ska
 * kunna", "tar du med dig någon som kan tolka", JO said to take up only complaints the agency
 * has tried first, "| Tid för överklagande | Två veckor från beslutsdatum |". In the next
 * session (2026-11-25), three new rules and two widenings, written in general terms with their
 * own flag and pass examples: whistleblowing deadlines longer than seven days for the receipt or
 * three months for feedback (which also found round 22's keyed "inom sex månader från
 * bekräftelsen", missed until then), consequences threatened when a report proves wrong, people
 * without a personnummer put in a later queue or turned away, jäv judged by the official alone
 * ("gör du själv bedömningen", "det räcker då att du låter en kollega fatta det slutliga
 * beslutet"), a translator "på den frågandes egen bekostnad", a first-day medical certificate
 * asked of anyone without reasons, the diagnosis asked at every sick report, help only for
 * questions about one's own case, a price for reading documents on the premises (a table row).
 * They added no finding anywhere else in rounds 1-36 (26 of 42
 * with errors or warnings now; a fit). Still missed, among others: pay rises withheld during
 * parental leave and a ban on discussing one's pay (information only), an equality plan without
 * three of the seven grounds.
 * Round 37 (2026-11-25) measured those rules. Files 01-05 were written for false alarms on
 * their own ground (a whistleblowing routine, identity checks and queues, a jäv routine,
 * interpreting and translation, a service declaration with fees: 3 mistakes and 62
 * tricky-but-fine passages): the session start (f5582fc) and the build with the new rules gave
 * identical findings there, so the new rules raised no false alarm, and two older ones were
 * fixed ("Ett beslut i jävsfrågan kan inte överklagas för sig", FL 18 §; "Klagomålet handläggs
 * av den enhet som klagomålet gäller", a unit is not a person). Files 06-11 held unseen
 * mistakes on new topics: 6 of 20 policy mistakes (8 of 23 counting 01-05) and 5 of 8 job-ad
 * mistakes with errors or warnings, the same at the session start: the new rules found none of
 * them. Missed there, among others: staff told not to voice opinions on the agency's
 * decisions, private posts declared public documents, case texts pasted into open AI services,
 * a grant priority for boards of long-standing members, first class for medical needs only with
 * a cost, a supervised company's paid trip, complaints not in Swedish left unanswered,
 * anonymous complaints destroyed, a degree "taken within the last five years", "at least 15 years
 * left before retirement". The last four, the opinions ban (a list item after "ska du:") and the
 * media-contact report put as an instruction were then fixed in general terms (a fit, 12 of 23
 * and 7 of 8); "minst N år kvar till pensionen" also found round 13's keyed "minst tio år kvar
 * till pensionsavgång".
 * Round 38 (2026-11-25, a new writer, unseen) took the topics of rounds 36 and 37 again
 * (whistleblowing, sick leave, a service declaration, complaints, social media) to see whether
 * those fixes carry over: 12 of 25 policy mistakes at the session start, 13 of 25 with this
 * session's rules (the new whistleblowing rule found "Återkoppling lämnas när utredningen har
 * avslutats, vilket normalt sker inom sex månader"). One false alarm outside the keys, from an
 * older rule: a case example "klagar på att hon har väntat" read as a complainant made to wait.
 * Fixed after scoring, in general terms (a fit, 15 of 25): that false alarm; a complaint "utreds
 * … i första hand av den handläggare som klagomålet gäller" with the object before the agent;
 * a table row giving those who need an interpreter priority "Låg … När resurser finns". Still
 * missed (visits only with BankID fixed too, 16 of 25): whistleblowing records kept without a
 * time limit, an arrival rule moving Friday-afternoon messages to Monday, oral complaints not
 * recorded, a complaint about a decision not read as an appeal.
 * Fixed after round 3: "ledigförklarar", "Därutöver", "jämte", "de mest kompetenta utredarna i
 * landet", a policy with no purpose (info) or no law at all (info), a denied duty to inform
 * ("Någon ytterligare information … torde därför inte vara erforderlig"), "ska dessa framföras
 * internt till din närmaste chef och inte till utomstående", "Klagomål som är skrivna i ett
 * otrevligt … språk besvaras inte".
 * Round 2 misses fixed after it was read: "söker vi i första hand en man", "inga religiösa
 * symboler", "Inga fysiska begränsningar", a contact list ("Chef fastighetsgruppen: Bengt
 * Karlsson, 0500-…"), "får endast kriskommunikatören uttala sig", "hänvisar alla frågor från
 * journalister till …", "Ej rökare", "har talat med en journalist … ska samma dag rapportera detta till sin
 * chef", "meddelarfriheten inte kan åberopas förrän …", presumed consent, "sparas tills vidare".
 */

describe('the blind set, checked with the whole built-in rule set', () => {
  it.each(Object.entries(CASES))('%s: exactly the expected errors and warnings', async (path, expected) => {
    const findings = await checkBlind(path, expected);
    expect(findings.filter((f) => f.severity !== 'info').map(seen)).toEqual(expected.serious);
  });

  it.each(Object.entries(CASES).filter(([, c]) => c.info || c.notInfo))('%s: the information the key asks for, and none it calls fine', async (path, expected) => {
    const info = (await checkBlind(path, expected))
      .filter((f) => f.severity === 'info')
      .map(seen);
    for (const wanted of expected.info ?? []) expect(info).toContainEqual(wanted);
    for (const rule of expected.notInfo ?? []) expect(info.map(([id]) => id)).not.toContain(rule);
  });
});
