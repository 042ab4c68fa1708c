import { createInterface } from 'node:readline';
import type { CliIo } from './cli-io.js';

/** The real terminal. Hidden prompts are offered only when both stdin and stderr are terminals. */
export function processIo(): CliIo {
  const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    ...(interactive ? { promptHidden } : {}),
  };
}

/** Reads one line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput?: (text: string) => void };
    process.stderr.write(question);
    // Suppress echo of typed characters; readline has no public switch for this.
    output._writeToOutput = () => undefined;
    let answered = false;
    rl.question('', (answer) => {
      answered = true;
      process.stderr.write('\n');
      rl.close();
      resolve(answer);
    });
    rl.on('close', () => {
      if (!answered) resolve(undefined);
    });
  });
}
