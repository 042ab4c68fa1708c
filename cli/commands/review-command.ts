import { resolve } from 'node:path';
import { VardekollenError } from '../../core/errors/index.js';
import { isDocumentType } from '../../core/rules/rule-selection.js';
import { stringOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { IMPORT_OPTIONS, limitsFromFlags, passwordFromFlags } from '../shared/import-flags.js';
import { RULE_OPTIONS, ruleSelectionFromFlags } from '../shared/rule-flags.js';
import { DB_OPTION, JSON_OPTION, REVIEWER_OPTION, reviewerFrom, wantsJson, withService } from '../shared/review-flags.js';
import { progressLine } from '../shared/progress-line.js';
import { renderChecklistText } from '../output/render-checklist-text.js';
import { styleFor } from '../output/style.js';

export const reviewCommand: Command = {
  name: 'review',
  synopsis: '<fil> [--series NAMN] [--type jobad|policy|other] [--reviewer NAMN] [--db FIL] [--json]',
  summary: { sv: 'Lägg in en version av ett dokument i en serie, granska den och öppna checklistan', en: 'Add a version of a document to a series, check it and open its checklist' },
  description: {
    sv: 'Läser in dokumentet, kör reglerna och skapar en checklista med en punkt per fynd (identiska fynd grupperas) och de stående frågorna för dokumenttypen. Om serien redan har en granskad version förs granskningen över: åtgärdade fynd försvinner, kvarstående behåller sina beslut och nya markeras nya; ändrade stycken visas. Samma fil en gång till ger den befintliga granskningen. Granskningens id används av decide, complete, sign och export.',
    en: 'Imports the document, runs the rules and creates a checklist with one item per finding (identical findings grouped) and the standing questions for the document type. When the series already has a reviewed version, the review is carried over: fixed findings disappear, remaining ones keep their decisions and new ones are marked new; changed paragraphs are listed. The same file again returns the existing review. The review id is used by decide, complete, sign and export.',
  },
  options: {
    series: { type: 'string', valueName: 'NAMN', help: { sv: 'Dokumentserien (utkasten av ett dokument); standard: dokumentets titel', en: 'The document series (the drafts of one document); default: the document’s title' } },
    type: { type: 'string', valueName: 'TYP', help: { sv: 'Dokumenttyp: jobad, policy eller other (standard: identifieras)', en: 'Document type: jobad, policy or other (default: detected)' } },
    ...REVIEWER_OPTION,
    ...DB_OPTION,
    ...JSON_OPTION,
    ...RULE_OPTIONS,
    ...IMPORT_OPTIONS,
  },
  async run(input, context) {
    const { io, language } = context;
    const [file, ...extra] = input.positionals;
    if (file === undefined || extra.length > 0) throw new VardekollenError('USAGE', { detail: `vardekollen review ${reviewCommand.synopsis}` });
    const type = stringOption(input, 'type');
    if (type !== undefined && !isDocumentType(type)) throw new VardekollenError('USAGE', { detail: `--type ${type}: jobad, policy, other` });
    const reviewer = reviewerFrom(input, context);
    const seriesName = stringOption(input, 'series');
    const password = await passwordFromFlags(input, io.env);
    return withService(input, io, async (service) => {
      const progress = progressLine(io, language, file);
      const started = await service
        .startReview(
          {
            source: { kind: 'path', path: resolve(io.cwd, file) },
            reviewer,
            limits: limitsFromFlags(input),
            rules: ruleSelectionFromFlags(input, io.cwd),
            ...(seriesName !== undefined ? { seriesName } : {}),
            ...(type !== undefined && isDocumentType(type) ? { type } : {}),
            ...(password !== undefined ? { password } : {}),
          },
          { onProgress: (p) => progress.update(p) },
        )
        .finally(() => progress.done());
      if (wantsJson(input)) io.stdout.write(`${JSON.stringify(started, null, 2)}\n`);
      else {
        if (started.reused) io.stdout.write(language === 'sv' ? 'Filen är redan den senaste versionen i serien; här är dess granskning.\n\n' : 'The file already is the latest version in the series; here is its review.\n\n');
        io.stdout.write(renderChecklistText(started.checklist, language, styleFor(io)));
      }
      return EXIT.OK;
    });
  },
};
