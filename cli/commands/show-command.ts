import { VardekollenError } from '../../core/errors/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { DB_OPTION, JSON_OPTION, wantsJson, withService } from '../shared/review-flags.js';
import { renderChecklistText } from '../output/render-checklist-text.js';
import { styleFor } from '../output/style.js';

export const showCommand: Command = {
  name: 'show',
  synopsis: '<granskning> [--db FIL] [--json]',
  summary: { sv: 'Visa en granskning: checklistan med beslut, per princip', en: 'Show a review: the checklist with its decisions, by principle' },
  description: {
    sv: 'Visar checklistan med varje punkts nyckel (för decide), plats, meddelande, citat och beslut, samt vad som ändrats sedan förra versionen och vem som skrivit under.',
    en: 'Shows the checklist with each item’s key (for decide), location, message, quote and decision, plus what changed since the previous version and who signed.',
  },
  options: { ...DB_OPTION, ...JSON_OPTION },
  async run(input, context) {
    const [reviewId] = input.positionals;
    if (reviewId === undefined) throw new VardekollenError('USAGE', { detail: `vardekollen show ${showCommand.synopsis}` });
    return withService(input, context.io, async (service) => {
      const checklist = await service.getChecklist({ reviewId });
      context.io.stdout.write(wantsJson(input) ? `${JSON.stringify(checklist, null, 2)}\n` : renderChecklistText(checklist, context.language, styleFor(context.io)));
      return EXIT.OK;
    });
  },
};
