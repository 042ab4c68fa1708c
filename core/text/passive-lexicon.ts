/**
 * Word lists for s-passive detection. Swedish has no reliable surface mark of the passive: "-s"
 * also ends genitives ("myndighetens", "två års"), plural genitives ("medarbetares"), nouns
 * ("kurs", "status"), adverbs ("dels", "förstås") and deponent verbs, which look passive but are
 * active in meaning ("finns", "hoppas"). These lists hold what the morphology rules in passive.ts
 * cannot tell apart.
 */

/**
 * Deponent and lexicalised s-verbs: active in meaning, never reported. Prefixed forms are listed
 * one by one ("återfinns", "misslyckas"): matching deponents as word endings would also exclude
 * real passives ("godkändes" ends in "kändes").
 * - "behövs" ("is needed"), "märks" ("is noticeable"), "känns" ("feels"), "syns" ("shows"),
 *   "tycks" ("seems"), "finns" ("exists") are passive in form but are the normal way to say these
 *   things; plain-language advice does not ask to rewrite them.
 */
export const DEPONENT_FORMS: ReadonlySet<string> = new Set([
  'finnas', 'finns', 'fanns', 'funnits', 'återfinns', 'återfanns', 'förefinns', 'förefanns',
  'hoppas', 'hoppades', 'hoppats',
  'lyckas', 'lyckades', 'lyckats', 'misslyckas', 'misslyckades', 'misslyckats',
  'trivas', 'trivs', 'trivdes', 'trivts', 'vantrivs', 'vantrivdes',
  'minnas', 'minns', 'mindes', 'mints',
  'andas', 'andades', 'andats',
  'låtsas', 'låtsades', 'låtsats',
  'umgås', 'umgicks', 'umgåtts',
  'åldras', 'åldrades', 'åldrats',
  'kräkas', 'kräks', 'kräktes', 'kräkts',
  'svettas', 'svettades', 'svettats',
  'brottas', 'brottades', 'brottats',
  'hämnas', 'hämnades', 'hämnats',
  'synas', 'syns', 'syntes', 'synts',
  'tyckas', 'tycks', 'tycktes', 'tyckts',
  'vistas', 'vistades', 'vistats',
  'envisas', 'envisades',
  'skämmas', 'skäms', 'skämdes',
  'kännas', 'känns', 'kändes', 'känts',
  'rymmas', 'ryms', 'rymdes',
  'trängas', 'trängs', 'trängdes',
  'väsnas', 'töras', 'törs', 'tordes',
  'behövas', 'behövs', 'behövdes', 'behövts',
  'märkas', 'märks', 'märktes',
  'färdas', 'färdades', 'dväljas', 'dväljs',
  'nöjas', 'nöjs', 'nöjdes',
  'idas', 'ids', 'orkas',
  'samsas', 'kivas', 'gnabbas', 'retas', 'bråkas', 'knuffas', 'slåss',
]);

/**
 * Reciprocal verbs ("vi ses", "medarbetarna träffas"): not passive, unless an agent follows
 * ("Besökare möts av en receptionist") or, for "ses", a "som" ("ses som meriterande").
 */
export const RECIPROCAL_FORMS: ReadonlySet<string> = new Set([
  'träffas', 'träffades', 'träffats',
  'ses', 'sågs', 'setts',
  'mötas', 'möts', 'möttes', 'mötts',
  'kramas', 'kramades', 'pussas', 'enas', 'enades', 'höras', 'hörs', 'hördes', 'skiljas', 'skildes',
  'talas', 'talades', 'ringas',
]);

/** "fattas" is "is made" (beslut fattas) or "is missing" (det fattas två underskrifter); see passive.ts. */
export const FATTAS_FORMS: ReadonlySet<string> = new Set(['fattas', 'fattades', 'fattats']);

/** Words in -s that are neither verbs nor covered by the morphology rules. */
export const NON_VERB_S: ReadonlySet<string> = new Set([
  'dels', 'trots', 'ens', 'alls', 'annars', 'tvärs', 'längs', 'förstås', 'gratis', 'plus', 'minus', 'status', 'fokus',
  'kurs', 'process', 'bas', 'fas', 'gas', 'glas', 'ras', 'atlas', 'ananas', 'analys', 'kris', 'pris', 'resurs', 'puls',
  'vers', 'hals', 'fors', 'kors', 'mars', 'sveriges', 'norges', 'tomas', 'jonas', 'lucas', 'elias', 'andreas',
  'matias', 'nicolas', 'mattias', 'kanvas', 'ås', 'is', 'os', 'bs', 'vs', 'reds', 'freds', 'bus', 'buss', 'fartygs',
  'igenom', 'tillsammans', 'utomlands', 'inrikes', 'utrikes', 'ingenstans', 'någonstans', 'överallts', 'gås',
  'resultats', 'mandats', 'kandidats', 'certifikats', 'sekretariats', 'konsulats', 'inspektorats', 'direktorats',
  'advokats', 'privats', 'formats', 'apparats', 'substrats', 'attentats', 'senats', 'stats', 'råds', 'tjänstemans',
]);

/** Determiners, possessives and quantifiers: a word right after one is a noun or adjective, not a verb. */
export const NOUN_INTRODUCERS: ReadonlySet<string> = new Set([
  // Only words that cannot be the subject themselves: "alla", "många", "någon", "vilket" can
  // ("… att alla behandlas lika", "vilket uppmärksammades"), so they are not here.
  'en', 'ett', 'denna', 'detta', 'dessa', 'varje', 'vår', 'vårt', 'våra', 'din', 'ditt', 'dina', 'min', 'mitt', 'mina',
  'sin', 'sitt', 'sina', 'er', 'ert', 'era', 'hans', 'hennes', 'deras', 'dess', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju',
  'åtta', 'nio', 'tio', 'tolv', 'hundra', 'tusen', 'samma', 'hela', 'halva', 'ena', 'första', 'sista', 'varenda', 'vartenda',
]);

/**
 * Present passives of verbs whose stem does not end in -a ("görs", "krävs", "bedöms"): the last
 * letters of the form, matched at the end of the word so that prefixed verbs count too
 * ("genomförs", "fastställs", "tillsätts", "föreskrivs").
 */
export const PRESENT_PASSIVE_ENDINGS: readonly string[] = [
  'görs', 'förs', 'ställs', 'hålls', 'läggs', 'sätts', 'tas', 'ges', 'dras', 'krävs', 'skrivs', 'drivs', 'döms', 'stäms',
  'väljs', 'följs', 'säljs', 'skiljs', 'reds', 'leds', 'sänds', 'söks', 'köps', 'begärs', 'lärs', 'bärs', 'nämns', 'sköts',
  'stöds', 'bjuds', 'tillåts', 'släpps', 'vänds', 'stängs', 'hängs', 'fås', 'nås', 'slås', 'gås', 'byggs', 'bryts',
  'knyts', 'sprids', 'störs', 'glöms', 'tänds', 'höjs', 'sänks', 'rörs', 'anställs', 'mäts', 'väcks', 'fylls', 'bifalls',
  'avslås', 'ses', 'anmäls', 'utses', 'läses', 'löses', 'tros', 'hyrs', 'stryks', 'lyfts', 'täcks',
];

/** Words that may stand between the two verbs of a double passive ("ska anses ha prövats"). */
export const DOUBLE_PASSIVE_LINKS: ReadonlySet<string> = new Set([
  'ha', 'att', 'också', 'även', 'inte', 'ej', 'därför', 'dock', 'därmed', 'snarast', 'senare', 'först', 'kunna', 'böra',
]);
