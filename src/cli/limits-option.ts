import { Option, type Command } from 'commander';
import { DEFAULT_LIMITS, LIMIT_NAMES, LIMIT_NAMES_ZH, parseLimitValue, type ImportLimits } from '../model/limits.js';
import { USAGE_ERROR } from './chinese.js';
import { msg } from '../model/messages/index.js';

const LISTED = LIMIT_NAMES.map((n) => `${n}（${LIMIT_NAMES_ZH[n]}，默认 ${DEFAULT_LIMITS[n]}）`).join('、');

/**
 * `--limit name=value`, repeatable: the import limits for this run (over the configuration file's `limits`).
 * Sizes take KB/MB/GB, times s/m ("--limit maxBytes=20MB --limit timeoutMs=30s").
 */
export function limitOption(command: Command): Option {
  return new Option('--limit <名称=值>', `读取限制，可重复：${LISTED}`).argParser(
    (text: string, previous: ImportLimits | undefined): ImportLimits => {
      const [name = '', raw = ''] = text.split('=', 2);
      const known = (LIMIT_NAMES as readonly string[]).includes(name);
      const value = known ? parseLimitValue(name as (typeof LIMIT_NAMES)[number], raw) : undefined;
      if (value === undefined) {
        return command.error(
          known
            ? msg('cli.usage.badLimitValue', { name, value: raw })
            : msg('cli.usage.unknownLimit', { name, known: LIMIT_NAMES.join('、') }),
          { code: USAGE_ERROR, exitCode: 2 },
        );
      }
      return { ...previous, [name]: value };
    },
  );
}
