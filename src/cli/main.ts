import { CommanderError } from 'commander';
import { ChineseCommand, HELP_CONFIG } from './chinese.js';
import { COMMANDS } from './commands.js';
import { ExitCode, UsageError, reportFailure } from './io.js';
import { VERSION } from './version.js';
import { msg } from '../model/messages/index.js';

const DONE = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** Runs the CLI and returns the exit code (0 ok, 1 findings at or above --fail-on, 2 unreadable input or bad usage). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new ChineseCommand();
  program
    .name('juesuan')
    .description('决算：部门决算公开的导入、审核、编写与发布')
    .version(VERSION, '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示某个命令的帮助')
    .configureHelp(HELP_CONFIG)
    .showHelpAfterError('（运行 juesuan --help 或 juesuan help <命令> 查看用法）')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.Ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (DONE.has(e.code)) return ExitCode.Ok;
      return ExitCode.Unreadable; // commander has printed the Chinese message (see ./chinese.ts)
    }
    if (e instanceof UsageError) {
      process.stderr.write(msg('cli.line', { text: e.message }));
      return ExitCode.Unreadable;
    }
    return reportFailure(e);
  }
}
