import { Decimal } from 'decimal.js';
import type { Report, Rule } from '../types.js';
import { num, projectLocation } from './performance-helpers.js';

/** 分值: the funds line and the indicators sum to the 总分 line's 分值, which is 100. */
export const performanceWeightTotal: Rule = {
  meta: {
    id: 'performance/weight-total',
    category: 'performance',
    title: '绩效自评表分值合计为 100',
    description: '项目支出绩效自评表中，资金执行的分值与各绩效指标分值之和应等于“总分”行的分值，且总分值为 100。',
    example: '“劳动维权工作经费”各项分值之和为 95，“总分”行分值为 100',
    defaultSeverity: 'error',
    messages: {
      sum: '“{{project}}”资金执行与各指标的分值之和为 {{sum}}，但“总分”行分值为 {{total}}',
      notHundred: '“{{project}}”总分值为 {{total}}，应为 100',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    for (const p of doc.performance) {
      const total = num(p.total.weight);
      const loc = [projectLocation(p, p.total.source)];
      if (total && !total.equals(100))
        out.push({
          messageId: 'notHundred',
          data: { project: p.projectName, total: total.toString() },
          locations: loc,
          expected: '100',
          actual: total.toString(),
        });
      const parts = [num(p.funds.total?.weight), ...p.indicators.map((i) => num(i.weight))];
      if (!total || parts.some((x) => x === undefined)) continue;
      const sum = parts.reduce<Decimal>((a, b) => a.plus(b ?? 0), new Decimal(0));
      if (!sum.equals(total))
        out.push({
          messageId: 'sum',
          data: { project: p.projectName, sum: sum.toString(), total: total.toString() },
          locations: loc,
          expected: sum.toString(),
          actual: total.toString(),
        });
    }
    return out;
  },
};
