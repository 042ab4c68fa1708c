import { formatMessage } from '../../../core/errors/vardekollen-error.js';
import type { ErrorCode } from '../../../core/errors/error-catalogue.js';
import type { Checklist, DecisionRecord } from '../../../core/review/checklist-types.js';
import type { CheckedDocument, CheckRequest, ProgressEvents, RuleCatalogue } from '../../../core/service/contract.js';
import type { ExportedFile, HistoryEvent, ReviewDocument, ReviewerInfo, StartedReview, StartReviewRequest, VerifyRequest } from '../../../core/service/review-contract.js';
import type { Settings } from '../../../core/service/settings.js';
import type { VerificationReport } from '../../../core/signoff/verification-report.js';
import { buildSignedFile, createReviewerKey, signableContent, signContent, type SignatureEntry } from '../../../core/signoff/index.js';
import type { StoredReviewer } from '../../../core/store/review-store.js';
import { createReviewService } from '../../../core/service/review-service.js';
import type { Api, Host } from '../../../renderer/src/api/api-types.js';
import { ServiceError } from '../../../renderer/src/api/service-error.js';
import { sampleChecklist, sampleDocument, sampleReviewDocument } from './sample-review.js';

/** A typed error as it arrives from any transport: code, params and both catalogue messages. */
export function serviceError(code: ErrorCode, params: Record<string, string | number> = {}): ServiceError {
  return new ServiceError(code, formatMessage(code, params), params);
}

/** What the interface asked of the service, in order. */
export interface Call {
  readonly method: keyof Api;
  readonly request: unknown;
}

/** Handlers a test can replace: the slow or failing parts (import, check, verify, sign). */
export interface FakeHandlers {
  checkDocument?: (request: CheckRequest, events?: ProgressEvents) => Promise<CheckedDocument>;
  startReview?: (request: StartReviewRequest, events?: ProgressEvents) => Promise<StartedReview>;
  verify?: (request: VerifyRequest) => Promise<VerificationReport>;
}

export interface FakeService {
  readonly api: Api;
  readonly host: Host & { readonly saved: ExportedFile[] };
  readonly calls: Call[];
  checklist: Checklist;
  settings: Settings;
  readonly handlers: FakeHandlers;
  callsOf(method: keyof Api): unknown[];
}

/**
 * A fake service for component tests, typed as the real Api: it keeps one review in memory and
 * refuses what the real service refuses (a decision without its reason, completing with open
 * items), so the interface is tested against the contract's behaviour, not against a stub.
 */
export function createFakeService(options: { settings?: Partial<Settings>; checklist?: Checklist; reviewDocument?: ReviewDocument } = {}): FakeService {
  const document = sampleDocument();
  const calls: Call[] = [];
  const decisions = new Map<string, DecisionRecord[]>();
  const history: HistoryEvent[] = [];
  let clock = Date.parse('2025-03-12T10:00:00.000Z');
  const now = (): string => new Date((clock += 60_000)).toISOString();
  const saved: ExportedFile[] = [];
  const reviewers: StoredReviewer[] = [];
  let signatures: SignatureEntry[] = [];
  // The real rule catalogue (listRules reads the rule packs only; no database is opened).
  const rules = createReviewService({ databasePath: '/nonexistent/vardekollen-renderer-tests.sqlite' });
  const handlers: FakeHandlers = {};

  const fake: FakeService = {
    calls,
    handlers,
    checklist: options.checklist ?? sampleChecklist(document),
    settings: { language: 'sv', reviewerName: 'Anna Berg', rulePacks: [], disabledRules: [], enabledRules: [], ...options.settings },
    host: { kind: 'browser', saved, saveFile: async (file) => (saved.push(file), file.fileName) },
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.request),
    api: undefined as unknown as Api,
  };
  const reviewDocument = options.reviewDocument ?? sampleReviewDocument(fake.checklist, document);
  const record = (method: keyof Api, request: unknown): void => {
    calls.push({ method, request });
  };
  const unused = (method: string) => async (): Promise<never> => {
    throw new Error(`${method} is not used in this test`);
  };

  const api: Api = {
    async getSettings() {
      record('getSettings', undefined);
      return fake.settings;
    },
    async updateSettings(patch) {
      record('updateSettings', patch);
      fake.settings = { ...fake.settings, ...patch };
      return fake.settings;
    },
    async listSeries() {
      record('listSeries', undefined);
      const c = fake.checklist;
      return [{ name: c.seriesName, documentType: c.documentType, versions: c.version, latest: { version: c.version, reviewId: c.reviewId, status: c.status, openItems: c.items.filter((i) => !i.decision || i.decision.decision === 'open').length } }];
    },
    async getChecklist(request) {
      record('getChecklist', request);
      if (request.reviewId !== fake.checklist.reviewId) throw serviceError('REVIEW_NOT_FOUND', { id: request.reviewId });
      return fake.checklist;
    },
    async getReviewDocument(request) {
      record('getReviewDocument', request);
      return reviewDocument;
    },
    async decide(request) {
      record('decide', request);
      if (fake.checklist.status === 'completed') throw serviceError('REVIEW_COMPLETED');
      if ((request.decision === 'accepted' || request.decision === 'not-applicable') && !request.reason?.trim()) throw serviceError('REASON_REQUIRED', { decision: request.decision });
      const decision: DecisionRecord = { decision: request.decision, ...(request.reason ? { reason: request.reason } : {}), ...(request.answer ? { answer: request.answer } : {}), reviewer: request.reviewer, decidedAt: now() };
      decisions.set(request.itemKey, [...(decisions.get(request.itemKey) ?? []), decision]);
      history.push({ id: history.length + 1, at: decision.decidedAt, actor: request.reviewer, action: 'decision-recorded', reviewId: request.reviewId, itemKey: request.itemKey, details: { decision: request.decision } });
      fake.checklist = { ...fake.checklist, items: fake.checklist.items.map((item) => (item.key === request.itemKey ? { ...item, decision } : item)) };
      const item = fake.checklist.items.find((i) => i.key === request.itemKey);
      if (!item) throw serviceError('ITEM_NOT_FOUND', { item: request.itemKey, review: request.reviewId });
      return item;
    },
    async itemHistory(request) {
      record('itemHistory', request);
      return decisions.get(request.itemKey) ?? [];
    },
    async completeReview(request) {
      record('completeReview', request);
      const open = fake.checklist.items.filter((i) => !i.decision || i.decision.decision === 'open').length;
      if (open > 0) throw serviceError('ITEMS_OPEN', { count: open });
      fake.checklist = { ...fake.checklist, status: 'completed', completedAt: now(), completedBy: request.reviewer };
      return fake.checklist;
    },
    async reopenReview(request) {
      record('reopenReview', request);
      const { completedAt: _a, completedBy: _b, ...rest } = fake.checklist;
      fake.checklist = { ...rest, status: 'open' };
      return fake.checklist;
    },
    async history(request) {
      record('history', request);
      return history;
    },
    async checkDocument(request, events) {
      record('checkDocument', request);
      if (!handlers.checkDocument) throw new Error('checkDocument: no handler in this test');
      return handlers.checkDocument(request, events);
    },
    async startReview(request, events) {
      record('startReview', request);
      if (!handlers.startReview) return { checklist: fake.checklist, check: reviewDocument.check, reused: false };
      return handlers.startReview(request, events);
    },
    async verify(request) {
      record('verify', request);
      if (!handlers.verify) throw new Error('verify: no handler in this test');
      return handlers.verify(request);
    },
    async listReviewers() {
      record('listReviewers', undefined);
      return reviewers.map(({ name, keyFingerprint, createdAt }): ReviewerInfo => ({ name, keyFingerprint, createdAt }));
    },
    async createReviewer(request) {
      record('createReviewer', request);
      if (reviewers.some((r) => r.name === request.name)) throw serviceError('REVIEWER_EXISTS', { name: request.name });
      const reviewer = createReviewerKey(request.name, request.passphrase, now());
      reviewers.push(reviewer);
      return { name: reviewer.name, keyFingerprint: reviewer.keyFingerprint, createdAt: reviewer.createdAt };
    },
    async signReview(request) {
      record('signReview', { ...request, passphrase: '(hidden)' });
      if (fake.checklist.status !== 'completed') throw serviceError('REVIEW_NOT_COMPLETED');
      const reviewer = reviewers.find((r) => r.name === request.reviewer);
      if (!reviewer) throw serviceError('REVIEWER_NOT_FOUND', { name: request.reviewer });
      const content = signableContent(fake.checklist);
      const entry = signContent(content, reviewer, request.passphrase, now());
      signatures = [...signatures, entry];
      fake.checklist = { ...fake.checklist, signatures: signatures.map((s) => ({ reviewer: s.reviewer, keyFingerprint: s.keyFingerprint, signedAt: s.signedAt })) };
      return buildSignedFile(content, signatures);
    },
    async signedFile(request) {
      record('signedFile', request);
      return buildSignedFile(signableContent(fake.checklist), signatures);
    },
    async listRules(request) {
      record('listRules', request);
      const catalogue: RuleCatalogue = await rules.listRules(request);
      return catalogue;
    },
    async exportChecklist(request) {
      record('exportChecklist', request);
      return { fileName: `${request.reviewId}.md`, mediaType: 'text/markdown', bytes: new TextEncoder().encode(`# ${fake.checklist.seriesName}\n`) };
    },
    importDocument: unused('importDocument'),
  };
  (fake as { api: Api }).api = api;
  return fake;
}
