import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A TypeScript child script run as `node --import tsx <script>`, with its stdout split into lines. */
export interface Child {
  readonly process: ChildProcessWithoutNullStreams;
  /** Every complete line printed so far. */
  readonly lines: string[];
  /** Resolves when a line satisfying `test` has been printed (rejects if the child exits first). */
  waitForLine(test: (line: string, index: number) => boolean): Promise<string>;
  /** Resolves with the exit code or signal once the child has exited and its output is read. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function runChild(script: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args], {
    cwd: REPOSITORY_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { test: (line: string, index: number) => boolean; resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  let partial = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.test(line, lines.length - 1)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => {
      for (const waiter of waiters.splice(0)) waiter.reject(new Error(`child exited (${code ?? signal}) before the expected line; stderr: ${stderr}`));
      resolve({ code, signal, stderr });
    });
  });
  return {
    process: child,
    lines,
    exited,
    waitForLine: (test) =>
      new Promise<string>((resolve, reject) => {
        const index = lines.findIndex((line, i) => test(line, i));
        if (index >= 0) resolve(lines[index]!);
        else waiters.push({ test, resolve, reject });
      }),
  };
}
