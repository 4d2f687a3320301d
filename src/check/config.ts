import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ConfigError } from '../model/errors.js';
import { LIMIT_NAMES, LIMIT_NAMES_ZH, parseLimitValue, type ImportLimits, type LimitName } from '../model/limits.js';
import { FormulaError, parseFormula } from './formula/parse.js';
import { ajv, describeSchemaError } from './options.js';
import { RULES } from './rules/index.js';
import { CROSS_RULES } from './cross/index.js';
import { FORMULAS_SCHEMA } from './rules/formula-custom.js';
import type { CheckConfig, FormulaConfig, RuleSetting } from './types.js';
import { msg } from '../model/messages/index.js';

export { ConfigError } from '../model/errors.js';

const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];
const ALIASES: Readonly<Record<string, RuleSetting>> = { '0': 'off', '1': 'warning', '2': 'error', warn: 'warning' };
const LEVEL = { enum: [...SETTINGS, ...Object.keys(ALIASES), 0, 1, 2] };

/**
 * JSON Schema of the configuration file, ESLint-like: `rules` maps a rule id to a level (or `[level, …]`), and
 * `formulas` holds the audit formulas (the options schema that rule formula/custom declares in its meta).
 */
export const CONFIG_SCHEMA = {
  $id: 'https://juesuan.dev/schema/check-config.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    rules: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        [...RULES, ...CROSS_RULES].map((r) => [
          r.meta.id,
          { anyOf: [LEVEL, { type: 'array', minItems: 1, items: [LEVEL] }] },
        ]),
      ),
    },
    formulas: FORMULAS_SCHEMA,
    /** Import limits (model/limits.ts): read by the application core, not by the checker. */
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(LIMIT_NAMES.map((n) => [n, { type: ['number', 'string'] }])),
    },
  },
} as const;

let validator: ValidateFunction | undefined;
const validate = (data: unknown): boolean => (validator ??= ajv().compile(CONFIG_SCHEMA))(data);

/** The value at a JSON pointer ("/rules/sum~1balance"). */
function at(data: unknown, pointer: string): unknown {
  let v = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  }
  return v;
}

/** Chinese messages for the configuration's errors, in the words a person editing the file uses. */
function describeConfigErrors(errors: readonly ErrorObject[], data: unknown): string[] {
  const out: string[] = [];
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue; // its branches say more
    const segments = e.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const [top, second] = segments;
    if (e.instancePath === '' && e.keyword === 'additionalProperties') {
      out.push(`未知的配置项“${String(e.params['additionalProperty'])}”（可用 rules、formulas）`);
    } else if (e.instancePath === '' && e.keyword === 'type') {
      out.push('配置应为一个对象（含 rules、formulas）');
    } else if (top === 'rules' && segments.length === 1 && e.keyword === 'additionalProperties') {
      out.push(`没有审核规则“${String(e.params['additionalProperty'])}”（规则列表见 docs/rules.md）`);
    } else if (top === 'rules' && segments.length === 1) {
      out.push('rules 应为“规则编号: 级别”的映射');
    } else if (top === 'rules' && second !== undefined) {
      const v = at(data, `/rules/${second.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      const level = Array.isArray(v) ? v[0] : v;
      out.push(
        `规则“${second}”的级别“${typeof level === 'object' ? JSON.stringify(level) : String(level)}”无效（可用 off、info、warning、error）`,
      );
    } else if (top === 'formulas' && segments.length === 1) {
      out.push('formulas 应为公式列表');
    } else if (top === 'formulas' && second !== undefined) {
      const item = at(data, `/formulas/${second}`);
      const n = Number(second) + 1;
      const isObject = typeof item === 'object' && item !== null && !Array.isArray(item);
      if (typeof item === 'string' || (isObject && e.instancePath === `/formulas/${second}` && e.keyword === 'type')) {
        if (typeof item === 'string' && e.keyword === 'minLength') out.push(`formulas 第 ${n} 项：公式为空`);
        continue; // the other anyOf branch's complaint
      }
      if (!isObject) out.push(`formulas 第 ${n} 项应为公式文本或含 expr 的对象`);
      else if (e.keyword === 'additionalProperties')
        out.push(`formulas 第 ${n} 项：未知的键“${String(e.params['additionalProperty'])}”（可用 expr、id、message）`);
      else if (e.keyword === 'required') out.push(`formulas 第 ${n} 项：缺少公式 expr`);
      else out.push(describeSchemaError(e, '配置'));
    } else {
      out.push(describeSchemaError(e, '配置'));
    }
  }
  return [...new Set(out)];
}

/** The YAML parser, loaded when a YAML configuration is read (not on every check). */
const yaml = () => createRequire(import.meta.url)('yaml') as typeof import('yaml');

/** Where a YAML or JSON syntax error is, in Chinese ("第 3 行第 7 列附近"), without the parser's English. */
function syntaxPlace(e: unknown, text: string): string {
  if (e instanceof Error && e.name === 'YAMLParseError' && e instanceof yaml().YAMLParseError && e.linePos)
    return `第 ${e.linePos[0].line} 行第 ${e.linePos[0].col} 列附近`;
  const pos = e instanceof Error ? /position (\d+)/.exec(e.message) : null;
  if (pos) {
    const before = text.slice(0, Number(pos[1])).split('\n');
    return `第 ${before.length} 行第 ${(before.at(-1)?.length ?? 0) + 1} 列附近`;
  }
  return '';
}

/** Reads a check configuration (.json, .yaml or .yml), ESLint-like: `rules` and `formulas`. */
export function loadCheckConfig(path: string): CheckConfig {
  const file = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(msg('config.unreadable', { file }));
  }
  const json = extname(path).toLowerCase() === '.json';
  let data: unknown;
  try {
    data = json ? JSON.parse(text) : yaml().parse(text);
  } catch (e) {
    const place = syntaxPlace(e, text);
    throw new ConfigError(
      msg('config.syntax', { file, format: json ? 'JSON' : 'YAML', place: place ? `，${place}` : '' }),
    );
  }
  return parseCheckConfig(data ?? {}, file);
}

/**
 * Validates a configuration object against CONFIG_SCHEMA (ajv), then reads each formula; every problem is a
 * Chinese message naming the file and the key.
 */
export function parseCheckConfig(data: unknown, file = '配置'): CheckConfig {
  if (!validate(data)) {
    const messages = describeConfigErrors(validator?.errors ?? [], data);
    throw new ConfigError(msg('config.invalid', { file, problems: messages.slice(0, 5).join('；') }));
  }
  const obj = data as {
    rules?: Record<string, unknown>;
    formulas?: ReadonlyArray<string | FormulaConfig>;
    limits?: Record<string, number | string>;
  };
  const rules: Record<string, RuleSetting> = {};
  for (const [id, raw] of Object.entries(obj.rules ?? {})) {
    const v = String(Array.isArray(raw) ? raw[0] : raw);
    rules[id] = ALIASES[v] ?? (v as RuleSetting);
  }
  const formulas: FormulaConfig[] = (obj.formulas ?? []).map((f, i) => {
    const item = typeof f === 'string' ? { expr: f } : f;
    try {
      parseFormula(item.expr);
    } catch (e) {
      if (e instanceof FormulaError)
        throw new ConfigError(msg('config.formula', { file, index: i + 1, reason: e.message }));
      throw e;
    }
    return { expr: item.expr, ...(item.id ? { id: item.id } : {}), ...(item.message ? { message: item.message } : {}) };
  });
  const limits: Record<string, number> = {};
  for (const [name, raw] of Object.entries(obj.limits ?? {})) {
    const value = parseLimitValue(name as LimitName, String(raw));
    if (value === undefined) {
      throw new ConfigError(
        msg('config.limitValue', { file, name, nameZh: LIMIT_NAMES_ZH[name as LimitName], value: String(raw) }),
      );
    }
    limits[name] = value;
  }
  return { rules, formulas, ...(obj.limits ? { limits: limits as ImportLimits } : {}) };
}
