import { amountInterval, fmtPercent, judgePercent, parseFigure, type Figure } from '../figures.js';
import { div } from '../interval.js';
import { paragraphsOf } from '../fix/locate.js';
import type { Report, Rule } from '../types.js';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const RATE = new RegExp(`预算执行率(?:为|是|达到?|达)?\\s*(${NUM})(?![\\d.])\\s*([%％])?`, 'g');
const AMOUNT = new RegExp(`(?<![\\d.])(${NUM})\\s*万元`, 'g');

/**
 * "…预算金额为 620.7 万元，项目支出 613.42 万元。预算执行率为 98.83%。": the rate is the second amount over the
 * first, the two amounts stated just before it in the same paragraph.
 */
export const narrativeBudgetExecutionRate: Rule = {
  meta: {
    id: 'narrative/budget-execution-rate',
    category: 'narrative',
    title: '预算执行率与前文金额一致',
    description:
      '“预算执行率为 R%”应等于同一段中紧接其前所写的支出数 ÷ 预算数（前两个金额中后者 ÷ 前者），按四舍五入区间判断。金额与句子的对应是按位置推断的，不符时作警告。',
    example: '“预算金额为 620.7 万元，项目支出 613.42 万元。预算执行率为 98.83%”：613.42 ÷ 620.7 = 98.83%',
    defaultSeverity: 'warning',
    noFixReason: '金额与执行率的对应是按位置推断的，不能确定哪一个数写错',
    messages: {
      mismatch: '预算执行率写为 {{rate}}，而前文 {{actual}} 万元 ÷ {{budget}} 万元 = {{computed}}',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    for (const p of paragraphsOf(doc)) {
      const text = p.para.text;
      for (const m of text.matchAll(RATE)) {
        const rate = parseFigure(m[1] ?? '');
        if (!rate || !m[2]) continue; // without "%" it is narrative/percent-sign's kind of slip
        const before = [...text.slice(0, m.index).matchAll(AMOUNT)].slice(-2).map((a) => parseFigure(a[1] ?? ''));
        const [budget, actual] = before as [Figure | undefined, Figure | undefined];
        if (!budget || !actual || budget.value.isZero()) continue;
        const computed = div(amountInterval(actual), amountInterval(budget));
        const point = actual.value.div(budget.value);
        if (!computed || judgePercent(rate, computed, point) !== 'error') continue;
        out.push({
          messageId: 'mismatch',
          certainty: 'suspicious',
          data: { rate: `${rate.text}%`, actual: actual.text, budget: budget.text, computed: fmtPercent(point) },
          locations: [
            {
              sectionPath: p.path,
              sentence: m[0],
              ...(p.para.source ? { source: p.para.source } : {}),
            },
          ],
          expected: fmtPercent(point),
          actual: `${rate.text}%`,
        });
      }
    }
    return out;
  },
};
