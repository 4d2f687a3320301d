import { Decimal } from 'decimal.js';
import type { Report, Rule } from '../types.js';
import { siteLocation } from '../locate.js';
import { num } from './performance-helpers.js';

/** "对 N 个项目开展了绩效自评，涉及资金 X 万元": N = number of 绩效自评表, X = Σ 全年预算数. */
export const performanceSectionTotals: Rule = {
  meta: {
    id: 'performance/section-totals',
    category: 'performance',
    title: '绩效自评项目个数与资金合计',
    description:
      '绩效评价情况中“对 N 个项目开展了绩效自评，涉及资金 X 万元”“反映……等 N 个项目绩效自评结果”：N 应等于所附项目支出绩效自评表的个数，X 应等于各表全年预算数（年度资金总额）之和。',
    example: '写“对 13 个项目开展了绩效自评”，但附有 12 张项目支出绩效自评表',
    defaultSeverity: 'error',
    messages: {
      count: '写{{count}} 个项目开展绩效自评，但附有 {{tables}} 张项目支出绩效自评表',
      funds: '写绩效自评涉及资金 {{stated}} 万元，但各自评表全年预算数之和为 {{sum}} 万元',
    },
  },
  run({ doc, claims }) {
    const out: Report[] = [];
    if (doc.performance.length === 0) return out;
    const sum = doc.performance.reduce((a, p) => a.plus(num(p.funds.total?.fullYearBudget) ?? 0), new Decimal(0));
    for (const c of claims) {
      if (c.kind !== 'project-count') continue;
      if (!c.count.value.equals(doc.performance.length)) {
        out.push({
          messageId: 'count',
          data: { count: c.count.text, tables: doc.performance.length },
          locations: [siteLocation(c.site)],
          expected: String(doc.performance.length),
          actual: c.count.text,
        });
      }
      if (c.funds && !c.funds.value.equals(sum)) {
        out.push({
          messageId: 'funds',
          data: { stated: c.funds.text, sum: sum.toFixed(2) },
          locations: [siteLocation(c.site)],
          expected: sum.toFixed(2),
          actual: c.funds.text,
        });
      }
    }
    return out;
  },
};
