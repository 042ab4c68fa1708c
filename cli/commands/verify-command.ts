import { resolve } from 'node:path';
import { VardekollenError } from '../../core/errors/index.js';
import { describeVerification } from '../../core/signoff/describe-verification.js';
import { readSignedFileText } from '../../core/service/actions/signoff-actions.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { DB_OPTION, JSON_OPTION, wantsJson, withService } from '../shared/review-flags.js';

export const verifyCommand: Command = {
  name: 'verify',
  synopsis: '<underskriven fil> [dokument] [--json]',
  summary: { sv: 'Kontrollera en underskriven checklista offline, gärna mot dokumentet', en: 'Verify a signed checklist offline, preferably against the document' },
  description: {
    sv: 'Kontrollerar varje underskrift och visar vem som skrev under vad och när (med nyckelns fingeravtryck). Om något ändrats efter underskriften säger rapporten vad: vilket fält, vilken punkt. Med dokumentet jämförs dess SHA-256; om filen skiljer men texten är densamma (en omsparad PDF) sägs det. Slutkod 0 om allt stämmer, 1 om något inte stämmer, 2 om filen inte kan läsas.',
    en: 'Checks every signature and shows who signed what and when (with the key’s fingerprint). If anything changed after signing, the report says what: which field, which item. With the document its SHA-256 is compared; if the file differs but the text is the same (a re-saved PDF) it says so. Exit code 0 when everything holds, 1 when something does not, 2 when the file cannot be read.',
  },
  options: { ...DB_OPTION, ...JSON_OPTION },
  async run(input, context) {
    const [signedPath, documentPath, ...extra] = input.positionals;
    if (signedPath === undefined || extra.length > 0) throw new VardekollenError('USAGE', { detail: `vardekollen verify ${verifyCommand.synopsis}` });
    const signedFile = await readSignedFileText(resolve(context.io.cwd, signedPath));
    return withService(input, context.io, async (service) => {
      const report = await service.verify({
        signedFile,
        ...(documentPath !== undefined ? { document: { kind: 'path', path: resolve(context.io.cwd, documentPath) } } : {}),
      });
      if (wantsJson(input)) context.io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else context.io.stdout.write(`${describeVerification(report, context.language).join('\n')}\n`);
      return report.valid ? EXIT.OK : EXIT.FINDINGS;
    });
  },
};
