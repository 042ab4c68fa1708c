import { createReviewService } from '../../core/service/index.js';
import { VardekollenError } from '../../core/errors/index.js';
import { booleanOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { IMPORT_OPTIONS, limitsFromFlags, passwordFromFlags } from '../shared/import-flags.js';
import { importWithPrompt } from '../shared/import-with-prompt.js';
import { renderDocumentText } from '../output/render-document.js';

export const importCommand: Command = {
  name: 'import',
  synopsis: '<fil> [--json] [--password LÖSENORD] [--max-bytes STORLEK] [--max-pages N] [--timeout SEKUNDER]',
  summary: {
    sv: 'Läs in en PDF, Word-fil, text eller Markdown och visa dess block med plats',
    en: 'Read a PDF, Word, text or Markdown file and show its blocks with their locations',
  },
  description: {
    sv: 'Visar dokumentets metadata (titel, sidor, ord, SHA-256 för fil och text), varningar och varje block (rubrik, stycke, listpunkt, tabellcell) med sida och stycke. Formatet avgörs av filens innehåll, inte dess namn. Med --json skrivs hela dokumentmodellen som JSON.',
    en: "Shows the document's metadata (title, pages, words, SHA-256 of file and text), warnings and every block (heading, paragraph, list item, table cell) with its page and paragraph. The format is detected from the file's content, not its name. With --json the whole document model is printed as JSON.",
  },
  options: {
    json: { type: 'boolean', help: { sv: 'Skriv dokumentet som JSON', en: 'Print the document as JSON' } },
    ...IMPORT_OPTIONS,
  },
  async run(input, context) {
    const [path, ...extra] = input.positionals;
    if (path === undefined || extra.length > 0) {
      throw new VardekollenError('USAGE', { detail: 'vardekollen import <fil> [--json]' });
    }
    const service = createReviewService();
    const document = await importWithPrompt(
      service,
      path,
      {
        limits: limitsFromFlags(input),
        ...(await passwordFromFlags(input, context.io.env).then((p) => (p !== undefined ? { password: p } : {}))),
      },
      context,
    );
    context.io.stdout.write(booleanOption(input, 'json') ? `${JSON.stringify(document, null, 2)}\n` : renderDocumentText(document, context.language));
    return EXIT.OK;
  },
};
