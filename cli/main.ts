import { parseArgs } from 'node:util';
import { isVardekollenError, toVardekollenError, VardekollenError } from '../core/errors/index.js';
import type { CliIo, CommandContext } from './cli-io.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { renderCommandHelp, renderGlobalHelp } from './help.js';
import { chooseLanguage } from './language.js';
import { CLI_HINTS } from './error-hints.js';
import { packageVersion } from '../core/util/package-paths.js';

/**
 * Runs `vardekollen` with the given arguments and returns the exit code. Never throws and
 * never calls process.exit, so tests can run it in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const langIndex = argv.indexOf('--lang');
  const language = chooseLanguage(langIndex >= 0 ? argv[langIndex + 1] : undefined, io.env);
  const args = langIndex >= 0 ? [...argv.slice(0, langIndex), ...argv.slice(langIndex + 2)] : [...argv];
  const context: CommandContext = { io, language };

  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(topic ? renderCommandHelp(topic, language) : renderGlobalHelp(COMMANDS, language, packageVersion()));
    return name === undefined ? EXIT.FAILURE : EXIT.OK;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    reportError(new VardekollenError('USAGE', { detail: unknownCommand(name, language) }), context, false);
    return EXIT.FAILURE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(renderCommandHelp(command, language));
    return EXIT.OK;
  }
  const wantsJson = rest.includes('--json') || rest.includes('--format=json') || rest.join(' ').includes('--format json');
  try {
    return await command.run(parseCommandArgs(command, rest), context);
  } catch (error) {
    reportError(toVardekollenError(error), context, wantsJson);
    return EXIT.FAILURE;
  }
}

function parseCommandArgs(command: Command, args: string[]): Parameters<Command['run']>[0] {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) },
    ]),
  );
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new VardekollenError('USAGE', { detail: `${detail}\nvardekollen ${command.name} ${command.synopsis}` });
  }
}

function reportError(error: VardekollenError, context: CommandContext, asJson: boolean): void {
  if (asJson) {
    context.io.stdout.write(`${JSON.stringify({ error: error.toJSON() }, null, 2)}\n`);
  }
  const prefix = context.language === 'sv' ? 'fel' : 'error';
  context.io.stderr.write(`${prefix} [${error.code}]: ${error.messageIn(context.language)}\n`);
  for (const detail of error.details) context.io.stderr.write(`  ${detail}\n`);
  const hint = CLI_HINTS[error.code];
  if (hint) context.io.stderr.write(`  ${hint[context.language]}\n`);
  if (error.code === 'INTERNAL' && isVardekollenError(error) && error.cause instanceof Error && error.cause.stack) {
    context.io.stderr.write(`${error.cause.stack}\n`);
  }
}

function unknownCommand(name: string, language: CommandContext['language']): string {
  const names = COMMANDS.map((c: Command) => c.name).join(', ');
  return language === 'sv' ? `Okänt kommando "${name}". Kommandon: ${names}. Se vardekollen --help.` : `Unknown command "${name}". Commands: ${names}. See vardekollen --help.`;
}
