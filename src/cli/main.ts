import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands.js';
import { ExitCode, UsageError, reportFailure } from './io.js';

/** Runs the CLI and returns the exit code (0 ok, 1 findings at or above --fail-on, 2 unreadable input or bad usage). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command();
  program
    .name('juesuan')
    .description('决算：部门决算公开的导入、审核、编写与发布')
    .version('0.1.0', '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示某个命令的帮助')
    .configureHelp({
      // Commander writes "(choices: …, default: …)" in English; users read Chinese.
      optionDescription: (option) => {
        const extra: string[] = [];
        if (option.argChoices) extra.push(`可选：${option.argChoices.join('、')}`);
        if (option.defaultValue !== undefined) extra.push(`默认：${String(option.defaultValue)}`);
        return extra.length > 0 ? `${option.description}（${extra.join('；')}）` : option.description;
      },
    })
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(translateCommanderError(s)),
    });
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.Ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
        return ExitCode.Ok;
      }
      return ExitCode.Unreadable;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`juesuan：${e.message}\n`);
      return ExitCode.Unreadable;
    }
    return reportFailure(e);
  }
}

/** Commander's own messages are English; users read Chinese. */
function translateCommanderError(s: string): string {
  return s
    .replace(/^error: unknown command '(.*)'/m, '错误：未知命令“$1”（运行 juesuan --help 查看可用命令）')
    .replace(/^error: unknown option '(.*)'/m, '错误：未知选项“$1”')
    .replace(/^error: missing required argument '(.*)'/m, '错误：缺少参数“$1”')
    .replace(/^error: option '(.*)' argument missing/m, '错误：选项“$1”缺少取值')
    .replace(/^error: option '(.*)' argument '(.*)' is invalid\.(.*)/m, '错误：选项“$1”的取值“$2”无效。$3')
    .replace(/Allowed choices are (.*)\./, '可选值：$1。')
    .replace(/^error: too many arguments.*/m, '错误：参数过多');
}
