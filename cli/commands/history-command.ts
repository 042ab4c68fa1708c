import { stringOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { VardekollenError } from '../../core/errors/index.js';
import { DB_OPTION, JSON_OPTION, wantsJson, withService } from '../shared/review-flags.js';

export const historyCommand: Command = {
  name: 'history',
  synopsis: '[--series NAMN | --review GRANSKNING] [--limit N] [--json]',
  summary: { sv: 'Visa historiken: importer, granskningar, beslut, avslut och underskrifter', en: 'Show the history: imports, reviews, decisions, completions and signatures' },
  description: {
    sv: 'Skriver den händelselogg som aldrig skrivs över: vem som gjorde vad och när, för en serie, en granskning eller allt.',
    en: 'Prints the event log that is never overwritten: who did what and when, for a series, a review or everything.',
  },
  options: {
    series: { type: 'string', valueName: 'NAMN', help: { sv: 'Bara denna dokumentserie', en: 'Only this document series' } },
    review: { type: 'string', valueName: 'GRANSKNING', help: { sv: 'Bara denna granskning', en: 'Only this review' } },
    limit: { type: 'string', valueName: 'N', help: { sv: 'De senaste N händelserna', en: 'The latest N events' } },
    ...DB_OPTION,
    ...JSON_OPTION,
  },
  async run(input, context) {
    const limitText = stringOption(input, 'limit');
    const limit = limitText !== undefined ? Number(limitText) : undefined;
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new VardekollenError('USAGE', { detail: `--limit ${limitText}` });
    const seriesName = stringOption(input, 'series');
    const reviewId = stringOption(input, 'review');
    return withService(input, context.io, async (service) => {
      const events = await service.history({
        ...(seriesName !== undefined ? { seriesName } : {}),
        ...(reviewId !== undefined ? { reviewId } : {}),
        ...(limit !== undefined ? { limit } : {}),
      });
      if (wantsJson(input)) context.io.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
      else {
        for (const e of events) {
          const subject = [e.reviewId, e.itemKey].filter(Boolean).join(' ');
          const detail = Object.entries(e.details)
            .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(' ');
          context.io.stdout.write(`${e.at}  ${e.actor.padEnd(16)} ${e.action.padEnd(18)} ${subject} ${detail}\n`);
        }
      }
      return EXIT.OK;
    });
  },
};

export const seriesCommand: Command = {
  name: 'series',
  synopsis: '[--json] [--db FIL]',
  summary: { sv: 'Lista dokumentserierna och deras senaste granskning', en: 'List the document series and their latest review' },
  description: {
    sv: 'Visar varje serie (utkasten av ett dokument): dokumenttyp, antal versioner, senaste granskningens id, status och antal öppna punkter.',
    en: 'Shows each series (the drafts of one document): document type, number of versions, the latest review’s id, status and number of open items.',
  },
  options: { ...DB_OPTION, ...JSON_OPTION },
  async run(input, context) {
    return withService(input, context.io, async (service) => {
      const series = await service.listSeries();
      if (wantsJson(input)) context.io.stdout.write(`${JSON.stringify(series, null, 2)}\n`);
      else {
        for (const s of series) {
          const latest = s.latest ? `v${s.latest.version} ${s.latest.reviewId ?? ''} ${s.latest.status ?? ''} ${s.latest.openItems ?? ''}` : '';
          context.io.stdout.write(`${s.name}  (${s.documentType}, ${s.versions})  ${latest}\n`);
        }
      }
      return EXIT.OK;
    });
  },
};
