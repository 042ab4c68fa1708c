import type * as Sarif from 'sarif';
import type { Language, LocalizedText } from '../errors/localized-text.js';
import type { Finding } from '../check/finding.js';
import { describeOrigin } from '../model/describe-origin.js';
import type { BlockOrigin } from '../model/document.js';
import type { Rule, Severity } from '../rules/rule-types.js';
import { principleById } from '../principles/principles.js';
import { formatLegalReference } from './format-legal-reference.js';

/** One finding as SARIF reports it, with the review state when there is one. */
export interface SarifFinding {
  readonly finding: Finding;
  /** SARIF baselineState: compared with the previous version of the document. */
  readonly baselineState?: 'new' | 'unchanged' | 'updated' | 'absent';
  /** Stable across versions of the document (see core/review fingerprints). */
  readonly fingerprint?: string;
  /** Accepted or not-applicable items are reported as suppressed, with the reviewer's reason. */
  readonly suppression?: { readonly status: 'accepted'; readonly justification: string };
}

export interface SarifArtifact {
  /** The file as the user named it (relative paths are kept relative). */
  readonly uri: string;
  readonly fileSha256: string;
  readonly textSha256: string;
  readonly findings: readonly SarifFinding[];
  /** Said about the artifact as a whole, as a tool notification: a text that is not Swedish. */
  readonly notice?: LocalizedText;
}

export interface SarifInput {
  readonly toolVersion: string;
  readonly ruleSetVersion: string;
  readonly ruleSetHash: string;
  /** Rules to describe in the tool component (at least those with results). */
  readonly rules: readonly Rule[];
  readonly artifacts: readonly SarifArtifact[];
  readonly language: Language;
}

/** SARIF has no 'info': our info is its 'note'. */
export const SARIF_LEVEL: Readonly<Record<Severity, Sarif.Result.level>> = { error: 'error', warning: 'warning', info: 'note' };

/** The key of Värdekollen's passage fingerprint in a result's `partialFingerprints`. */
export const PASSAGE_FINGERPRINT_KEY = 'vardekollen/passage/v1';

/** The schema every log names. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A located passage: what a finding or a checklist occurrence says about where it is. */
export interface SarifPassage {
  readonly quote: string;
  readonly span?: { readonly start: number; readonly end: number };
  readonly origin?: BlockOrigin;
}

/**
 * Where a passage is: the artifact, the region as character offsets into the normalised text
 * (with the quote as snippet) when there is a span, and "sida 3, stycke 2" as a logical
 * location for people when there is an origin. A passage with neither (a document-level
 * finding) points at the artifact alone.
 */
export function passageLocation(uri: string, artifactIndex: number, passage: SarifPassage, language: Language): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri, index: artifactIndex },
      ...(passage.span
        ? { region: { charOffset: passage.span.start, charLength: passage.span.end - passage.span.start, snippet: { text: passage.quote } } }
        : {}),
    },
    ...(passage.origin ? { logicalLocations: [{ name: describeOrigin(passage.origin, language), kind: 'element' }] } : {}),
  };
}

/**
 * A SARIF 2.1.0 log of check or review results, for code-scanning dashboards and CI. Regions
 * carry character offsets into the document's normalised text (PDF and DOCX have no text
 * lines of their own); the artifact's `properties.textSha256` identifies that text, and each
 * location's logical location says "page 3, paragraph 2" for people.
 */
export function buildSarif(input: SarifInput): Sarif.Log {
  const usedRuleIds = new Set(input.artifacts.flatMap((a) => a.findings.map((f) => f.finding.ruleId)));
  const rules = input.rules.filter((r) => usedRuleIds.has(r.id)).sort((a, b) => a.id.localeCompare(b.id));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const lang = input.language;

  const results: Sarif.Result[] = input.artifacts.flatMap((artifact, artifactIndex) =>
    artifact.findings.map(({ finding, baselineState, fingerprint, suppression }) => {
      const location = passageLocation(artifact.uri, artifactIndex, finding, lang);
      const result: Sarif.Result = {
        ruleId: finding.ruleId,
        ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
        level: SARIF_LEVEL[finding.severity],
        message: { text: finding.message[lang] },
        locations: [location],
        properties: { principle: finding.principle, subValue: finding.subValue, findingId: finding.id, messageId: finding.messageId },
        ...(fingerprint ? { partialFingerprints: { [PASSAGE_FINGERPRINT_KEY]: fingerprint } } : {}),
        ...(baselineState ? { baselineState } : {}),
        ...(suppression ? { suppressions: [{ kind: 'external', status: suppression.status, justification: suppression.justification }] } : {}),
      };
      return result;
    }),
  );

  // A text the rules cannot read (not Swedish) is a limit of the run, not a result: SARIF's
  // place for that is a notification on the invocation.
  const notifications: Sarif.Notification[] = input.artifacts.flatMap((artifact, artifactIndex) =>
    artifact.notice
      ? [{ level: 'warning', message: { text: artifact.notice[lang] }, locations: [{ physicalLocation: { artifactLocation: { uri: artifact.uri, index: artifactIndex } } }] }]
      : [],
  );

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        ...(notifications.length > 0 ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {}),
        tool: { driver: sarifDriver(input.toolVersion, rules.map((rule) => ruleDescriptor(rule, lang)), { version: input.ruleSetVersion, hash: input.ruleSetHash }) },
        language: sarifLanguage(lang),
        artifacts: input.artifacts.map((artifact) => ({
          location: { uri: artifact.uri },
          hashes: { 'sha-256': artifact.fileSha256 },
          properties: { textSha256: artifact.textSha256, offsetsRefer: 'normalised-text' },
        })),
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

/** The tool component: Värdekollen, its version, the rules the results refer to and the rule set they come from. */
export function sarifDriver(toolVersion: string, rules: Sarif.ReportingDescriptor[], ruleSet: { readonly version: string; readonly hash: string }): Sarif.ToolComponent {
  return {
    name: 'Värdekollen',
    version: toolVersion,
    informationUri: 'https://github.com/vardekollen/vardekollen',
    semanticVersion: toolVersion,
    rules,
    properties: { ruleSetVersion: ruleSet.version, ruleSetHash: ruleSet.hash },
  };
}

/** The run's natural language as SARIF names it (RFC 5646). */
export function sarifLanguage(language: Language): string {
  return language === 'sv' ? 'sv-SE' : 'en-US';
}

/** A rule as a SARIF reporting descriptor: title, rationale, suggestion with legal sources, default level and principle. */
export function ruleDescriptor(rule: Rule, lang: Language): Sarif.ReportingDescriptor {
  const principle = principleById(rule.principle);
  return {
    id: rule.id,
    name: rule.id.split('/').pop() ?? rule.id,
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: rule.rationale[lang] },
    help: {
      text: `${rule.suggestion[lang]}\n${rule.legal.map((l) => formatLegalReference(l, lang)).join('; ')}`,
    },
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity], enabled: rule.enabled },
    properties: { principle: rule.principle, principleName: principle.name[lang], subValue: rule.subValue, kind: rule.kind, tags: [rule.principle, rule.subValue] },
  };
}
