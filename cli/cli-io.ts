import type { Language } from '../core/errors/index.js';

/** The terminal as the CLI sees it; tests pass a fake one and read what was written. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Asks a question without echoing the answer (passwords); undefined when there is no terminal to ask. */
  readonly promptHidden?: (question: string) => Promise<string | undefined>;
  /** The working directory relative paths are resolved against. */
  readonly cwd: string;
}

/** Everything a command gets besides its own arguments. */
export interface CommandContext {
  readonly io: CliIo;
  readonly language: Language;
}
