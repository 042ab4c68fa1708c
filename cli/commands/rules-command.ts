import { createReviewService } from '../../core/service/index.js';
import { VardekollenError } from '../../core/errors/index.js';
import { ruleCatalogueMarkdown } from '../../core/export/rule-catalogue-markdown.js';
import { principleById } from '../../core/principles/principles.js';
import { stringOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { RULE_OPTIONS, ruleSelectionFromFlags } from '../shared/rule-flags.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const rulesCommand: Command = {
  name: 'rules',
  synopsis: '[--format text|json|markdown] [--rules MAPP] [--disable REGEL]',
  summary: { sv: 'Visa regelkatalogen: alla regler, deras princip och om de är påslagna', en: 'Show the rule catalogue: every rule, its principle and whether it is on' },
  description: {
    sv: 'Läser in och validerar regelpaketen (det inbyggda och de som anges med --rules) och listar reglerna. Ett fel i en regelfil visas med fil och rad. Med --format markdown skrivs hela katalogen med exempel (docs/rules.md genereras så).',
    en: 'Loads and validates the rule packs (the built-in one and those given with --rules) and lists the rules. An error in a rule file is shown with file and line. With --format markdown the full catalogue with examples is printed (docs/rules.md is generated this way).',
  },
  options: {
    format: { type: 'string', valueName: 'FORMAT', help: { sv: 'text (standard), json eller markdown', en: 'text (default), json or markdown' } },
    ...RULE_OPTIONS,
  },
  async run(input, { io, language }) {
    const format = stringOption(input, 'format') ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new VardekollenError('USAGE', { detail: `--format ${format}: ${FORMATS.join(', ')}` });
    const catalogue = await createReviewService().listRules(ruleSelectionFromFlags(input, io.cwd));
    if (format === 'json') io.stdout.write(`${JSON.stringify(catalogue, null, 2)}\n`);
    else if (format === 'markdown') io.stdout.write(ruleCatalogueMarkdown(catalogue, language));
    else {
      io.stdout.write(`${catalogue.version} (${catalogue.rules.length} ${language === 'sv' ? 'regler' : 'rules'}, ${catalogue.hash.slice(0, 16)})\n`);
      for (const rule of catalogue.rules) {
        const state = rule.active ? ' ' : '-';
        io.stdout.write(`${state} ${rule.severity.padEnd(7)} ${principleById(rule.principle).name[language].slice(0, 24).padEnd(24)} ${rule.id}  ${rule.title[language]}\n`);
      }
    }
    return EXIT.OK;
  },
};
