import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { ConfigError } from '../model/errors.js';
import type { Rule } from './types.js';
import { msg } from '../model/messages/index.js';

let instance: Ajv | undefined;

/**
 * One Ajv for the checker's schemas (the configuration file and each rule's options), loaded on first use: a
 * check with default options never needs it, and loading it is a sixth of a short CLI run.
 */
export function ajv(): Ajv {
  if (!instance) {
    const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    instance = new AjvClass({ allErrors: true, strict: false, allowUnionTypes: true });
  }
  return instance;
}

/**
 * One Chinese line per schema violation, naming the key by its path ("rules › sum/balance",
 * "formulas › 第 2 项 › expr"); `root` names the value itself.
 */
export function describeSchemaError(e: ErrorObject, root: string): string {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? `第 ${Number(p) + 1} 项` : p));
  const at = [root, ...path].join(' › ');
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${at}：缺少“${String(p['missingProperty'])}”`;
    case 'additionalProperties':
      return `${at}：未知的配置项“${String(p['additionalProperty'])}”`;
    case 'propertyNames':
      return `${at}：名称“${String(p['propertyName'])}”无效`;
    case 'type':
      return `${at}：应为${TYPE_ZH[String(p['type'])] ?? String(p['type'])}`;
    case 'enum':
      return `${at}：取值无效（可用 ${((p['allowedValues'] as unknown[]) ?? []).map(String).join('、')}）`;
    case 'const':
      return `${at}：取值无效`;
    case 'minLength':
      return `${at}：不能为空`;
    case 'pattern':
      return `${at}：格式不正确`;
    default:
      return `${at}：不符合要求（${e.keyword}）`;
  }
}

const TYPE_ZH: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '布尔值（true 或 false）',
  object: '对象（键: 值）',
  array: '列表',
  'string,object': '文本或对象',
};

/**
 * The errors worth showing: ajv reports every branch of a oneOf/anyOf; the branch failures say more than the
 * umbrella "must match one schema".
 */
export function schemaErrors(validate: ValidateFunction, root: string): string[] {
  const errors = (validate.errors ?? []).filter(
    (e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if',
  );
  return [...new Set(errors.map((e) => describeSchemaError(e, root)))];
}

const compiled = new WeakMap<Rule, ValidateFunction>();

/** Validates a rule's options against its `meta.schema` before it runs; ConfigError (Chinese) when they do not fit. */
export function validateRuleOptions(rule: Rule, options: unknown): void {
  const schema = rule.meta.schema;
  if (!schema || options === undefined) return;
  let validate = compiled.get(rule);
  if (!validate) {
    validate = ajv().compile(schema);
    compiled.set(rule, validate);
  }
  if (!validate(options)) {
    throw new ConfigError(
      msg('config.ruleOptions', { rule: rule.meta.id, problems: schemaErrors(validate, rule.meta.id).join('；') }),
    );
  }
}
