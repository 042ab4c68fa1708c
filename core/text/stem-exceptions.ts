/**
 * The exception table of {@link stem}: inflected forms natural's Swedish stemmer gets wrong, each
 * mapped to its dictionary form (lemma). `stem` stems the lemma instead of the form, so every
 * listed form of a word gets the same stem as its lemma.
 *
 * What is listed, and why (tests/core/text/stem.test.ts pins every family):
 * - strong and irregular verbs, with the prefixes officialese uses (erhålla → erhöll, erhållit,
 *   erhållits; tillse → tillsåg; åligga → ålåg; anse → ansåg): natural knows no vowel changes;
 * - weak verbs whose past and supine natural leaves unreduced ("följde" → "följd",
 *   "bedömt" → "bedömt");
 * - nouns whose definite form natural leaves alone: neuters in -et ("könet", "modet",
 *   "uttrycket", "värdet") and nouns in -a with a definite -n ("rättvisan", "mutan", "bisysslan").
 * Some lemmas get a fixed stem because natural would merge them with an unrelated word:
 * "värde" (value) would become "värd" (host), "ålder" gives "åld" and "åldrar" "åldr".
 */

interface StrongVerb {
  /** The forms without prefix; the first is the infinitive. */
  readonly forms: readonly string[];
  /** Prefixes the product meets ("er" + "hålla"); "" means the bare verb. */
  readonly prefixes: readonly string[];
}

const STRONG_VERBS: readonly StrongVerb[] = [
  {
    forms: ['hålla', 'håller', 'hålls', 'hålles', 'höll', 'hölls', 'hållit', 'hållits', 'hållen', 'hållet', 'hållna', 'hållande'],
    prefixes: ['', 'er', 'tillhanda', 'bibe', 'be', 'upprätt', 'an', 'inne'],
  },
  { forms: ['komma', 'kommer', 'kom', 'kommit', 'kommen', 'kommet', 'komna', 'kommande'], prefixes: ['', 'in', 'efter', 'till', 'an', 'före'] },
  // Not the bare "låg": it is also the adjective "low".
  { forms: ['ligga', 'ligger', 'låg', 'legat', 'liggande'], prefixes: ['före', 'å'] },
  { forms: ['se', 'ser', 'ses', 'såg', 'sågs', 'sett', 'setts', 'sedd', 'sedda', 'seende'], prefixes: ['', 'till', 'an', 'ut', 'över', 'före', 'be'] },
  {
    forms: ['ta', 'taga', 'tar', 'tager', 'tas', 'tages', 'tog', 'togs', 'tagit', 'tagits', 'tagen', 'taget', 'tagna', 'tagande'],
    prefixes: ['', 'före', 'mot', 'in', 'upp', 'över', 'an', 'vid', 'åter', 'på'],
  },
  {
    forms: ['lägga', 'lägger', 'läggs', 'lägges', 'lade', 'lades', 'lagt', 'lagts', 'lagd', 'lagda', 'läggande'],
    prefixes: ['', 'er', 'in', 'över', 'till', 'fast', 'upp', 'före', 'av', 'ut'],
  },
  { forms: ['gå', 'går', 'gås', 'gick', 'gått', 'gående'], prefixes: ['', 'genom', 'in', 'över', 'till', 'före', 'ut', 'upp', 'be', 'åter'] },
  {
    forms: ['ge', 'giva', 'ger', 'giver', 'ges', 'gives', 'gav', 'gavs', 'gett', 'givit', 'getts', 'givits', 'given', 'givna', 'givande'],
    prefixes: ['', 'till', 'an', 'med', 'upp', 'ut', 'del', 'efter', 'åter', 'om', 'av', 'in', 'över'],
  },
  {
    forms: ['göra', 'gör', 'görs', 'göres', 'gjorde', 'gjordes', 'gjort', 'gjorts', 'gjord', 'gjorda', 'görande'],
    prefixes: ['', 'genom', 'ut', 'av', 'om', 'full'],
  },
  // Never bare: "för" is a preposition.
  {
    forms: ['föra', 'för', 'förs', 'föres', 'förde', 'fördes', 'fört', 'förts', 'förd', 'förda', 'förande'],
    prefixes: ['genom', 'in', 'ut', 'an', 'till', 'över', 'med', 'fram', 'om'],
  },
  { forms: ['stå', 'står', 'stås', 'stod', 'stods', 'stått', 'stående'], prefixes: ['', 'be', 'under', 'till', 'ut', 'fram', 'kvar', 'för', 'med', 'åter'] },
  // Never bare: "satt" is also the past of "sitta", "sätt" a noun.
  { forms: ['sätta', 'sätter', 'sätts', 'sättes', 'satte', 'sattes', 'satt', 'satts', 'satta'], prefixes: ['er', 'till', 'in', 'ut', 'upp', 'fast', 'åsido', 'över', 'an'] },
  {
    forms: ['skriva', 'skriver', 'skrivs', 'skrives', 'skrev', 'skrevs', 'skrivit', 'skrivits', 'skriven', 'skrivet', 'skrivna', 'skrivande'],
    prefixes: ['', 'be', 'före', 'under', 'ut', 'in', 'upp', 'av', 'om'],
  },
  { forms: ['finna', 'finner', 'finns', 'fann', 'fanns', 'funnit', 'funnits', 'funnen', 'funnet', 'funna'], prefixes: ['', 'be', 'åter', 'före'] },
  { forms: ['bli', 'bliva', 'blir', 'blev', 'blivit', 'bliven', 'blivna'], prefixes: [''] },
  { forms: ['välja', 'väljer', 'väljs', 'valde', 'valdes', 'valt', 'valts', 'vald', 'valda'], prefixes: ['', 'ut'] },
  { forms: ['utreda', 'utreder', 'utreds', 'utredde', 'utreddes', 'utrett', 'utretts', 'utredd', 'utredda', 'utredande'], prefixes: [''] },
  { forms: ['handha', 'handhar', 'handhas', 'handhade', 'handhades', 'handhaft', 'handhafts', 'handhavd', 'handhavda'], prefixes: [''] },
];

/** Weak verbs with -de/-te in the past: natural leaves "följde", "bedömt", "anmäld" unreduced. */
const WEAK_VERB_ROOTS: ReadonlyArray<readonly [root: string, past: 'd' | 't', prefixes: readonly string[]]> = [
  ['ombesörj', 'd', ['']],
  ['ställ', 'd', ['', 'hem', 'till', 'fast', 'in', 'sam', 'fram', 'före', 'åter']],
  ['anmäl', 'd', ['']],
  ['bedöm', 'd', ['']],
  ['kräv', 'd', ['']],
  ['behöv', 'd', ['']],
  ['följ', 'd', ['', 'efter', 'upp', 'med']],
  ['hör', 'd', ['', 'till', 'an']],
  ['sök', 't', ['', 'an', 'be', 'under']],
  ['köp', 't', ['']],
];

/** Nouns and adjectives: lemma → forms natural stems differently from the lemma. */
const NOMINAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  kön: ['könet', 'könets', 'köns', 'könen', 'könens'],
  mod: ['modet', 'modets', 'mods'],
  uttryck: ['uttrycket', 'uttryckets'],
  beslut: ['beslutet', 'beslutets'],
  jäv: ['jävet', 'jävets'],
  arbete: ['arbetet', 'arbetets', 'arbetes', 'arbeten', 'arbetena'],
  företag: ['företaget', 'företagets', 'företagen', 'företagens', 'företags'],
  rättvisa: ['rättvisan', 'rättvisans'],
  muta: ['mutan', 'mutans'],
  bisyssla: ['bisysslan', 'bisysslans'],
  människa: ['människan', 'människans'],
  policy: ['policyn', 'policyns', 'policys'],
  öppen: ['öppet', 'öppna'],
};

/** Lemmas whose stem is fixed, because natural would merge them with an unrelated word. */
export const FIXED_STEMS: Readonly<Record<string, readonly string[]>> = {
  värde: ['värde', 'värdet', 'värdets', 'värden', 'värdena', 'värdenas', 'värdes'],
  ålder: ['ålder', 'åldern', 'ålderns', 'åldrar', 'åldrarna', 'åldrars', 'åldrarnas'],
};

function weakForms(root: string, past: 'd' | 't'): string[] {
  return [
    `${root}a`, `${root}er`, `${root}s`, `${root}es`, `${root}${past}e`, `${root}${past}es`, `${root}t`, `${root}ts`,
    `${root}${past}`, `${root}${past}a`, `${root}ande`,
  ];
}

/** Builds the table: inflected form → lemma. Forms already equal to their lemma are left out. */
export function buildLemmaTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const verb of STRONG_VERBS) {
    const infinitive = verb.forms[0] as string;
    for (const prefix of verb.prefixes) {
      for (const form of verb.forms) table.set(prefix + form, prefix + infinitive);
    }
  }
  for (const [root, past, prefixes] of WEAK_VERB_ROOTS) {
    for (const prefix of prefixes) {
      for (const form of weakForms(root, past)) table.set(prefix + form, `${prefix}${root}a`);
    }
  }
  for (const [lemma, forms] of Object.entries(NOMINAL_FORMS)) {
    for (const form of forms) table.set(form, lemma);
  }
  for (const [lemma, forms] of Object.entries(FIXED_STEMS)) {
    for (const form of forms) table.set(form, lemma);
  }
  for (const [form, lemma] of table) if (form === lemma) table.delete(form);
  return table;
}
