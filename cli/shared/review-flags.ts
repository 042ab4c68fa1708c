import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { defaultDatabasePath } from '../../core/store/index.js';
import { readFile } from 'node:fs/promises';
import { createReviewService, type ClosableReviewService } from '../../core/service/index.js';
import { VardekollenError } from '../../core/errors/index.js';
import type { Decision } from '../../core/review/checklist-types.js';
import type { CliIo, CommandContext } from '../cli-io.js';
import { booleanOption, stringOption, type CommandInput, type OptionSpec } from '../command.js';

export const DB_OPTION: Readonly<Record<string, OptionSpec>> = {
  db: {
    type: 'string',
    valueName: 'FIL',
    help: {
      sv: 'Granskningsdatabasen (standard: i din användarmapp, eller VARDEKOLLEN_DB)',
      en: 'The review database (default: in your user data folder, or VARDEKOLLEN_DB)',
    },
  },
};

export const REVIEWER_OPTION: Readonly<Record<string, OptionSpec>> = {
  reviewer: {
    type: 'string',
    valueName: 'NAMN',
    help: { sv: 'Granskarens namn (eller VARDEKOLLEN_REVIEWER)', en: 'The reviewer’s name (or VARDEKOLLEN_REVIEWER)' },
  },
};

export const JSON_OPTION: Readonly<Record<string, OptionSpec>> = {
  json: { type: 'boolean', help: { sv: 'Skriv resultatet som JSON', en: 'Print the result as JSON' } },
};

export const PASSPHRASE_OPTION: Readonly<Record<string, OptionSpec>> = {
  'passphrase-file': {
    type: 'string',
    valueName: 'FIL',
    help: {
      sv: 'Läs lösenfrasen från första raden i en fil (annars frågar kommandot, eller VARDEKOLLEN_PASSPHRASE)',
      en: 'Read the passphrase from the first line of a file (otherwise the command asks, or VARDEKOLLEN_PASSPHRASE)',
    },
  },
};

/** The service over the database the flags (or the environment the CLI was given) name. The caller closes it. */
export function serviceFor(input: CommandInput, io: CliIo): ClosableReviewService {
  const db = stringOption(input, 'db');
  return createReviewService({ databasePath: db !== undefined ? resolve(io.cwd, db) : defaultDatabasePath(io.env, process.platform, homedir()) });
}

/** The reviewer from --reviewer or VARDEKOLLEN_REVIEWER; a clear usage error otherwise. */
export function reviewerFrom(input: CommandInput, context: CommandContext): string {
  const name = stringOption(input, 'reviewer') ?? context.io.env['VARDEKOLLEN_REVIEWER'];
  if (name === undefined || name.trim() === '') {
    throw new VardekollenError('USAGE', {
      detail: context.language === 'sv' ? 'Ange granskarens namn med --reviewer NAMN (eller VARDEKOLLEN_REVIEWER).' : 'Give the reviewer’s name with --reviewer NAME (or VARDEKOLLEN_REVIEWER).',
    });
  }
  return name;
}

export function wantsJson(input: CommandInput): boolean {
  return booleanOption(input, 'json');
}

/** Decision names accepted on the command line, Swedish and English. */
const DECISION_NAMES: Readonly<Record<string, Decision>> = {
  open: 'open',
  öppen: 'open',
  oppen: 'open',
  fixed: 'fixed',
  åtgärdad: 'fixed',
  atgardad: 'fixed',
  klar: 'fixed',
  accepted: 'accepted',
  godtagen: 'accepted',
  godtas: 'accepted',
  'not-applicable': 'not-applicable',
  'ej-tillämplig': 'not-applicable',
  'ej-tillamplig': 'not-applicable',
  na: 'not-applicable',
};

export function parseDecision(value: string): Decision {
  const decision = DECISION_NAMES[value.toLowerCase()];
  if (!decision) {
    throw new VardekollenError('USAGE', { detail: `"${value}": open|öppen, fixed|åtgärdad, accepted|godtagen, not-applicable|ej-tillämplig` });
  }
  return decision;
}

/**
 * A passphrase from --passphrase-file, VARDEKOLLEN_PASSPHRASE or a hidden prompt (asked twice
 * when `confirm`, so a typo does not lock the key away).
 */
export async function passphraseFrom(input: CommandInput, context: CommandContext, question: string, confirm = false): Promise<string> {
  const file = stringOption(input, 'passphrase-file');
  if (file !== undefined) {
    try {
      return (await readFile(resolve(context.io.cwd, file), 'utf8')).split(/\r?\n/)[0] ?? '';
    } catch (error) {
      throw new VardekollenError('FILE_NOT_FOUND', { path: file }, { cause: error });
    }
  }
  const fromEnv = context.io.env['VARDEKOLLEN_PASSPHRASE'];
  if (fromEnv !== undefined) return fromEnv;
  const prompt = context.io.promptHidden;
  if (!prompt) {
    throw new VardekollenError('USAGE', {
      detail: context.language === 'sv' ? 'Ingen terminal att fråga efter lösenfrasen i: använd --passphrase-file.' : 'No terminal to ask for the passphrase: use --passphrase-file.',
    });
  }
  const first = (await prompt(question)) ?? '';
  if (confirm) {
    const again = (await prompt(context.language === 'sv' ? 'Upprepa lösenfrasen: ' : 'Repeat the passphrase: ')) ?? '';
    if (again !== first) throw new VardekollenError('USAGE', { detail: context.language === 'sv' ? 'Lösenfraserna är olika.' : 'The passphrases differ.' });
  }
  return first;
}

/** Runs `work` with the service and always closes the database afterwards. */
export async function withService<T>(input: CommandInput, io: CliIo, work: (service: ClosableReviewService) => Promise<T>): Promise<T> {
  const service = serviceFor(input, io);
  try {
    return await work(service);
  } finally {
    service.close();
  }
}
