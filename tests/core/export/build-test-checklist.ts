import { createHash } from 'node:crypto';
import { checkDocument, type CheckResult } from '../../../core/check/check-document.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import type { Finding } from '../../../core/check/finding.js';
import { documentFromText } from '../../../core/import/index.js';
import type { ImportedDocument } from '../../../core/model/document.js';
import type { Checklist, ChecklistItem, DecisionRecord, Occurrence, ParagraphChange, ResolvedItem, SignatureSummary } from '../../../core/review/checklist-types.js';
import { PRINCIPLE_IDS } from '../../../core/principles/principles.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';
import { readJobAdFixture } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';

/**
 * A small, independent checklist builder for the export tests: real documents checked by the
 * real rules, grouped and carried over the simple way (same rule and same passage in lower
 * case is one item, and its fingerprint; the same fingerprint in the next version is the
 * same item). It is not the
 * product's builder (core/review); it only has to give the exports realistic data.
 */
export const RULE_SET = loadRulePacks({ directories: [builtinRulesDirectory()] });
const COMPILED = compileRuleSet(RULE_SET);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The cleaning-job ad (two gendered job titles, health demands, no reference number) with one merit sentence added. */
export const AD_V1 = readJobAdFixture('statens-fastighetsverk-lokalvardare.txt').replace(
  'Erfarenhet av lokalvård är meriterande.',
  'Erfarenhet av lokalvård är meriterande. Stor vikt läggs vid personlig lämplighet.',
);

/** Hostile text a document may contain: HTML, a script, Markdown structure and a javascript: link. */
export const HOSTILE = '<script>alert("x")</script> & *stjärnor* | [länk](javascript:alert(1)) <img src=x onerror=alert(2)>';

/** The next draft: "Han/hon" fixed, the health sentence rewritten (with hostile text), an age demand added. */
export const AD_V2 = AD_V1.replace('Han/hon ska kunna', 'Du ska kunna')
  .replace('Den vi söker är frisk och har god fysik.', `Den vi söker är frisk och har god fysik ${HOSTILE}.`)
  .replace(
    'Vi erbjuder friskvårdsbidrag, arbetskläder och introduktion hos en erfaren kollega.',
    'Vi erbjuder friskvårdsbidrag, arbetskläder och introduktion hos en erfaren kollega.\n\nVi tror att du är ung och energisk.',
  );

export const REVIEWERS = { first: 'Åsa Öberg', second: 'Per-Erik Lind' } as const;

export const SIGNATURES: readonly SignatureSummary[] = [
  { reviewer: REVIEWERS.first, keyFingerprint: 'SHA256:9f2c4e7a1b3d5f60c8e2a4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5', signedAt: '2025-03-07T14:02:11.000Z' },
  { reviewer: REVIEWERS.second, keyFingerprint: 'SHA256:04b8e1d2c3a4f5e6d7c8b9a0f1e2d3c4b5a6978877665544332211ffeeddccbb', signedAt: '2025-03-07T15:45:30.000Z' },
];

interface Checked {
  readonly document: ImportedDocument;
  readonly result: CheckResult;
}

export function checkAd(text: string, fileName: string): Checked {
  const document = documentFromText(text, fileName);
  return { document, result: checkDocument(document, COMPILED, { type: 'jobad' }) };
}

function ruleTitle(ruleId: string): { sv: string; en: string } {
  const rule = RULE_SET.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.title;
}

/** Findings grouped into items (open, new), then two standing questions, positioned by principle. */
function buildItems(result: CheckResult): ChecklistItem[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const key = `${finding.ruleId}\u0000${finding.quote.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const items: Omit<ChecklistItem, 'position'>[] = [...groups].map(([key, findings]) => {
    const first = findings[0]!;
    const occurrences: Occurrence[] = first.span
      ? findings.map((f) => ({ findingId: f.id, quote: f.quote, ...(f.span ? { span: f.span } : {}), ...(f.origin ? { origin: f.origin } : {}), ...(f.context !== undefined ? { context: f.context } : {}) }))
      : [];
    return {
      key: `f-${sha256(key).slice(0, 12)}`,
      kind: 'finding',
      principle: first.principle,
      severity: first.severity,
      title: ruleTitle(first.ruleId),
      message: first.message,
      ruleId: first.ruleId,
      occurrences,
      suggestion: first.suggestion,
      legal: first.legal,
      fingerprint: sha256(key),
      carry: 'new',
      decision: undefined,
    };
  });
  items.push(
    {
      key: 'q-samverkan',
      kind: 'question',
      principle: 'demokrati',
      severity: 'info',
      title: { sv: 'Samverkan med de fackliga organisationerna', en: 'Consultation with the trade unions' },
      message: { sv: 'Har samverkan med de fackliga organisationerna skett innan annonsen publiceras?', en: 'Have the trade unions been consulted before the ad is published?' },
      questionId: 'vardegrund/samverkan-facket',
      occurrences: [],
      answerPrompt: { sv: 'Protokollsreferens:', en: 'Minutes reference:' },
      legal: [{ law: 'lag om medbestämmande i arbetslivet', sfs: '1976:580', section: '11' }],
      fingerprint: sha256('question vardegrund/samverkan-facket'),
      carry: 'new',
      decision: undefined,
    },
    {
      key: 'q-aktiva-atgarder',
      kind: 'question',
      principle: 'respekt',
      severity: 'info',
      title: { sv: 'Aktiva åtgärder vid rekrytering', en: 'Active measures in recruitment' },
      message: { sv: 'Har kraven prövats mot diskrimineringslagens krav på aktiva åtgärder?', en: 'Have the requirements been checked against the active measures of the Discrimination Act?' },
      questionId: 'vardegrund/aktiva-atgarder',
      occurrences: [],
      answerPrompt: { sv: 'Vem prövade och när:', en: 'Checked by and when:' },
      legal: [{ law: 'diskrimineringslagen', sfs: '2008:567', chapter: 3, section: '5' }],
      fingerprint: sha256('question vardegrund/aktiva-atgarder'),
      carry: 'new',
      decision: undefined,
    },
  );
  const rank = (item: Omit<ChecklistItem, 'position'>) => PRINCIPLE_IDS.indexOf(item.principle) * 1e9 + (item.kind === 'question' ? 1e8 : 0) + (item.occurrences[0]?.span?.start ?? -1);
  return items.sort((a, b) => rank(a) - rank(b)).map((item, position) => ({ ...item, position }));
}

/** Paragraph changes by a longest common subsequence of block texts; unmatched neighbours pair up as changed. */
function diffBlocks(before: ImportedDocument, after: ImportedDocument): ParagraphChange[] {
  const a = before.blocks;
  const b = after.blocks;
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i]!.text === b[j]!.text ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const changes: ParagraphChange[] = [];
  let removed: typeof a = [];
  let added: typeof b = [];
  const flush = () => {
    const n = Math.max(removed.length, added.length);
    for (let k = 0; k < n; k++) {
      const r = removed[k];
      const d = added[k];
      const side = (block: (typeof a)[number]) => ({ blockId: block.id, text: block.text, origin: block.origin });
      changes.push({ kind: r && d ? 'changed' : r ? 'removed' : 'added', ...(r ? { before: side(r) } : {}), ...(d ? { after: side(d) } : {}) });
    }
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.text === b[j]!.text) {
      flush();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) removed = [...removed, a[i++]!];
    else added = [...added, b[j++]!];
  }
  flush();
  return changes;
}

function decide(decision: DecisionRecord['decision'], reviewer: string, decidedAt: string, extra: { reason?: string; answer?: string } = {}): DecisionRecord {
  return { decision, reviewer, decidedAt, ...extra };
}

function base(checked: Checked, version: number, createdAt: string): Omit<Checklist, 'items' | 'resolved' | 'changes' | 'signatures' | 'status'> {
  const m = checked.document.metadata;
  return {
    reviewId: `review-${version}`,
    seriesName: 'Lokalvårdare Stockholm 2025 & <vikariat>',
    version,
    documentType: checked.result.documentType.type,
    document: { ...(m.fileName !== undefined ? { fileName: m.fileName } : {}), title: m.title, format: m.format, fileSha256: m.fileSha256, textSha256: m.textSha256, wordCount: m.wordCount },
    ruleSet: { version: checked.result.ruleSet.version, hash: checked.result.ruleSet.hash },
    createdAt,
  };
}

/** The reason on the allergy item: realistic, with hostile text a reviewer might paste. */
export const ALLERGY_REASON = `Arbetsmiljöskäl: rengöringsmedlen kräver det. ${HOSTILE}`;

/** Version 1: partly decided, still open, not signed. */
export function buildVersion1(): { checked: Checked; checklist: Checklist } {
  const checked = checkAd(AD_V1, 'lokalvardare-v1.txt');
  const at = '2025-03-03T09:30:00.000Z';
  const items = buildItems(checked.result).map((item): ChecklistItem => {
    switch (item.ruleId ?? item.questionId) {
      case 'vardegrund/jobbannons/kon-pronomen':
        return { ...item, decision: decide('fixed', REVIEWERS.first, at) };
      case 'vardegrund/jobbannons/halsa-allergi':
        return { ...item, decision: decide('accepted', REVIEWERS.first, at, { reason: ALLERGY_REASON }) };
      case 'vardegrund/jobbannons/referensnummer':
        return { ...item, decision: decide('not-applicable', REVIEWERS.second, '2025-03-03T10:05:00.000Z', { reason: 'Annonsen publiceras utan diarienummer enligt myndighetens rutin.' }) };
      case 'vardegrund/samverkan-facket':
        return { ...item, decision: decide('fixed', REVIEWERS.second, '2025-03-03T10:06:00.000Z', { answer: 'Protokoll 2025-03-04 § 12' }) };
      default:
        return item;
    }
  });
  return { checked, checklist: { ...base(checked, 1, '2025-03-03T09:00:00.000Z'), status: 'open', items, resolved: [], changes: [], signatures: [] } };
}

/** Version 2: carried over from version 1, every item decided, completed and signed twice. */
export function buildVersion2(v1: { checked: Checked; checklist: Checklist } = buildVersion1()): { checked: Checked; checklist: Checklist } {
  const checked = checkAd(AD_V2, 'lokalvardare-v2.txt');
  const previous = new Map(v1.checklist.items.map((item) => [item.fingerprint, item]));
  const at = '2025-03-07T13:40:00.000Z';
  const items = buildItems(checked.result).map((item): ChecklistItem => {
    const carried = previous.get(item.fingerprint);
    const withCarry: ChecklistItem = carried ? { ...item, key: carried.key, carry: 'remaining', previousKey: carried.key, decision: carried.decision } : item;
    if (withCarry.decision && withCarry.decision.decision !== 'open') return withCarry;
    if (withCarry.kind === 'question') return { ...withCarry, decision: decide('fixed', REVIEWERS.first, at, { answer: 'Åsa Öberg och HR-specialist, 2025-03-06' }) };
    if (withCarry.ruleId === 'vardegrund/jobbannons/alder-ung') return { ...withCarry, decision: decide('fixed', REVIEWERS.second, at) };
    return { ...withCarry, decision: decide('accepted', REVIEWERS.first, at, { reason: `Godtas i denna version: ${withCarry.title.sv.toLowerCase()}.` }) };
  });
  const current = new Set(items.map((item) => item.fingerprint));
  const resolved: ResolvedItem[] = v1.checklist.items
    .filter((item) => item.kind === 'finding' && !current.has(item.fingerprint))
    .map((item) => ({
      previousKey: item.key,
      ...(item.ruleId !== undefined ? { ruleId: item.ruleId } : {}),
      principle: item.principle,
      title: item.title,
      quote: item.occurrences[0]?.quote ?? '',
      fingerprint: item.fingerprint,
      ...(item.decision ? { previousDecision: item.decision } : {}),
    }));
  const checklist: Checklist = {
    ...base(checked, 2, '2025-03-07T13:00:00.000Z'),
    status: 'completed',
    completedAt: '2025-03-07T14:00:00.000Z',
    completedBy: REVIEWERS.first,
    items,
    resolved,
    changes: diffBlocks(v1.checked.document, checked.document),
    signatures: SIGNATURES,
  };
  return { checked, checklist };
}
