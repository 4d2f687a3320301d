import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FormulaError, parseFormula } from './formula/parse.js';
import { RULES } from './rules/index.js';
import type { CheckConfig, FormulaConfig, RuleSetting } from './types.js';

/** A configuration file that cannot be used; the message is Chinese and names the file. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];
const ALIASES: Readonly<Record<string, RuleSetting>> = { '0': 'off', '1': 'warning', '2': 'error', warn: 'warning' };

/** Reads a check configuration (.json, .yaml or .yml), ESLint-like: `rules` and `formulas`. */
export function loadCheckConfig(path: string): CheckConfig {
  const file = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`${file}：无法读取配置文件`);
  }
  let data: unknown;
  try {
    data = extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new ConfigError(`${file}：配置文件格式错误（${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`);
  }
  return parseCheckConfig(data ?? {}, file);
}

/** Validates a configuration object; every problem is a Chinese message naming the file and the key. */
export function parseCheckConfig(data: unknown, file = '配置'): CheckConfig {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ConfigError(`${file}：配置应为一个对象（含 rules、formulas）`);
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (key !== 'rules' && key !== 'formulas')
      throw new ConfigError(`${file}：未知的配置项“${key}”（可用 rules、formulas）`);
  }
  const rules: Record<string, RuleSetting> = {};
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules))
      throw new ConfigError(`${file}：rules 应为“规则编号: 级别”的映射`);
    for (const [id, raw] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (!RULES.some((r) => r.meta.id === id))
        throw new ConfigError(`${file}：没有审核规则“${id}”（规则列表见 docs/rules.md）`);
      const v = Array.isArray(raw) ? raw[0] : raw;
      const s = ALIASES[String(v)] ?? String(v);
      if (!SETTINGS.includes(s as RuleSetting))
        throw new ConfigError(`${file}：规则“${id}”的级别“${String(v)}”无效（可用 off、info、warning、error）`);
      rules[id] = s as RuleSetting;
    }
  }
  const formulas: FormulaConfig[] = [];
  if (obj.formulas !== undefined) {
    if (!Array.isArray(obj.formulas)) throw new ConfigError(`${file}：formulas 应为公式列表`);
    obj.formulas.forEach((f: unknown, i: number) => {
      const item = typeof f === 'string' ? { expr: f } : f;
      if (typeof item !== 'object' || item === null || typeof (item as { expr?: unknown }).expr !== 'string') {
        throw new ConfigError(`${file}：formulas 第 ${i + 1} 项应为公式文本或含 expr 的对象`);
      }
      const { expr, id, message } = item as { expr: string; id?: unknown; message?: unknown };
      try {
        parseFormula(expr);
      } catch (e) {
        if (e instanceof FormulaError) throw new ConfigError(`${file}：formulas 第 ${i + 1} 项：${e.message}`);
        throw e;
      }
      formulas.push({
        expr,
        ...(typeof id === 'string' ? { id } : {}),
        ...(typeof message === 'string' ? { message } : {}),
      });
    });
  }
  return { rules, formulas };
}
