import { relative } from 'node:path';
import { createReviewService, type CheckedDocument } from '../../core/service/index.js';
import { toVardekollenError, VardekollenError, type SerializedError } from '../../core/errors/index.js';
import { isDocumentType } from '../../core/rules/rule-selection.js';
import { buildSarif } from '../../core/export/sarif.js';
import { checkReportMarkdown } from '../../core/export/check-report-markdown.js';
import { languageNotice } from '../../core/check/language-notice.js';
import type { LocalizedText } from '../../core/errors/localized-text.js';
import { stringOption, type Command } from '../command.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { IMPORT_OPTIONS, limitsFromFlags, passwordFromFlags } from '../shared/import-flags.js';
import { RULE_OPTIONS, ruleSelectionFromFlags } from '../shared/rule-flags.js';
import { expandInputs } from '../shared/expand-inputs.js';
import { renderCheckText } from '../output/render-check-text.js';
import { styleFor } from '../output/style.js';
import { packageVersion } from '../../core/util/package-paths.js';

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** One input's outcome. */
type Outcome = { readonly path: string; readonly checked: CheckedDocument } | { readonly path: string; readonly error: SerializedError };

export const checkCommand: Command = {
  name: 'check',
  synopsis: '<filer eller mappar...> [--type jobad|policy|other] [--format text|json|markdown|sarif] [--rules MAPP]',
  summary: {
    sv: 'Granska dokument mot den statliga värdegrunden och visa fynden per princip',
    en: 'Check documents against den statliga värdegrunden and show the findings by principle',
  },
  description: {
    sv: 'Läser in varje fil (mappar gås igenom rekursivt, fil för fil med en förloppsrad) och kör regeluppsättningen. Dokumenttypen (platsannons, policy, annat) identifieras automatiskt och kan anges med --type. En fil som inte kan läsas hindrar inte de andra. Slutkod 0 utan fel-fynd, 1 med fynd av allvarlighetsgrad fel, 2 vid felaktig användning eller om någon fil inte kunde läsas.',
    en: 'Imports every file (folders are searched recursively, file by file with a progress line) and runs the rule set. The document type (job ad, policy, other) is detected and can be set with --type. A file that cannot be read does not stop the others. Exit code 0 without error findings, 1 with error-severity findings, 2 for wrong usage or when a file could not be imported.',
  },
  options: {
    type: { type: 'string', valueName: 'TYP', help: { sv: 'Dokumenttyp: jobad, policy eller other (standard: identifieras)', en: 'Document type: jobad, policy or other (default: detected)' } },
    format: { type: 'string', valueName: 'FORMAT', help: { sv: 'Utdata: text (standard), json, markdown eller sarif (SARIF 2.1.0 för CI)', en: 'Output: text (default), json, markdown or sarif (SARIF 2.1.0 for CI)' } },
    ...RULE_OPTIONS,
    ...IMPORT_OPTIONS,
  },
  async run(input, context) {
    const { io, language } = context;
    const format = (stringOption(input, 'format') ?? 'text') as Format;
    if (!FORMATS.includes(format)) throw new VardekollenError('USAGE', { detail: `--format ${format}: ${FORMATS.join(', ')}` });
    const type = stringOption(input, 'type');
    if (type !== undefined && !isDocumentType(type)) throw new VardekollenError('USAGE', { detail: `--type ${type}: jobad, policy, other` });
    if (input.positionals.length === 0) throw new VardekollenError('USAGE', { detail: `vardekollen check ${checkCommand.synopsis}` });

    const service = createReviewService();
    const rules = ruleSelectionFromFlags(input, io.cwd);
    // Load the rules before reading any file: an invalid rule pack fails fast with file:line.
    const catalogue = await service.listRules(rules);
    const limits = limitsFromFlags(input);
    const password = await passwordFromFlags(input, io.env);
    const inputs = await expandInputs(input.positionals, io.cwd);
    if (inputs.length === 0) throw new VardekollenError('USAGE', { detail: language === 'sv' ? 'Inga dokument hittades.' : 'No documents found.' });

    const outcomes: Outcome[] = [];
    for (const [index, { path, absolutePath }] of inputs.entries()) {
      if (inputs.length > 1) io.stderr.write(`[${index + 1}/${inputs.length}] ${path}\n`);
      try {
        const checked = await service.checkDocument({
          source: { kind: 'path', path: absolutePath },
          limits,
          rules,
          ...(password !== undefined ? { password } : {}),
          ...(type !== undefined && isDocumentType(type) ? { type } : {}),
        });
        outcomes.push({ path, checked });
      } catch (error) {
        const typed = toVardekollenError(error);
        if (typed.code === 'RULES_INVALID' || typed.code === 'UNKNOWN_RULE' || typed.code === 'RULES_NOT_FOUND') throw typed;
        io.stderr.write(`${language === 'sv' ? 'fel' : 'error'} [${typed.code}] ${path}: ${typed.messageIn(language)}\n`);
        outcomes.push({ path, error: typed.toJSON() });
      }
    }

    const style = styleFor(io);
    switch (format) {
      case 'text':
        io.stdout.write(outcomes.map((o) => ('checked' in o ? renderCheckText(o.checked, language, style) : '')).filter(Boolean).join('\n'));
        if (outcomes.length > 1) io.stdout.write(summaryLine(outcomes, language));
        break;
      case 'markdown':
        io.stdout.write(outcomes.map((o) => ('checked' in o ? checkReportMarkdown(o.checked, language) : `# ${o.path}\n\n${o.error.messages[language]}\n`)).join('\n'));
        break;
      case 'json':
        io.stdout.write(`${JSON.stringify(outcomes.map((o) => ('checked' in o ? { file: o.path, ...o.checked } : { file: o.path, error: o.error })), null, 2)}\n`);
        break;
      case 'sarif': {
        const log = buildSarif({
          toolVersion: packageVersion(),
          ruleSetVersion: catalogue.version,
          ruleSetHash: catalogue.hash,
          rules: catalogue.rules,
          language,
          artifacts: outcomes.flatMap((o) =>
            'checked' in o
              ? [
                  {
                    uri: toUri(o.path, io.cwd),
                    fileSha256: o.checked.document.metadata.fileSha256,
                    textSha256: o.checked.document.metadata.textSha256,
                    findings: o.checked.result.findings.map((finding) => ({ finding })),
                    ...withNotice(languageNotice(o.checked.result.language)),
                  },
                ]
              : [],
          ),
        });
        io.stdout.write(`${JSON.stringify(log, null, 2)}\n`);
        break;
      }
    }
    return exitCode(outcomes);
  },
};

/** `notice` only when there is one (the artifact type has no room for an explicit undefined). */
function withNotice(notice: LocalizedText | undefined): { notice?: LocalizedText } {
  return notice ? { notice } : {};
}

function exitCode(outcomes: readonly Outcome[]): ExitCode {
  if (outcomes.some((o) => 'error' in o)) return EXIT.FAILURE;
  if (outcomes.some((o) => 'checked' in o && o.checked.result.summary.bySeverity.error > 0)) return EXIT.FINDINGS;
  return EXIT.OK;
}

function summaryLine(outcomes: readonly Outcome[], language: 'sv' | 'en'): string {
  const checked = outcomes.filter((o): o is Extract<Outcome, { checked: CheckedDocument }> => 'checked' in o);
  const failed = outcomes.length - checked.length;
  const errors = checked.reduce((n, o) => n + o.checked.result.summary.bySeverity.error, 0);
  const warnings = checked.reduce((n, o) => n + o.checked.result.summary.bySeverity.warning, 0);
  return language === 'sv'
    ? `\n${checked.length} dokument granskade, ${failed} kunde inte läsas; ${errors} fel, ${warnings} varningar.\n`
    : `\n${checked.length} documents checked, ${failed} could not be read; ${errors} errors, ${warnings} warnings.\n`;
}

/** SARIF wants URIs: relative paths with forward slashes stay relative to the working directory. */
function toUri(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const uriPath = (rel.startsWith('..') ? path : rel).split('\\').join('/');
  return encodeURI(uriPath);
}
