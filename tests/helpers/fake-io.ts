import type { CliIo } from '../../cli/cli-io.js';

/** A terminal that records what the CLI writes. */
export interface FakeIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

export function fakeIo(options: { env?: Record<string, string>; cwd?: string; answers?: string[] } = {}): FakeIo {
  let out = '';
  let err = '';
  const answers = [...(options.answers ?? [])];
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.answers ? { promptHidden: async () => answers.shift() } : {}),
    out: () => out,
    err: () => err,
  };
}
