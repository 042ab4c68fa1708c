import type { ImportedDocument } from '../model/document.js';
import type { DocumentType } from '../rules/rule-types.js';

/** The detected type, how sure we are (0–1), and the evidence, so a user can judge and override it. */
export interface DocumentTypeDetection {
  readonly type: DocumentType;
  readonly confidence: number;
  readonly scores: Readonly<Record<Exclude<DocumentType, 'other'>, number>>;
  /** The cues found, e.g. "sista ansökningsdag". */
  readonly evidence: readonly string[];
}

interface Cue {
  readonly pattern: RegExp;
  readonly weight: number;
  readonly label: string;
  /** Look only at the first this many characters (the title and letterhead), not the whole head. */
  readonly within?: number;
}

const GENRE_TITLE_LABEL = 'titel: rutin/riktlinje för …';

/** The title, a letterhead and a subtitle fit in this many characters. */
const TITLE_AREA = 300;

/** Phrases that mark a job ad. Weights reflect how rarely each appears in anything else. */
const JOB_AD_CUES: readonly Cue[] = [
  { pattern: /sista ansökningsdag|ansök senast|ansökan ska vara .{0,40}senast|välkommen med din ansökan/iu, weight: 4, label: 'sista ansökningsdag / ansökan' },
  { pattern: /\bvi söker\b|\bsöker (?:nu |vi )?(?:en|ett|två|tre|dig)\b/iu, weight: 3, label: 'vi söker' },
  { pattern: /\b(?:kvalifikationer|krav på|meriterande|meriterar|erfarenhet av)\b/iu, weight: 2, label: 'kvalifikationer / meriterande' },
  { pattern: /\b(?:anställningsform|tillsvidareanställning|provanställning|visstidsanställning|vikariat|tillträde|sysselsättningsgrad)\b/iu, weight: 3, label: 'anställningsform / tillträde' },
  { pattern: /\b(?:fackliga företrädare|facklig företrädare|saco-s|ofr|seko)\b/iu, weight: 3, label: 'fackliga företrädare' },
  { pattern: /\b(?:individuell lönesättning|lön enligt överenskommelse|lönesättning)\b/iu, weight: 2, label: 'lönesättning' },
  { pattern: /\b(?:dina arbetsuppgifter|arbetsuppgifterna|om tjänsten|om jobbet|din profil|vem är du)\b/iu, weight: 2, label: 'arbetsuppgifter / din profil' },
  { pattern: /\b(?:rekrytering|rekryteringsprocess|urvalsprocess|intervjuer)\b/iu, weight: 1, label: 'rekrytering' },
  { pattern: /\bdu (?:har|är|kommer att)\b/iu, weight: 1, label: 'du har / du är' },
];

/** Phrases that mark a policy, guideline, routine or code of conduct. */
const POLICY_CUES: readonly Cue[] = [
  { pattern: /\b(?:policy|policyn|riktlinje|riktlinjer|riktlinjerna|rutin|rutinen|uppförandekod|handlingsplan|föreskrift|arbetsordning|instruktion)\b/iu, weight: 3, label: 'policy / riktlinje / rutin' },
  // A title line that says what it is ("RUTIN FÖR HANDLÄGGNING AV ANSÖKNINGAR OM FÖRENINGSBIDRAG",
  // "FÖRESKRIFTER angående …" under a letterhead): it outweighs the job-ad cue a grant routine's
  // "ansökan ska vara inkommen senast" gives, and a recruitment routine's talk of
  // "kvalifikationer", "anställningsform" and "fackliga företrädare". Only near the top: a news item's "Läs mer: Rutin för
  // praktik" link is not its title.
  { pattern: /^\s*(?:rutin|rutiner|riktlinje|riktlinjer|policy|instruktion|handbok|frågor\s+och\s+svar|arbetsordning|delegationsordning|uppförandekod|föreskrifter?)\s+(?:och\s+\p{L}+\s+)?(?:för|om|vid|mot|kring|angående|rörande|avseende)\s/imu, weight: 7, label: GENRE_TITLE_LABEL, within: TITLE_AREA },
  { pattern: /\b(?:gäller för|omfattar alla|tillämpas på|gäller alla (?:medarbetare|anställda))\b/iu, weight: 2, label: 'gäller för' },
  { pattern: /\b(?:(?:beslutad|beslutat|beslutade) av|fastställd av|fastställt|beslutsdatum|giltig från|gäller från|ersätter)\b|\bgäller fr\.\s?o\.\s?m\./iu, weight: 3, label: 'beslutad / fastställd / gäller från' },
  { pattern: /\b(?:dnr|diarienummer|dokumentägare|ansvarig för dokumentet|revideras|revidering|versionsnummer)\b/iu, weight: 2, label: 'diarienummer / revidering' },
  { pattern: /\b(?:syfte|syftet med|bakgrund|ansvar och roller|ansvarsfördelning)\b/iu, weight: 1, label: 'syfte / ansvar' },
  { pattern: /\b(?:medarbetare ska|anställda ska|chefer ska|chef ska|myndigheten ska)\b/iu, weight: 2, label: 'medarbetare ska' },
];

/**
 * Phrases that mark a record of something rather than a rule or an offer: minutes, press
 * releases. Minutes of a management meeting say "beslutade", "riktlinje", "dnr" and "ska" as
 * often as a policy does, but a policy's checks (who decided it, whom it applies to) make no
 * sense for them.
 */
const RECORD_CUES: readonly Cue[] = [
  { pattern: /^\s*(?:protokoll|mötesanteckningar|minnesanteckningar)\b|\bprotokoll (?:fört|från|vid)\b/imu, weight: 4, label: 'protokoll' },
  { pattern: /\b(?:närvarande|frånvarande|justerare)\s*:|\bvid protokollet\b|\bjusteras\b/iu, weight: 3, label: 'närvarande / justeras' },
  { pattern: /\b(?:mötets öppnande|dagordning(?:en)?|föregående protokoll|nästa möte|sammanträde(?:t)?)\b/iu, weight: 2, label: 'dagordning / sammanträde' },
  { pattern: /^\s*pressmeddelande\b|\bpresskontakt\b|\bför mer information,? kontakta\b/imu, weight: 4, label: 'pressmeddelande' },
  { pattern: /\bintranätet\s*>|\bnyheter\s*>|^\s*nyhet\s*:/imu, weight: 4, label: 'nyhet (sökväg)' },
  { pattern: /\bpublicerad\s+(?:den\s+)?\d{4}-\d\d-\d\d\b/iu, weight: 3, label: 'publicerad <datum>' },
  // A quoted person, as news items write: "– …, säger HR-specialist Amira Hassan".
  { pattern: /,\s+säger\s+(?:\p{Lu}|HR-|enhetschef|avdelningschef|generaldirektör|chef)/u, weight: 2, label: 'citat (säger …)' },
];

/** Evidence a type needs before it is chosen over "other". */
const MIN_SCORE = 4;

/**
 * Guesses whether a document is a job ad, a policy/guideline or something else from the
 * phrases it uses, looking at the title and first part most (where genres announce
 * themselves). The result is a suggestion: users can always override it.
 */
export function detectDocumentType(document: Pick<ImportedDocument, 'text' | 'metadata'>): DocumentTypeDetection {
  // The title and the first 6000 characters decide; long documents quote other genres later on.
  const head = `${document.metadata.title}\n${document.text.slice(0, 6000)}`;
  const evidence: string[] = [];
  const score = (cues: readonly Cue[]): number =>
    cues.reduce((sum, cue) => {
      if (!cue.pattern.test(cue.within === undefined ? head : head.slice(0, cue.within))) return sum;
      evidence.push(cue.label);
      return sum + cue.weight;
    }, 0);
  const policy = score(POLICY_CUES);
  // A document titled "Riktlinje för rekrytering" describes job ads rather than being one: it
  // names their parts (last day, union contacts, pay) one after another, and those cues once
  // outweighed its title. With a genre title, job-ad cues count half.
  const titled = evidence.includes(GENRE_TITLE_LABEL);
  const jobad = titled ? Math.floor(score(JOB_AD_CUES) / 2) : score(JOB_AD_CUES);
  const record = score(RECORD_CUES);
  const best = Math.max(jobad, policy);
  if (best < MIN_SCORE) {
    return { type: 'other', confidence: round(1 - best / (MIN_SCORE * 2)), scores: { jobad, policy }, evidence };
  }
  if (record >= MIN_SCORE && record >= best) {
    return { type: 'other', confidence: round(0.5 + (0.5 * (record - best + 1)) / (record + 1)), scores: { jobad, policy }, evidence };
  }
  const type: DocumentType = jobad >= policy ? 'jobad' : 'policy';
  const margin = Math.abs(jobad - policy) / best;
  const strength = Math.min(1, best / 12);
  return { type, confidence: round(0.5 + 0.5 * margin * strength), scores: { jobad, policy }, evidence };
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}
