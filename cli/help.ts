import type { Language } from '../core/errors/index.js';
import type { Command, OptionSpec } from './command.js';

/** The global help: usage, commands, global options and exit codes. */
export function renderGlobalHelp(commands: readonly Command[], language: Language, version: string): string {
  const sv = language === 'sv';
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `vardekollen ${version} — ${sv ? 'granska myndighetsdokument mot den statliga värdegrunden' : 'check agency documents against den statliga värdegrunden'}`,
    '',
    `${sv ? 'Användning' : 'Usage'}: vardekollen <${sv ? 'kommando' : 'command'}> [${sv ? 'flaggor' : 'options'}]`,
    '',
    sv ? 'Kommandon:' : 'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[language]}`),
    '',
    sv ? 'Globala flaggor:' : 'Global options:',
    `  --lang sv|en   ${sv ? 'Språk för utskrifter (standard sv, eller VARDEKOLLEN_LANG)' : 'Output language (default sv, or VARDEKOLLEN_LANG)'}`,
    `  --help, -h     ${sv ? 'Visa hjälp; "vardekollen <kommando> --help" för ett kommando' : 'Show help; "vardekollen <command> --help" for one command'}`,
    `  --version      ${sv ? 'Visa versionen' : 'Show the version'}`,
    '',
    sv ? 'Slutkoder: 0 klart, 1 fel-allvarliga fynd (check) eller underkänd kontroll (verify), 2 felaktig användning eller fil som inte kunde läsas.' : 'Exit codes: 0 done, 1 error-severity findings (check) or failed verification (verify), 2 wrong usage or a file that could not be read.',
    '',
  ].join('\n');
}

/** Help for one command: synopsis, description and options. */
export function renderCommandHelp(command: Command, language: Language): string {
  const options = Object.entries(command.options).map(([name, spec]) => [optionLabel(name, spec), spec.help[language]] as const);
  const width = Math.max(0, ...options.map(([label]) => label.length));
  return [
    `vardekollen ${command.name} ${command.synopsis}`,
    '',
    wrap(command.description[language], 90),
    '',
    ...(options.length > 0 ? [language === 'sv' ? 'Flaggor:' : 'Options:', ...options.map(([label, help]) => `  ${label.padEnd(width)}  ${help}`)] : []),
    '',
  ].join('\n');
}

function optionLabel(name: string, spec: OptionSpec): string {
  const short = spec.short ? `-${spec.short}, ` : '';
  const value = spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : '';
  return `${short}--${name}${value}`;
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
