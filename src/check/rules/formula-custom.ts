import type { FormulaConfig, Report, Rule } from '../types.js';
import { identity } from './helpers.js';

/** The audit formulas (审核公式) of the configuration file, judged like the built-in identities. */
export const formulaCustom: Rule = {
  meta: {
    id: 'formula/custom',
    category: 'formula',
    title: '自定义审核公式',
    description:
      '配置文件 formulas 中的审核公式（语法见 docs/formulas.md），按四舍五入区间判断：任何未经舍入的数都不能使公式成立时报错，能由尾数解释时只作提示。引用的表或行在文档中不存在时跳过。',
    example:
      '审核公式“t05[合计].基本支出 = t06[人员经费合计] + t06[公用经费合计]”，前者为 937.03、后者为 937.04，相差 0.01，在尾数四舍五入误差范围内',
    defaultSeverity: 'error',
    messages: {
      mismatch: '审核公式“{{what}}”不成立：左边 {{left}}，右边 {{right}}，相差 {{diff}}，尾数四舍五入无法解释',
      rounding: '审核公式“{{what}}”：左边 {{left}}，右边 {{right}}，相差 {{diff}}，在尾数四舍五入误差范围内',
    },
  },
  run({ doc, options }) {
    const formulas = (Array.isArray(options) ? options : []) as readonly FormulaConfig[];
    const out: Report[] = [];
    for (const f of formulas) {
      const r = identity(doc, f.expr, f.message ?? f.id ?? f.expr);
      if (r) out.push({ ...r, extra: { ...r.extra, ...(f.id ? { formulaId: f.id } : {}) } });
    }
    return out;
  },
};
