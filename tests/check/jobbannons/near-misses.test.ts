import { describe, expect, it } from 'vitest';
import { jobAdFindingsInText, shortId } from './check-job-ad.js';

/**
 * Sentences that real Swedish state job ads contain and that look like risky wording but are
 * not. Each is checked against every job-ad rule at once (not only the rule it resembles), so a
 * new rule that trips over "friskvårdsbidrag" or "medborgarskapsärenden" fails here. Missing-element
 * findings are left out: a single sentence is not a whole ad.
 */
const NEAR_MISSES: readonly string[] = [
  'Vi erbjuder friskvårdsbidrag på 5 000 kronor per år och en friskvårdstimme i veckan.',
  'Du blir en frisk fläkt i vårt team.',
  'Du stöttar sjukskrivna att bli friska och återgå i arbete.',
  'Myndigheten arbetar för att främja god hälsa i befolkningen.',
  'Ungefär hälften av ärendena gäller ungdomar.',
  'Du kommer att arbeta med unga som riskerar att hamna i utanförskap.',
  'Klienten, en ung man från Göteborg, har sökt stöd hos oss.',
  'Vi samarbetar med myndigheter i Ungern och Polen.',
  'Jämställdhetsmyndigheten är en ung myndighet som bildades 2018.',
  'Du handleder yngre kollegor och nyanställda.',
  'Målgruppen är barn i åldern 6–12 år.',
  'Du handlägger ärenden om sjukersättning för personer mellan 19 och 64 år.',
  'Under 30 år har myndigheten arbetat med tillsyn.',
  'Du ska ha fyllt 18 år för att få bära tjänstevapen.',
  'Frågor besvaras av Anna Svensson, hon nås på 010-123 45 67.',
  'Kontakta rekryterande chef Erik Lund. Han nås via växeln.',
  'Arbetstagaren har rätt till ledighet under den tid då han eller hon får tillfällig föräldrapenning.',
  'Vi söker en modersmålslärare i arabiska. Du har arabiska som modersmål och lärarbehörighet.',
  'Du kommer att undervisa elever som har finska som modersmål.',
  'Du har mycket goda kunskaper i svenska i tal och skrift.',
  'Medborgarskapsärenden är en stor del av enhetens arbete.',
  'Du prövar ansökningar om svenskt medborgarskap och kräver in kompletteringar.',
  'Anställningen förutsätter säkerhetsprövning med registerkontroll. Svenskt medborgarskap krävs.',
  'Tjänsten är placerad i säkerhetsklass 2 och svenskt medborgarskap krävs enligt säkerhetsskyddslagen.',
  'Vi arbetar tills vidare på distans två dagar i veckan.',
  'Myndighetens e-tjänster ska vara tillgängliga dygnet runt.',
  'Tjänsten innebär beredskap var femte vecka enligt schema.',
  'Vi erbjuder flexibla arbetstider som underlättar för småbarnsföräldrar.',
  'Du handlägger bostadsbidrag för hushåll med och utan barn.',
  'Du har goda kunskaper om kristen tro, islam och judendom.',
  'Vi eftersträvar en jämn könsfördelning och ser därför gärna kvinnliga sökande.',
  'Du kommer att arbeta med tjejer och killar i åldern 13–18 år.',
  'Myndighetens talesperson i frågan är generaldirektören.',
  'Du har rätt till förmåner som friskvårdsbidrag och förmånsportal.',
  'Myndigheten ska vara en attraktiv arbetsgivare.',
  'Arbetet är fysiskt krävande och innebär mycket gående.',
  'Vi har en allergianpassad arbetsplats och undanber oss starka dofter.',
  'Det är meriterande om du har arbetat i en verksamhet som ställer höga krav på noggrannhet.',
  'Du förväntas arbeta utifrån den statliga värdegrunden.',
  'Myndigheten har över 20 års erfarenhet av tillsyn.',
  'Bifoga inte foto i din ansökan.',
  'Vi välkomnar både nyutexaminerade och dig med lång erfarenhet.',
  'Du analyserar skillnader mellan personer med svensk och utländsk bakgrund.',
  'Du handlägger ärenden om äktenskapshinder och registrerat partnerskap.',
];

describe('near-misses from real job ads', () => {
  it.each(NEAR_MISSES)('%s', (sentence) => {
    const passages = jobAdFindingsInText(sentence).filter((f) => f.kind !== 'required' && f.kind !== 'date-gap' && f.kind !== 'balance');
    expect(passages.map((f) => `${shortId(f)}: ${f.quote}`)).toEqual([]);
  });
});

/** The classic mistakes, one per line, each caught by the rule named, whatever else fires. */
const CLASSICS: readonly (readonly [string, string])[] = [
  ['Vi söker en ung och driven jurist.', 'alder-ung'],
  ['Du är mellan 25 och 35 år.', 'alder-grans'],
  ['Vi söker dig som är född 1990 eller senare.', 'alder-grans'],
  ['Tjänsten passar dig som är nyutexaminerad.', 'alder-nyutexaminerad'],
  ['Du har svenska som modersmål.', 'etnicitet-modersmal'],
  ['Du talar svenska utan brytning.', 'etnicitet-modersmal'],
  ['Du är frisk och har god hälsa.', 'halsa-frisk'],
  ['Du är fysiskt stark.', 'halsa-fysik'],
  ['Du har inga allergier.', 'halsa-allergi'],
  ['Han/hon ska ha en akademisk examen.', 'kon-pronomen'],
  ['Vi söker en servitris till personalrestaurangen.', 'kon-yrkestitel'],
  ['Vi söker en glad tjej till receptionen.', 'kon-tjej-kille'],
  ['Manlig sökande prioriteras.', 'kon-uttalat'],
  ['Du har ett representativt utseende.', 'utseende'],
  ['Du har inga småbarn.', 'familj-barn'],
  ['Tjänsten kräver obegränsad tillgänglighet.', 'familj-tillganglighet'],
  ['Svenskt medborgarskap krävs.', 'medborgarskap'],
  ['Stor vikt läggs vid personlig lämplighet.', 'merit-personlig-lamplighet'],
  ['Du delar våra värderingar.', 'varderingar-privata'],
  ['Bifoga CV och foto.', 'ansokan-foto-personuppgifter'],
];

describe('classic mistakes', () => {
  it.each(CLASSICS)('%s → %s', (sentence, rule) => {
    expect(jobAdFindingsInText(sentence).map(shortId)).toContain(rule);
  });
});
