import type { LocalizedText } from '../core/errors/index.js';
import type { CommandContext } from './cli-io.js';
import type { ExitCode } from './exit-codes.js';

/** How one option is parsed (a subset of node:util parseArgs' option config). */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** Shown in help, e.g. "N" or "PATH". */
  readonly valueName?: string;
  readonly help: LocalizedText;
}

/** One subcommand of `vardekollen`. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: LocalizedText;
  /** Argument synopsis after the command name, e.g. "<file> [--json]". */
  readonly synopsis: string;
  /** Longer help: what the command does and prints. */
  readonly description: LocalizedText;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Runs the command with parsed option values and positional arguments. */
  run(input: CommandInput, context: CommandContext): Promise<ExitCode>;
}

export interface CommandInput {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Reads a string option, refusing repeated values where one is expected. */
export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(input: CommandInput, name: string): boolean {
  return input.values[name] === true;
}
