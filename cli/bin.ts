import { runCli } from './main.js';
import { processIo } from './process-io.js';

// Entry point of the `vardekollen` command. Sets the exit code instead of calling
// process.exit() so that pending output is flushed.
process.exitCode = await runCli(process.argv.slice(2), processIo());
