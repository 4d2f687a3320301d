import { Decimal } from 'decimal.js';
import type { Report, Rule } from '../types.js';
import { num, projectLocation } from './performance-helpers.js';

/** 总分 = Σ 得分 (funds line + indicators); no 得分 above its 分值. */
export const performanceScoreTotal: Rule = {
  meta: {
    id: 'performance/score-total',
    category: 'performance',
    title: '绩效自评表总分等于各项得分之和',
    description: '项目支出绩效自评表“总分”行得分应等于资金执行得分与各绩效指标得分之和；每一项得分不得高于其分值。',
    example: '“工伤认定工作经费”各项得分之和为 99，“总分”行得分为 98',
    subject: ['indicator'],
    defaultSeverity: 'error',
    messages: {
      sum: '“{{project}}”资金执行与各指标得分之和为 {{sum}}，但“总分”行得分为 {{total}}',
      aboveWeight: '“{{project}}”指标“{{indicator}}”得分 {{score}} 高于其分值 {{weight}}',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    for (const p of doc.performance) {
      for (const i of p.indicators) {
        const w = num(i.weight);
        const s = num(i.score);
        if (w && s && s.greaterThan(w))
          out.push({
            messageId: 'aboveWeight',
            data: { project: p.projectName, indicator: i.level3, score: s.toString(), weight: w.toString() },
            locations: [projectLocation(p, i.source)],
            expected: `≤ ${w.toString()}`,
            actual: s.toString(),
          });
      }
      const total = num(p.total.score);
      const parts = [num(p.funds.total?.score), ...p.indicators.map((i) => num(i.score))];
      if (!total || parts.some((x) => x === undefined)) continue;
      const sum = parts.reduce<Decimal>((a, b) => a.plus(b ?? 0), new Decimal(0));
      if (!sum.equals(total))
        out.push({
          messageId: 'sum',
          data: { project: p.projectName, sum: sum.toString(), total: total.toString() },
          locations: [projectLocation(p, p.total.source)],
          expected: sum.toString(),
          actual: total.toString(),
        });
    }
    return out;
  },
};
