import type { Command } from '../command.js';
import { checkCommand } from './check-command.js';
import { completeCommand, reopenCommand } from './complete-command.js';
import { decideCommand } from './decide-command.js';
import { exportCommand } from './export-command.js';
import { historyCommand, seriesCommand } from './history-command.js';
import { importCommand } from './import-command.js';
import { reviewCommand } from './review-command.js';
import { reviewerCommand } from './reviewer-command.js';
import { rulesCommand } from './rules-command.js';
import { showCommand } from './show-command.js';
import { signCommand } from './sign-command.js';
import { verifyCommand } from './verify-command.js';

/** Every subcommand, in the order the help lists them (the order of the workflow). */
export const COMMANDS: readonly Command[] = [
  importCommand,
  checkCommand,
  rulesCommand,
  reviewCommand,
  showCommand,
  decideCommand,
  completeCommand,
  reopenCommand,
  reviewerCommand,
  signCommand,
  verifyCommand,
  exportCommand,
  historyCommand,
  seriesCommand,
];
