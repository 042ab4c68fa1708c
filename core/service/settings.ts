import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { VardekollenError } from '../errors/index.js';
import type { Language } from '../errors/localized-text.js';

/** What a user sets once and the app remembers (kept in settings.json next to the database). */
export interface Settings {
  readonly language: Language;
  /** The reviewer's name, prefilled in decisions and sign-off. */
  readonly reviewerName: string;
  /** Extra rule pack folders (an agency's own pack), absolute paths. */
  readonly rulePacks: readonly string[];
  /** Rule ids (or "pack/folder/*") turned off. */
  readonly disabledRules: readonly string[];
  /** Rule ids turned on although their file ships them off. */
  readonly enabledRules: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = { language: 'sv', reviewerName: '', rulePacks: [], disabledRules: [], enabledRules: [] };

const MAX_LIST = 500;
const MAX_TEXT = 400;

/** Checks a settings patch from any transport: right types, sane sizes, pack folders that exist. */
export function validateSettingsPatch(patch: unknown): Partial<Settings> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw invalid('settings must be an object');
  const result: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  for (const [key, value] of Object.entries(patch)) {
    switch (key) {
      case 'language':
        if (value !== 'sv' && value !== 'en') throw invalid('language must be sv or en');
        result.language = value;
        break;
      case 'reviewerName':
        if (typeof value !== 'string' || value.length > MAX_TEXT) throw invalid('reviewerName must be a short text');
        result.reviewerName = value.trim();
        break;
      case 'rulePacks':
        result.rulePacks = stringList(value, key).map((path) => {
          if (!/^(\/|[A-Za-z]:[\\/])/.test(path)) throw invalid(`rule pack folder must be an absolute path: ${path}`);
          if (!existsSync(path)) throw new VardekollenError('RULES_NOT_FOUND', { path });
          return path;
        });
        break;
      case 'disabledRules':
      case 'enabledRules':
        result[key] = stringList(value, key).map((id) => {
          if (!/^[a-z0-9/*-]+$/.test(id)) throw invalid(`${key}: "${id}" is not a rule id`);
          return id;
        });
        break;
      default:
        throw invalid(`unknown setting "${key}"`);
    }
  }
  return result;
}

/** Reads settings; a missing or unreadable file gives the defaults (settings are a convenience, never a blocker). */
export function loadSettings(path: string): Settings {
  if (!existsSync(path)) return DEFAULT_SETTINGS;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return { ...DEFAULT_SETTINGS, ...validateSettingsPatch(parsed) };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Writes settings atomically (temporary file, then rename), so a crash never leaves half a file. */
export function saveSettings(path: string, settings: Settings): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new VardekollenError('INVALID_ARGUMENT', { detail: `cannot save settings: ${error instanceof Error ? error.message : String(error)}` }, { cause: error });
  }
}

function stringList(value: unknown, key: string): string[] {
  if (!Array.isArray(value) || value.length > MAX_LIST || !value.every((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 2000)) {
    throw invalid(`${key} must be a list of texts`);
  }
  return [...new Set(value)];
}

function invalid(detail: string): VardekollenError {
  return new VardekollenError('INVALID_ARGUMENT', { detail });
}
