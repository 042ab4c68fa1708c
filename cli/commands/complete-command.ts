import { VardekollenError } from '../../core/errors/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { DB_OPTION, REVIEWER_OPTION, reviewerFrom, withService } from '../shared/review-flags.js';

export const completeCommand: Command = {
  name: 'complete',
  synopsis: '<granskning> [--reviewer NAMN] [--db FIL]',
  summary: { sv: 'Avsluta en granskning (inga punkter får vara öppna)', en: 'Complete a review (no item may be open)' },
  description: {
    sv: 'Markerar granskningen som avslutad. Det går bara när alla punkter har ett beslut. En avslutad granskning kan skrivas under.',
    en: 'Marks the review completed. Only possible when every item has a decision. A completed review can be signed.',
  },
  options: { ...REVIEWER_OPTION, ...DB_OPTION },
  async run(input, context) {
    const [reviewId] = input.positionals;
    if (reviewId === undefined) throw new VardekollenError('USAGE', { detail: `vardekollen complete ${completeCommand.synopsis}` });
    const reviewer = reviewerFrom(input, context);
    return withService(input, context.io, async (service) => {
      const checklist = await service.completeReview({ reviewId, reviewer });
      context.io.stdout.write(context.language === 'sv' ? `${checklist.reviewId} är avslutad (${reviewer}).\n` : `${checklist.reviewId} is completed (${reviewer}).\n`);
      return EXIT.OK;
    });
  },
};

export const reopenCommand: Command = {
  name: 'reopen',
  synopsis: '<granskning> [--reviewer NAMN] [--db FIL]',
  summary: { sv: 'Öppna en avslutad granskning igen', en: 'Reopen a completed review' },
  description: {
    sv: 'Öppnar en avslutad granskning för nya beslut. Underskrifter som redan finns gäller inte för ändringar; den ändrade checklistan måste skrivas under på nytt.',
    en: 'Reopens a completed review for new decisions. Existing signatures do not cover changes; the changed checklist must be signed again.',
  },
  options: { ...REVIEWER_OPTION, ...DB_OPTION },
  async run(input, context) {
    const [reviewId] = input.positionals;
    if (reviewId === undefined) throw new VardekollenError('USAGE', { detail: `vardekollen reopen ${reopenCommand.synopsis}` });
    const reviewer = reviewerFrom(input, context);
    return withService(input, context.io, async (service) => {
      await service.reopenReview({ reviewId, reviewer });
      context.io.stdout.write(context.language === 'sv' ? `${reviewId} är öppen igen.\n` : `${reviewId} is open again.\n`);
      return EXIT.OK;
    });
  },
};
