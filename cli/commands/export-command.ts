import { resolve } from 'node:path';
import { VardekollenError } from '../../core/errors/index.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/service/index.js';
import { stringOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { DB_OPTION, withService } from '../shared/review-flags.js';
import { writeFileAtomically } from '../shared/write-file-atomically.js';

/** Short names people type for the formats. */
const ALIASES: Readonly<Record<string, ExportFormat>> = { md: 'markdown', markdown: 'markdown', html: 'html', docx: 'docx', word: 'docx', json: 'json', sarif: 'sarif' };

export const exportCommand: Command = {
  name: 'export',
  synopsis: '<granskning> --format md|html|docx|json|sarif [--output FIL] [--db FIL]',
  summary: { sv: 'Exportera checklistan som Markdown, utskriftsklar HTML, Word, JSON eller SARIF', en: 'Export the checklist as Markdown, print-ready HTML, Word, JSON or SARIF' },
  description: {
    sv: 'Skriver checklistan till en fil (standard <granskning>.<ändelse> i aktuell mapp; --output - skriver till standard ut för textformat). HTML är utskriftsklar med underskriftsblock och nyckelfingeravtryck; DOCX öppnas i Word; JSON är den underskrivna checklistan (.vardekollen.json) när någon skrivit under; SARIF 2.1.0 har fingeravtryck, baselineState och undertryckta punkter för godtagna beslut.',
    en: 'Writes the checklist to a file (default <review>.<extension> in the current folder; --output - writes text formats to standard output). HTML is print-ready with a signature block and key fingerprints; DOCX opens in Word; JSON is the signed checklist (.vardekollen.json) once someone has signed; SARIF 2.1.0 has fingerprints, baselineState and suppressions for accepted items.',
  },
  options: {
    format: { type: 'string', valueName: 'FORMAT', help: { sv: 'md, html, docx, json eller sarif', en: 'md, html, docx, json or sarif' } },
    output: { type: 'string', valueName: 'FIL', help: { sv: 'Filen att skriva (- för standard ut)', en: 'The file to write (- for standard output)' } },
    ...DB_OPTION,
  },
  async run(input, context) {
    const [reviewId] = input.positionals;
    const formatName = stringOption(input, 'format');
    const format = formatName !== undefined ? ALIASES[formatName.toLowerCase()] : undefined;
    if (reviewId === undefined || format === undefined) {
      throw new VardekollenError('USAGE', { detail: `vardekollen export ${exportCommand.synopsis} (${EXPORT_FORMATS.join(', ')})` });
    }
    return withService(input, context.io, async (service) => {
      const file = await service.exportChecklist({ reviewId, format, language: context.language });
      const output = stringOption(input, 'output');
      if (output === '-') {
        if (format === 'docx') throw new VardekollenError('USAGE', { detail: '--output - is for text formats; give a file name for DOCX' });
        context.io.stdout.write(new TextDecoder().decode(file.bytes));
        return EXIT.OK;
      }
      const path = resolve(context.io.cwd, output ?? file.fileName);
      await writeFileAtomically(path, file.bytes);
      context.io.stdout.write(`${path}\n`);
      return EXIT.OK;
    });
  },
};
