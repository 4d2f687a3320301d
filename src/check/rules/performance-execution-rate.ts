import { printed } from '../interval.js';
import { div } from '../interval.js';
import { fmtPercent, judgePercent, parseFigure, roundsToPercent, truncatedPercent } from '../figures.js';
import type { Report, Rule } from '../types.js';
import type { FundsLine } from '../../model/performance.js';
import { num, projectLocation } from './performance-helpers.js';

function sameLine(a: FundsLine | undefined, b: FundsLine): boolean {
  return (
    !!a &&
    JSON.stringify([a.fullYearBudget, a.executed, a.rate]) === JSON.stringify([b.fullYearBudget, b.executed, b.rate])
  );
}

/** 绩效自评表: 执行率 = 全年执行数 ÷ 全年预算数. */
export const performanceExecutionRate: Rule = {
  meta: {
    id: 'performance/execution-rate',
    category: 'performance',
    title: '绩效自评表执行率',
    description:
      '项目支出绩效自评表中“执行率”应等于全年执行数 ÷ 全年预算数（年度资金总额和当年财政拨款两行分别核对）。按四舍五入区间判断，截尾而非四舍五入造成的差异只作提示。',
    example: '“职业技能提升培训经费”执行率写为 96.66%，2.9 ÷ 3 = 96.67%，差异在尾数误差范围内',
    defaultSeverity: 'error',
    messages: {
      truncated:
        '“{{project}}”{{line}}执行率写为 {{rate}}，而 {{executed}} ÷ {{budget}} = {{computed}}：所写数字是截尾而非四舍五入的结果',
      mismatch:
        '“{{project}}”{{line}}执行率写为 {{rate}}，但 {{executed}} ÷ {{budget}} = {{computed}}，四舍五入无法得出',
      rounding:
        '“{{project}}”{{line}}执行率写为 {{rate}}，{{executed}} ÷ {{budget}} = {{computed}}，差异在尾数误差范围内（可能为截尾）',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    for (const p of doc.performance) {
      for (const [key, line] of [
        ['total', '年度资金总额'],
        ['fiscal', '当年财政拨款'],
      ] as const) {
        const f = p.funds[key];
        if (f?.rate.kind !== 'percent') continue;
        // The 当年财政拨款 line usually repeats the total line; judge a repeated figure once.
        if (key === 'fiscal' && sameLine(p.funds.total, f)) continue;
        const budget = num(f.fullYearBudget);
        const executed = num(f.executed);
        const rate = parseFigure(f.rate.value);
        if (!budget || !executed || !rate || budget.isZero()) continue;
        const dec = (d: typeof budget) => (d.decimalPlaces() > 2 ? d.decimalPlaces() : 2);
        if (roundsToPercent(rate, executed.div(budget))) continue; // the common case: nothing to judge
        const computed = div(printed(executed, dec(executed)), printed(budget, dec(budget)));
        if (!computed) continue;
        const point = executed.div(budget);
        const verdict = judgePercent(rate, computed, point);
        if (verdict === 'ok') continue;
        const cut = verdict === 'error' && truncatedPercent(rate, point); // a convention slip, not a wrong figure
        out.push({
          messageId: verdict === 'rounding' ? 'rounding' : cut ? 'truncated' : 'mismatch',
          certainty: verdict === 'rounding' ? 'rounding' : cut ? 'suspicious' : 'certain',
          data: {
            project: p.projectName,
            line,
            rate: `${f.rate.value}%`,
            executed: executed.toString(),
            budget: budget.toString(),
            computed: fmtPercent(point),
          },
          locations: [projectLocation(p, f.source)],
          expected: fmtPercent(point),
          actual: `${f.rate.value}%`,
        });
      }
    }
    return out;
  },
};
