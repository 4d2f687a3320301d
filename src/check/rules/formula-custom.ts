import type { FormulaConfig, Report, Rule } from '../types.js';
import { judge } from './helpers.js';

/** JSON Schema of the rule's options: the `formulas` of the configuration file (text, or an object with expr). */
export const FORMULAS_SCHEMA = {
  type: 'array',
  items: {
    anyOf: [
      { type: 'string', minLength: 1 },
      {
        type: 'object',
        required: ['expr'],
        additionalProperties: false,
        properties: {
          expr: { type: 'string', minLength: 1 },
          id: { type: 'string' },
          message: { type: 'string' },
        },
      },
    ],
  },
} as const;

/** The audit formulas (审核公式) of the configuration file, judged like the built-in identities. */
export const formulaCustom: Rule = {
  meta: {
    id: 'formula/custom',
    category: 'formula',
    title: '自定义审核公式',
    description:
      '配置文件 formulas 中的审核公式（语法见 docs/formulas.md），按四舍五入区间判断：任何未经舍入的数都不能使公式成立时报错，能由尾数解释时只作提示。文档没有公式引用的表时跳过（审核范围中会列出缺少的表）；表中找不到所引用的行或栏目（多为笔误）、单元格不是数值时报警告，说明哪个公式的哪一处无法判断。',
    example:
      '审核公式“t05[合计].基本支出 = t06[人员经费合计] + t06[公用经费合计]”，前者为 937.03、后者为 937.04，相差 0.01，在尾数四舍五入误差范围内',
    defaultSeverity: 'error',
    messages: {
      mismatch: '审核公式“{{what}}”不成立：左边 {{left}}，右边 {{right}}，相差 {{diff}}，尾数四舍五入无法解释',
      rounding: '审核公式“{{what}}”：左边 {{left}}，右边 {{right}}，相差 {{diff}}，在尾数四舍五入误差范围内',
      unresolved: '审核公式“{{what}}”无法判断：{{reason}}；请检查公式中的表、行和栏目名称',
    },
    schema: FORMULAS_SCHEMA,
    subject: ['formula', 'formulaId'],
  },
  run({ doc, options }) {
    const formulas = (Array.isArray(options) ? options : []) as ReadonlyArray<FormulaConfig | string>;
    const out: Report[] = [];
    for (const item of formulas) {
      const f = typeof item === 'string' ? { expr: item } : item;
      const what = f.message ?? f.id ?? f.expr;
      const { outcome, report: r } = judge(doc, f.expr, what);
      const id: Record<string, string> = f.id ? { formulaId: f.id } : {};
      if (r) out.push({ ...r, extra: { ...r.extra, ...id } });
      else if (outcome.status === 'skip' && outcome.skipKind !== 'table') {
        out.push({
          messageId: 'unresolved',
          certainty: 'suspicious',
          data: { what, reason: outcome.reason ?? '引用无法解析' },
          locations: [],
          extra: { formula: f.expr, ...id },
        });
      }
    }
    return out;
  },
};
