import type { Checklist } from '../review/checklist-types.js';

type Element<T> = T extends readonly (infer E)[] ? E : T;
type Leaf = string | number | boolean;

/**
 * The order of an object's keys in the JSON, nested objects included. Every key of the type
 * must be listed (a mapped type with `-?`), so a field added to the checklist model is a type
 * error here until it is given its place, instead of silently missing from the export.
 */
type KeyOrder<T> = {
  readonly [K in keyof T]-?: NonNullable<Element<NonNullable<T[K]>>> extends Leaf ? true : KeyOrder<NonNullable<Element<NonNullable<T[K]>>>>;
};

const TEXT = { sv: true, en: true } as const;
const ORIGIN = {
  page: true,
  paragraphOnPage: true,
  box: { x: true, y: true, width: true, height: true },
  docxParagraph: true,
  line: true,
  table: { table: true, row: true, column: true },
  headingPath: true,
} as const;
const DECISION = { decision: true, reason: true, answer: true, reviewer: true, decidedAt: true } as const;
const BLOCK = { blockId: true, text: true, origin: ORIGIN } as const;

const CHECKLIST_ORDER: KeyOrder<Checklist> = {
  reviewId: true,
  seriesName: true,
  version: true,
  documentType: true,
  document: { fileName: true, title: true, format: true, fileSha256: true, textSha256: true, pageCount: true, wordCount: true },
  ruleSet: { version: true, hash: true },
  createdAt: true,
  status: true,
  completedAt: true,
  completedBy: true,
  items: {
    key: true,
    position: true,
    kind: true,
    principle: true,
    severity: true,
    ruleId: true,
    questionId: true,
    title: TEXT,
    message: TEXT,
    occurrences: { findingId: true, quote: true, span: { start: true, end: true }, origin: ORIGIN, context: true },
    suggestion: TEXT,
    answerPrompt: TEXT,
    legal: { law: true, sfs: true, chapter: true, section: true, paragraph: true, note: TEXT, url: true },
    fingerprint: true,
    carry: true,
    previousKey: true,
    reopened: DECISION,
    decision: DECISION,
  },
  resolved: { previousKey: true, ruleId: true, principle: true, title: TEXT, quote: true, fingerprint: true, previousDecision: DECISION },
  changes: { kind: true, before: BLOCK, after: BLOCK },
  signatures: { reviewer: true, keyFingerprint: true, signedAt: true },
};

/** A shape node: `true` for a value written as it is, an object for one whose keys are ordered. */
interface Shape {
  readonly [key: string]: true | Shape;
}

/**
 * The checklist as pretty JSON (two-space indent, trailing newline) for tools: keys in a fixed
 * order whatever order the object was built or stored in, absent optional fields left out,
 * arrays in the checklist's own order. The same checklist always gives the same bytes, so the
 * file can be diffed, hashed and committed; `JSON.parse` gives back an equal checklist.
 */
export function checklistJson(checklist: Checklist): string {
  return `${JSON.stringify(ordered(checklist, CHECKLIST_ORDER), null, 2)}\n`;
}

function ordered(value: unknown, shape: true | Shape): unknown {
  if (Array.isArray(value)) return value.map((element: unknown) => ordered(element, shape));
  if (shape === true || value === null || typeof value !== 'object') return value;
  const source = value as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(shape)) {
    // Keys outside the model are dropped on purpose: the format is what the type says.
    if (source[key] !== undefined) out[key] = ordered(source[key], child);
  }
  return out;
}
