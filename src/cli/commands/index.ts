// Every command, in the order help lists them. Adding a command is one file
// in this folder and one line here.

import type { CommandSpec } from '../command-spec.js';
import { compareCommand } from './compare.js';
import { completionCommand } from './completion.js';
import { evaluateCommand } from './evaluate.js';
import { historyClearCommand, historyCommand, historyOutcomeCommand, historyPathCommand, historyRemoveCommand } from './history.js';
import { profileCommand, profilePathCommand, profileResetCommand, profileSetCommand } from './profile.js';

export const COMMANDS: readonly CommandSpec[] = [
  evaluateCommand,
  profileCommand,
  profileSetCommand,
  profileResetCommand,
  profilePathCommand,
  compareCommand,
  historyCommand,
  historyOutcomeCommand,
  historyRemoveCommand,
  historyClearCommand,
  historyPathCommand,
  completionCommand,
];
