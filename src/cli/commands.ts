import type { Command } from 'commander';
import { registerCheck } from './check-command.js';
import { registerFix } from './fix-command.js';
import { registerParse } from './parse-command.js';
import { registerRender } from './render-command.js';
import { registerTemplate } from './template-command.js';
import { registerServe } from './serve-command.js';
import { registerUser } from './user-command.js';
import { registerExport } from './export-command.js';
import { registerCompare } from './compare-command.js';
import { registerBatch } from './batch-command.js';

/** Every CLI command, registered once. A new command is a new file plus one line here. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerParse,
  registerCheck,
  registerFix,
  registerBatch,
  registerRender,
  registerTemplate,
  registerServe,
  registerUser,
  registerExport,
  registerCompare,
];
