import { VardekollenError } from '../../core/errors/index.js';
import { stringOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { DB_OPTION, JSON_OPTION, parseDecision, REVIEWER_OPTION, reviewerFrom, wantsJson, withService } from '../shared/review-flags.js';

export const decideCommand: Command = {
  name: 'decide',
  synopsis: '<granskning> <punkt> <open|fixed|accepted|not-applicable> [--reason TEXT] [--answer TEXT] [--reviewer NAMN]',
  summary: { sv: 'Besluta om en punkt i checklistan', en: 'Decide an item of the checklist' },
  description: {
    sv: 'Beslut: open/öppen, fixed/åtgärdad, accepted/godtagen (kräver --reason) eller not-applicable/ej-tillämplig (kräver --reason). För stående frågor kan --answer ge svaret, t.ex. en protokollsreferens. Varje beslut sparas med granskare och tid i en historik som aldrig skrivs över.',
    en: 'Decisions: open, fixed, accepted (needs --reason) or not-applicable (needs --reason). For standing questions --answer gives the answer, e.g. a minutes reference. Every decision is kept with reviewer and time in a history that is never overwritten.',
  },
  options: {
    reason: { type: 'string', valueName: 'TEXT', help: { sv: 'Motivering (krävs för accepted och not-applicable)', en: 'Reason (required for accepted and not-applicable)' } },
    answer: { type: 'string', valueName: 'TEXT', help: { sv: 'Svar på en stående fråga', en: 'Answer to a standing question' } },
    ...REVIEWER_OPTION,
    ...DB_OPTION,
    ...JSON_OPTION,
  },
  async run(input, context) {
    const [reviewId, itemKey, decisionName, ...extra] = input.positionals;
    if (reviewId === undefined || itemKey === undefined || decisionName === undefined || extra.length > 0) {
      throw new VardekollenError('USAGE', { detail: `vardekollen decide ${decideCommand.synopsis}` });
    }
    const decision = parseDecision(decisionName);
    const reviewer = reviewerFrom(input, context);
    const reason = stringOption(input, 'reason');
    const answer = stringOption(input, 'answer');
    return withService(input, context.io, async (service) => {
      const item = await service.decide({ reviewId, itemKey, decision, reviewer, ...(reason !== undefined ? { reason } : {}), ...(answer !== undefined ? { answer } : {}) });
      if (wantsJson(input)) context.io.stdout.write(`${JSON.stringify(item, null, 2)}\n`);
      else context.io.stdout.write(`${item.key}: ${decisionName} (${reviewer})\n`);
      return EXIT.OK;
    });
  },
};
