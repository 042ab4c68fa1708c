import { readFile } from 'node:fs/promises';
import type { ImportLimits } from '../../core/import/index.js';
import { VardekollenError } from '../../core/errors/index.js';
import type { CommandInput, OptionSpec } from '../command.js';
import { stringOption } from '../command.js';

/** Options every command that reads documents accepts. */
export const IMPORT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  password: {
    type: 'string',
    valueName: 'LÖSENORD',
    help: {
      sv: 'Lösenord för en krypterad PDF eller Word-fil (syns i processlistan; föredra --password-file eller VARDEKOLLEN_PASSWORD)',
      en: 'Password for an encrypted PDF or Word file (visible in the process list; prefer --password-file or VARDEKOLLEN_PASSWORD)',
    },
  },
  'password-file': {
    type: 'string',
    valueName: 'FIL',
    help: { sv: 'Läs lösenordet från första raden i en fil', en: 'Read the password from the first line of a file' },
  },
  'max-bytes': {
    type: 'string',
    valueName: 'STORLEK',
    help: { sv: 'Största tillåtna filstorlek, t.ex. 100M (standard 100M)', en: 'Largest file accepted, e.g. 100M (default 100M)' },
  },
  'max-pages': {
    type: 'string',
    valueName: 'N',
    help: { sv: 'Högsta antal PDF-sidor (standard 2000)', en: 'Most PDF pages accepted (default 2000)' },
  },
  'max-unpacked': {
    type: 'string',
    valueName: 'STORLEK',
    help: { sv: 'Största uppackade storlek för Word-filer (standard 500M)', en: 'Largest unpacked size of a Word file (default 500M)' },
  },
  timeout: {
    type: 'string',
    valueName: 'SEKUNDER',
    help: { sv: 'Längsta tid per dokument i sekunder (standard 120)', en: 'Longest time per document in seconds (default 120)' },
  },
};

/** Reads the limit flags into import limits, with typed errors for malformed values. */
export function limitsFromFlags(input: CommandInput): Partial<ImportLimits> {
  const limits: { -readonly [K in keyof ImportLimits]?: ImportLimits[K] } = {};
  const maxBytes = stringOption(input, 'max-bytes');
  if (maxBytes !== undefined) limits.maxBytes = parseSize('--max-bytes', maxBytes);
  const maxUnpacked = stringOption(input, 'max-unpacked');
  if (maxUnpacked !== undefined) limits.maxUncompressedBytes = parseSize('--max-unpacked', maxUnpacked);
  const maxPages = stringOption(input, 'max-pages');
  if (maxPages !== undefined) limits.maxPages = parsePositive('--max-pages', maxPages);
  const timeout = stringOption(input, 'timeout');
  if (timeout !== undefined) limits.timeoutMs = parsePositive('--timeout', timeout) * 1000;
  return limits;
}

/** The password from --password, --password-file or VARDEKOLLEN_PASSWORD, in that order. */
export async function passwordFromFlags(input: CommandInput, env: Readonly<Record<string, string | undefined>>): Promise<string | undefined> {
  const direct = stringOption(input, 'password');
  if (direct !== undefined) return direct;
  const file = stringOption(input, 'password-file');
  if (file !== undefined) {
    try {
      return (await readFile(file, 'utf8')).split(/\r?\n/)[0] ?? '';
    } catch (error) {
      throw new VardekollenError('FILE_NOT_FOUND', { path: file }, { cause: error });
    }
  }
  return env['VARDEKOLLEN_PASSWORD'];
}

const SIZE = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i;
const MULTIPLIER: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "500", "100k", "100M", "2G", "1.5MiB" → bytes (binary multiples, as memory limits are usually meant). */
export function parseSize(flag: string, value: string): number {
  const match = SIZE.exec(value.trim());
  const unit = (match?.[2] ?? '').charAt(0).toLowerCase();
  const multiplier = MULTIPLIER[unit];
  if (!match || multiplier === undefined) throw new VardekollenError('INVALID_ARGUMENT', { detail: `${flag} ${value}` });
  const bytes = Math.round(Number(match[1]) * multiplier);
  if (!(bytes > 0)) throw new VardekollenError('INVALID_ARGUMENT', { detail: `${flag} ${value}` });
  return bytes;
}

function parsePositive(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new VardekollenError('INVALID_ARGUMENT', { detail: `${flag} ${value}` });
  return number;
}
