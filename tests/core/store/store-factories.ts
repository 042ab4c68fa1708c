import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDocument, type CheckResult } from '../../../core/check/check-document.js';
import { compileRuleSet, type CompiledRuleSet } from '../../../core/check/compile-rule-set.js';
import { documentFromText } from '../../../core/import/index.js';
import type { ImportedDocument } from '../../../core/model/document.js';
import { buildChecklistItems } from '../../../core/review/build-checklist-items.js';
import { carryOver } from '../../../core/review/carry-over.js';
import type { ChecklistItem, Decision, DecisionRecord, ParagraphChange, ResolvedItem } from '../../../core/review/checklist-types.js';
import { diffParagraphs } from '../../../core/review/paragraph-diff.js';
import { loadRulePacks, type RuleSet } from '../../../core/rules/load/load-rule-packs.js';
import type { NewReview, StoredReviewer } from '../../../core/store/review-store.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

/**
 * Real values for store tests: documents imported with the real importer, checked with the
 * real rules, turned into checklist items and carried over by the real review code. Hand-made
 * fakes would only test that the store returns what the test invented.
 */

let rules: { ruleSet: RuleSet; compiled: CompiledRuleSet } | undefined;
function loadedRules(): { ruleSet: RuleSet; compiled: CompiledRuleSet } {
  if (!rules) {
    const ruleSet = loadRulePacks({ directories: [builtinRulesDirectory()] });
    rules = { ruleSet, compiled: compileRuleSet(ruleSet) };
  }
  return rules;
}

/** A document with its check and its checklist items, all open and new. */
export interface CheckedText {
  readonly document: ImportedDocument;
  readonly check: CheckResult;
  readonly items: ChecklistItem[];
}

export function checkText(text: string, fileName: string): CheckedText {
  const { ruleSet, compiled } = loadedRules();
  const document = documentFromText(text, fileName);
  const check = checkDocument(document, compiled);
  return { document, check, items: buildChecklistItems(check, ruleSet.questions, check.documentType.type) };
}

const POLICY_FIXTURE = new URL('../../fixtures/documents/policyer/uppforandekod-brister.txt', import.meta.url);

/** Version 1 of a code of conduct with classic mistakes (21 findings, standing questions). */
export function policyVersion1(): CheckedText {
  return checkText(readFileSync(POLICY_FIXTURE, 'utf8'), 'uppforandekod.txt');
}

/** Text of version 2: the ban on party politics removed, a paragraph reworded, a new problem added. */
export function policyVersion2Text(): string {
  const text = readFileSync(POLICY_FIXTURE, 'utf8')
    .replace(' Medarbetare får inte engagera sig i politiska partier.', '')
    .replace('Vi tar aldrig emot mutor.', 'Vi tar aldrig emot mutor eller andra otillbörliga förmåner.');
  return `${text.trimEnd()}\n\nSociala medier\n\nDu får inte uttala dig om myndighetens verksamhet i sociala medier.\n`;
}

/** Version 2 carried over from version 1's items (with their decisions) by the real carry-over code. */
export function policyVersion2(previous: CheckedText, previousItems: readonly ChecklistItem[]): CheckedText & { resolved: ResolvedItem[]; changes: ParagraphChange[] } {
  const next = checkText(policyVersion2Text(), 'uppforandekod-v2.txt');
  const carried = carryOver(previousItems, next.items);
  return { ...next, items: carried.items, resolved: carried.resolved, changes: diffParagraphs(previous.document.blocks, next.document.blocks) };
}

let counter = 0;
/** A NewReview of a checked text; ids are unique within the test run. */
export function newReview(versionId: number, checked: CheckedText, overrides: Partial<NewReview> = {}): NewReview {
  counter++;
  return {
    reviewId: `review-${process.pid}-${counter}`,
    versionId,
    documentType: checked.check.documentType.type,
    ruleSet: { version: checked.check.ruleSet.version, hash: checked.check.ruleSet.hash },
    createdAt: `2025-03-04T09:00:${String(counter % 60).padStart(2, '0')}.000Z`,
    createdBy: 'Anna Lind',
    check: checked.check,
    items: checked.items,
    resolved: [],
    changes: [],
    ...overrides,
  };
}

/** A decision as a reviewer records it; `accepted` and `not-applicable` get a reason. */
export function decided(decision: Decision, reviewer = 'Anna Lind', decidedAt = '2025-03-04T10:00:00.000Z', extra: Partial<DecisionRecord> = {}): DecisionRecord {
  const reason = decision === 'accepted' || decision === 'not-applicable' ? { reason: `Motivering för ${decision}` } : {};
  return { decision, reviewer, decidedAt, ...reason, ...extra };
}

/**
 * `count` items made from real ones by repeating them with new keys and positions: a checklist
 * as long as a 300-page policy's, without checking a 300-page policy in every test.
 */
export function manyItems(base: readonly ChecklistItem[], count: number): ChecklistItem[] {
  if (base.length === 0) throw new Error('manyItems needs at least one real item');
  return Array.from({ length: count }, (_, position) => {
    const source = base[position % base.length]!;
    const { previousKey: _previous, ...rest } = source;
    return { ...rest, key: `${source.key}-${position}`, fingerprint: createHash('sha256').update(`${source.fingerprint}/${position}`).digest('hex'), carry: 'new', decision: undefined, position };
  });
}

/** A reviewer with a real Ed25519 key pair, the private key encrypted with a passphrase. */
export function testReviewer(name: string, createdAt = '2025-03-01T08:00:00.000Z'): StoredReviewer {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    name,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    encryptedPrivateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'korrekt häst batteri' }).toString(),
    keyFingerprint: `SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}`,
    createdAt,
  };
}

/** A fresh temporary folder and a function that removes it. */
export function tempFolder(prefix = 'vardekollen-store-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
