import type { LocalizedText } from '../errors/localized-text.js';

/**
 * The six principles of den statliga värdegrunden (Statskontoret 2019; Värdegrundsdelegationen).
 * Ids are ASCII so they work in file names, SARIF and URLs.
 */
export const PRINCIPLE_IDS = [
  'demokrati',
  'legalitet',
  'objektivitet',
  'fri-asiktsbildning',
  'respekt',
  'effektivitet-service',
] as const;

export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

export interface Principle {
  readonly id: PrincipleId;
  readonly name: LocalizedText;
  /** What the principle means in one sentence. */
  readonly summary: LocalizedText;
  /** The sub-values the seed slides break it into (ids used by rules' `subValue`). */
  readonly subValues: readonly SubValue[];
  /** Its main legal sources, as a person would cite them. */
  readonly sources: readonly string[];
}

export interface SubValue {
  readonly id: string;
  readonly name: LocalizedText;
}

const sv = (id: string, svName: string, enName: string): SubValue => ({ id, name: { sv: svName, en: enName } });

export const PRINCIPLES: readonly Principle[] = [
  {
    id: 'demokrati',
    name: { sv: 'Demokrati', en: 'Democracy' },
    summary: { sv: 'All offentlig makt utgår från folket.', en: 'All public power proceeds from the people.' },
    subValues: [sv('folksuveranitet', 'All offentlig makt utgår från folket', 'All public power proceeds from the people'), sv('delaktighet', 'Delaktighet och inflytande', 'Participation and influence')],
    sources: ['RF 1 kap. 1 §'],
  },
  {
    id: 'legalitet',
    name: { sv: 'Legalitet', en: 'Legality' },
    summary: { sv: 'Den offentliga makten utövas under lagarna.', en: 'Public power is exercised under the law.' },
    subValues: [sv('lagbundenhet', 'Makten utövas under lagarna', 'Power exercised under the law'), sv('rattssakerhet', 'Rättssäkerhet och förutsebarhet', 'Legal certainty and predictability'), sv('beslutsordning', 'Beslutsordning och dokumentation', 'Decision-making and records')],
    sources: ['RF 1 kap. 1 § 3 st.', 'förvaltningslagen (2017:900) 5 §'],
  },
  {
    id: 'objektivitet',
    name: { sv: 'Objektivitet', en: 'Objectivity' },
    summary: { sv: 'Saklighet och opartiskhet; alla är lika inför lagen.', en: 'Impartiality and objectivity; everyone is equal before the law.' },
    subValues: [
      sv('saklighet', 'Saklighet', 'Objectivity'),
      sv('opartiskhet', 'Opartiskhet', 'Impartiality'),
      sv('jav', 'Jäv', 'Conflicts of interest'),
      sv('mutor', 'Mutor', 'Bribery'),
      sv('bisysslor', 'Bisysslor', 'Secondary employment'),
      sv('likhet', 'Likhet inför lagen', 'Equality before the law'),
      sv('fortjanst-skicklighet', 'Förtjänst och skicklighet', 'Merit and competence'),
    ],
    sources: ['RF 1 kap. 9 §', 'RF 12 kap. 5 §', 'LOA (1994:260) 4 §, 7–7 d §§', 'förvaltningslagen (2017:900) 16–18 §§', 'brottsbalken 10 kap. 5 a–5 e §§'],
  },
  {
    id: 'fri-asiktsbildning',
    name: { sv: 'Fri åsiktsbildning', en: 'Free formation of opinion' },
    summary: { sv: 'Yttrandefrihet, meddelarfrihet och offentlighet.', en: 'Freedom of expression, freedom to inform and public access.' },
    subValues: [
      sv('yttrandefrihet', 'Yttrandefrihet', 'Freedom of expression'),
      sv('meddelarfrihet', 'Meddelarfrihet', 'Freedom to communicate information'),
      sv('allmanna-handlingar', 'Allmänna handlingar', 'Official documents'),
      sv('pataliga-missforhallanden', 'Rätten att påtala missförhållanden', 'The right to point out wrongs'),
    ],
    sources: ['RF 1 kap. 1 §, 2 kap. 1 §', 'tryckfrihetsförordningen', 'yttrandefrihetsgrundlagen', 'offentlighets- och sekretesslagen (2009:400) 13 kap.'],
  },
  {
    id: 'respekt',
    name: { sv: 'Respekt för lika värde, frihet och värdighet', en: 'Respect for equal value, freedom and dignity' },
    summary: { sv: 'Alla människors lika värde, icke-diskriminering och integritet.', en: 'Equal worth of all people, non-discrimination and integrity.' },
    subValues: [
      sv('manniskovarde', 'Människovärdesprincipen', 'Human dignity'),
      sv('fri-och-rattigheter', 'Fri- och rättigheter', 'Freedoms and rights'),
      sv('icke-diskriminering', 'Icke-diskriminering', 'Non-discrimination'),
      sv('integritet', 'Integritet', 'Privacy'),
    ],
    sources: ['RF 1 kap. 2 §', 'diskrimineringslagen (2008:567)', 'dataskyddsförordningen (EU) 2016/679'],
  },
  {
    id: 'effektivitet-service',
    name: { sv: 'Effektivitet och service', en: 'Efficiency and service' },
    summary: { sv: 'Effektiv verksamhet, god service, tillgänglighet och klarspråk.', en: 'Efficient operations, good service, accessibility and plain language.' },
    subValues: [
      sv('tillganglighet', 'Tillgänglighet', 'Accessibility'),
      sv('bemotande', 'Bemötande', 'Treatment of the public'),
      sv('klarsprak', 'Klarspråk', 'Plain language'),
      sv('arbetsmiljo', 'Arbetsmiljö', 'Work environment'),
      sv('samarbete', 'Samarbete mellan myndigheter', 'Cooperation between agencies'),
      sv('effektivitet', 'Effektivitet', 'Efficiency'),
    ],
    sources: ['myndighetsförordningen (2007:515) 3 §', 'förvaltningslagen (2017:900) 6–7 §§', 'språklagen (2009:600) 10–11 §§', 'lag (2018:1937) om tillgänglighet till digital offentlig service'],
  },
];

export function principleById(id: PrincipleId): Principle {
  const principle = PRINCIPLES.find((p) => p.id === id);
  if (!principle) throw new RangeError(`unknown principle ${id}`);
  return principle;
}

export function isPrincipleId(value: unknown): value is PrincipleId {
  return typeof value === 'string' && (PRINCIPLE_IDS as readonly string[]).includes(value);
}
