import type { Command } from '../command.js';
import { checkCommand } from './check-command.js';
import { importCommand } from './import-command.js';
import { rulesCommand } from './rules-command.js';

/** Every subcommand, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [importCommand, checkCommand, rulesCommand];
