import { Command, Option, type Help } from 'commander';
import { msg } from '../model/messages/index.js';

/**
 * Commander speaks English; Juesuan's users read Chinese. Every text commander would print is set here through
 * its own extension points: `createCommand` (subcommands are Chinese too), `error()` for each usage error,
 * `configureHelp` for the help's titles and option details, `showHelpAfterError` for the hint line.
 */

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Global Options:': '全局选项：',
  'Commands:': '命令：',
};

export const HELP_CONFIG: Partial<Help> = {
  styleTitle: (title) => TITLES[title] ?? title,
  optionDescription: (option) => {
    const extra: string[] = [];
    if (option.argChoices) extra.push(`可选：${option.argChoices.join('、')}`);
    if (option.defaultValue !== undefined) extra.push(`默认：${String(option.defaultValue)}`);
    return extra.length > 0 ? `${option.description}（${extra.join('；')}）` : option.description;
  },
};

/** A usage error of ours (bad choice …): exit code 2, like commander's own. */
export const USAGE_ERROR = 'juesuan.usage';

/**
 * A command whose usage errors are Chinese. The methods below are commander's hooks for each error (called by
 * its parser, not part of its typings); each reports through the public `error()`, keeping commander's codes.
 */
export class ChineseCommand extends Command {
  override createCommand(name?: string): Command {
    return new ChineseCommand(name);
  }

  unknownCommand(): never {
    return this.error(msg('cli.usage.unknownCommand', { command: this.args[0] ?? '' }), {
      code: 'commander.unknownCommand',
    });
  }

  unknownOption(flag: string): never {
    return this.error(msg('cli.usage.unknownOption', { flag }), { code: 'commander.unknownOption' });
  }

  missingArgument(name: string): never {
    return this.error(msg('cli.usage.missingArgument', { name }), { code: 'commander.missingArgument' });
  }

  optionMissingArgument(option: Option): never {
    return this.error(msg('cli.usage.optionMissingValue', { flags: option.flags }), {
      code: 'commander.optionMissingArgument',
    });
  }

  missingMandatoryOptionValue(option: Option): never {
    return this.error(msg('cli.usage.missingMandatoryOption', { flags: option.flags }), {
      code: 'commander.missingMandatoryOptionValue',
    });
  }

  _excessArguments(received: readonly string[]): never {
    const expected = this.registeredArguments.length;
    return this.error(msg('cli.usage.excessArguments', { expected, received: received.length }), {
      code: 'commander.excessArguments',
    });
  }
}

/**
 * An option with a fixed set of values, refused in Chinese. `choices` keeps the list for the help; the parser
 * replaces commander's English check and reports through the command's `error()`.
 */
export function choiceOption<T extends string>(
  command: Command,
  flags: string,
  description: string,
  choices: readonly T[],
): Option {
  return new Option(flags, description).choices(choices).argParser((value: string): T => {
    if ((choices as readonly string[]).includes(value)) return value as T;
    return command.error(msg('cli.usage.badChoice', { flags, value, choices: choices.join('、') }), {
      code: USAGE_ERROR,
      exitCode: 2,
    });
  });
}
