import { runCli } from './main.js';
import { processIo } from './process-io.js';

// A reader that stops early (`vardekollen check … | head`) closes the pipe; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// Entry point of the `vardekollen` command. Sets the exit code instead of calling
// process.exit() so that pending output is flushed.
process.exitCode = await runCli(process.argv.slice(2), processIo());
