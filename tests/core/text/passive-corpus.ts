/**
 * Labelled sentences for measuring s-passive detection: policy and job-ad language, written and
 * labelled by hand. `passives` lists every s-passive verb form in the sentence (as written, in
 * lower case); `doubles` lists double passives as "first second". Deponent, reciprocal and
 * genitive -s words are deliberately frequent, because they are what a naive "-s" rule gets wrong.
 *
 * Judgements: "fattas" is passive when decisions are made ("Beslut fattas av GD") and not when
 * something is missing ("Det fattas två underskrifter"); "behövs" and "krävs": "behövs" is
 * treated as lexicalised (not passive), "krävs" as passive; reciprocal "ses"/"träffas"/"möts"
 * are passive only with an agent or "ses som".
 */
export interface LabelledSentence {
  readonly text: string;
  readonly passives: readonly string[];
  readonly doubles?: readonly string[];
}

/** The development set: the detector was tuned while looking at these. */
export const PASSIVE_DEVELOPMENT_SET: readonly LabelledSentence[] = [
  { text: 'Ansökan ska skickas in senast den 1 maj.', passives: ['skickas'] },
  { text: 'Myndighetens beslut finns på webben.', passives: [] },
  { text: 'Beslut fattas av generaldirektören.', passives: ['fattas'] },
  { text: 'Det föreslås att en ny enhet inrättas.', passives: ['föreslås', 'inrättas'] },
  { text: 'En ny funktion föreslås inrättas under 2025.', passives: ['föreslås', 'inrättas'], doubles: ['föreslås inrättas'] },
  { text: 'Frågan begärs utredas av Statskontoret.', passives: ['begärs', 'utredas'], doubles: ['begärs utredas'] },
  { text: 'Ärendet ska anses ha prövats i sak.', passives: ['anses', 'prövats'], doubles: ['anses prövats'] },
  { text: 'Vi hoppas att du trivs hos oss.', passives: [] },
  { text: 'Medarbetarna träffas varje vecka för att diskutera värdegrundsfrågor.', passives: [] },
  { text: 'Tjänsten tillsätts efter en sammanvägd bedömning av förtjänst och skicklighet.', passives: ['tillsätts'] },
  { text: 'Stor vikt läggs vid personlig lämplighet.', passives: ['läggs'] },
  { text: 'Urval sker löpande, så skicka gärna in din ansökan redan i dag.', passives: [] },
  { text: 'Intervjuer kommer att hållas i vecka 12.', passives: ['hållas'] },
  { text: 'Lönen sätts individuellt.', passives: ['sätts'] },
  { text: 'Provanställning kan komma att tillämpas.', passives: ['tillämpas'] },
  { text: 'Tjänsten kräver säkerhetsprövning och registerkontroll kommer att göras.', passives: ['göras'] },
  { text: 'Det krävs att du har god förmåga att uttrycka dig i tal och skrift.', passives: ['krävs'] },
  { text: 'Vi lyckas bara om alla medarbetare känner delaktighet.', passives: [] },
  { text: 'Kommunens och regionens representanter möts en gång per kvartal.', passives: [] },
  { text: 'Policyn gäller för alla anställda och ska följas av chefer och medarbetare.', passives: ['följas'] },
  { text: 'Policyn revideras vartannat år av HR-avdelningen.', passives: ['revideras'] },
  { text: 'Dokumentet har beslutats av generaldirektören den 3 mars 2023.', passives: ['beslutats'] },
  { text: 'Alla ärenden ska handläggas skyndsamt och sakligt.', passives: ['handläggas'] },
  { text: 'Myndighetens värdegrund bygger på den statliga värdegrunden.', passives: [] },
  { text: 'Enhetens chef ansvarar för att rutinen följs.', passives: ['följs'] },
  { text: 'Jäv ska anmälas till närmaste chef så snart det uppstår.', passives: ['anmälas'] },
  { text: 'Gåvor som kan påverka handläggningen får inte tas emot.', passives: ['tas'] },
  { text: 'Information om allmänna handlingar lämnades ut samma dag.', passives: ['lämnades'] },
  { text: 'Bisysslan prövades och godkändes av chefen.', passives: ['prövades', 'godkändes'] },
  { text: 'Arbetsmiljön följs upp genom årliga medarbetarundersökningar.', passives: ['följs'] },
  { text: 'Vi ses på introduktionsdagen!', passives: [] },
  { text: 'Det fattas fortfarande två underskrifter på avtalet.', passives: [] },
  { text: 'Åtgärder vidtas när brister upptäcks.', passives: ['vidtas', 'upptäcks'] },
  { text: 'Frågor om tjänsten besvaras av enhetschef Anna Svensson.', passives: ['besvaras'] },
  { text: 'Fackliga företrädare nås via myndighetens växel.', passives: ['nås'] },
  { text: 'Du kommer att ingå i ett team där vi andas engagemang och trivs tillsammans.', passives: [] },
  { text: 'Tidigare erfarenheter av statlig förvaltning ses som meriterande.', passives: ['ses'] },
  { text: 'Stöd ges till chefer som behöver hjälp med rekryteringen.', passives: ['ges'] },
  { text: 'Dina personuppgifter behandlas enligt dataskyddsförordningen.', passives: ['behandlas'] },
  { text: 'Svenskt medborgarskap krävs för tjänsten eftersom den är placerad i säkerhetsklass.', passives: ['krävs'] },
  { text: 'Varje människas lika värde ska respekteras.', passives: ['respekteras'] },
  { text: 'Resultatet redovisas i årsredovisningen och publiceras på webbplatsen.', passives: ['redovisas', 'publiceras'] },
  { text: 'Hon minns fortfarande hur det var att börja på myndigheten.', passives: [] },
  { text: 'Ansökningar som kommer in efter sista ansökningsdag beaktas inte.', passives: ['beaktas'] },
  { text: 'Länsstyrelsens arbete ska präglas av öppenhet och respekt.', passives: ['präglas'] },
  { text: 'Sveriges riksdag stiftar lagarna och regeringen styr förvaltningen.', passives: [] },
  { text: 'Samtliga beslut ska kunna överklagas.', passives: ['överklagas'] },
  { text: 'Uppdraget föreslås ges till Statskontoret.', passives: ['föreslås', 'ges'], doubles: ['föreslås ges'] },
  { text: 'Det bör övervägas om frågan ska utredas vidare.', passives: ['övervägas', 'utredas'] },
  { text: 'Medarbetarna umgås gärna efter jobbet och brottas ibland med svåra frågor.', passives: [] },
  { text: 'Kommunikationsavdelningens kontaktuppgifter finns på intranätet.', passives: [] },
  { text: 'Processens syfte beskrivs i bilaga 2.', passives: ['beskrivs'] },
  { text: 'Den sökandes meriter bedöms utifrån kravprofilen.', passives: ['bedöms'] },
  { text: 'Arbetet har genomförts i samverkan med de fackliga organisationerna.', passives: ['genomförts'] },
  { text: 'Riktlinjen gjordes om efter remissen.', passives: ['gjordes'] },
  { text: 'Resultatens betydelse diskuteras på ledningsgruppens möte.', passives: ['diskuteras'] },
  { text: 'Vi erbjuder ett arbete med stort fokus på verksamhetens utveckling.', passives: [] },
  { text: 'Medarbetare som svettas i värmen ska kunna ta en paus.', passives: [] },
  { text: 'Ett nytt diarienummer ska anges vid all kontakt med myndigheten.', passives: ['anges'] },
  { text: 'Handlingarna skickades till fel adress, vilket uppmärksammades först efter en vecka.', passives: ['skickades', 'uppmärksammades'] },
  {
    text: 'Beslutet ska anses ha meddelats när det har skickats till den enskilde.',
    passives: ['anses', 'meddelats', 'skickats'],
    doubles: ['anses meddelats'],
  },
  { text: 'Tjänsten kan komma att förlängas.', passives: ['förlängas'] },
  { text: 'Kursen ges på distans och avslutas med en tentamen.', passives: ['ges', 'avslutas'] },
  { text: 'Vi söker dig som har en akademisk examen inom juridik.', passives: [] },
  { text: 'Mer information om tjänsten lämnas av rekryterande chef.', passives: ['lämnas'] },
];

/**
 * The held-out set: written after the detector was tuned on the development set and not used to
 * tune it. Its numbers are the honest estimate of how the detector does on new text.
 */
export const PASSIVE_HELD_OUT_SET: readonly LabelledSentence[] = [
  { text: 'Ansökningshandlingar diarieförs och blir allmänna handlingar.', passives: ['diarieförs'] },
  { text: 'Tjänsten är en tillsvidareanställning som inleds med sex månaders provanställning.', passives: ['inleds'] },
  { text: 'Vi välkomnar sökande med olika bakgrund och erfarenheter.', passives: [] },
  { text: 'Löneanspråk ska anges i ansökan.', passives: ['anges'] },
  { text: 'Underlaget har tagits fram av en arbetsgrupp med representanter från alla avdelningar.', passives: ['tagits'] },
  { text: 'Myndigheten eftersträvar jämn könsfördelning och mångfald.', passives: [] },
  { text: 'Den som misstänks vara jävig får inte delta i handläggningen.', passives: ['misstänks'] },
  { text: 'Rutinen ska ses över senast i december varje år.', passives: ['ses'] },
  { text: 'Inkomna synpunkter sammanställs och återkopplas till verksamheten.', passives: ['sammanställs', 'återkopplas'] },
  { text: 'Tre års erfarenhet av kvalificerat utredningsarbete krävs.', passives: ['krävs'] },
  { text: 'Chefens beslut kan överklagas hos Statens överklagandenämnd.', passives: ['överklagas'] },
  { text: 'Samtliga medarbetare förväntas känna till uppförandekoden.', passives: ['förväntas'] },
  { text: 'Vi tror att mångfald berikar vår verksamhet.', passives: [] },
  { text: 'Hos oss finns goda möjligheter till kompetensutveckling.', passives: [] },
  {
    text: 'Uppdraget bedöms kunna slutföras inom ramen för befintliga resurser.',
    passives: ['bedöms', 'slutföras'],
    doubles: ['bedöms slutföras'],
  },
  { text: 'Ersättning för resor betalas ut enligt kollektivavtalet.', passives: ['betalas'] },
  { text: 'Medarbetarnas synpunkter tas tillvara i utvecklingsarbetet.', passives: ['tas'] },
  { text: 'Riktlinjerna antogs av ledningsgruppen den 12 juni 2024.', passives: ['antogs'] },
  { text: 'Personalens kompetens ska tas till vara och utvecklas.', passives: ['tas', 'utvecklas'] },
  { text: 'Referenser lämnas på begäran.', passives: ['lämnas'] },
  { text: 'Ett antal frågor återstår att besvara innan beslutet kan fattas.', passives: ['fattas'] },
  { text: 'Kvinnors och mäns lika rättigheter ska främjas.', passives: ['främjas'] },
  { text: 'Det fattas pengar i budgeten för nästa år.', passives: [] },
  { text: 'Handläggningstiden beräknas till tre veckor.', passives: ['beräknas'] },
  { text: 'Arbetet leds av en styrgrupp.', passives: ['leds'] },
];
