import { amountInterval, fmtPercent, judgePercent, parseFigure, type Figure } from '../figures.js';
import { div } from '../interval.js';
import { paragraphsOf } from '../fix/locate.js';
import type { Report, Rule } from '../types.js';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const RATE = new RegExp(`预算执行率(?:为|是|达到?|达)?\\s*(${NUM})(?![\\d.])\\s*([%％])?`, 'g');
const AMOUNT = new RegExp(`(?<![\\d.])(${NUM})\\s*万元`, 'g');
/** A target ("预算执行率达到 95% 以上", "确保预算执行率达到 100%") is no rate computed from amounts. */
const TARGET_AFTER = /^\s*(?:及)?(?:以上|左右|以内)/;
const TARGET_BEFORE = /(?:(?:确保|力争|争取|预计|计划)[^。；;，,]{0,6}|(?:目标|要求)(?:值|为|是)?[：:]?\s*)$/;
const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年/g;

/**
 * The years the sentences from the first amount to the rate name. The rate compares one year's spending with that
 * year's budget: amounts of two years (a 预算's "2022年当年预算执行数为 1.48 万元，2023年预算安排 2.63 万元") are no
 * such pair, nor, in a 预算, amounts of the budget year, which has no execution yet.
 */
function yearsNamed(text: string): Set<number> {
  return new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])));
}

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
      '“预算执行率为 R%”应等于同一段中紧接其前所写的支出数 ÷ 预算数（前两个金额中后者 ÷ 前者），按四舍五入区间判断。金额与句子的对应是按位置推断的，不符时作警告。目标值（“达到 95% 以上”“确保……达到 100%”）不核对；两个金额分属不同年度时（如预算中“上年执行数……本年预算安排……”）不构成执行率，也不核对；预算文档中只核对以前年度的执行率。',
    example: '“预算金额为 620.7 万元，项目支出 613.42 万元。预算执行率为 98.83%”：613.42 ÷ 620.7 = 98.83%',
    defaultSeverity: 'warning',
    noFixReason: '金额与执行率的对应是按位置推断的，不能确定哪一个数写错',
    messages: {
      mismatch: '预算执行率写为 {{rate}}，而前文 {{actual}} 万元 ÷ {{budget}} 万元 = {{computed}}',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    const budgetDoc = doc.meta.documentKind === '预算';
    for (const p of paragraphsOf(doc)) {
      const text = p.para.text;
      for (const m of text.matchAll(RATE)) {
        const rate = parseFigure(m[1] ?? '');
        if (!rate || !m[2]) continue; // without "%" it is narrative/percent-sign's kind of slip
        const end = (m.index ?? 0) + m[0].length;
        if (TARGET_AFTER.test(text.slice(end)) || TARGET_BEFORE.test(text.slice(0, m.index))) continue;
        const found = [...text.slice(0, m.index).matchAll(AMOUNT)].slice(-2);
        const before = found.map((a) => parseFigure(a[1] ?? ''));
        const [budget, actual] = before as [Figure | undefined, Figure | undefined];
        if (!budget || !actual || budget.value.isZero()) continue;
        const from = Math.max(0, ...['。', '；', ';'].map((c) => text.lastIndexOf(c, found[0]?.index ?? 0) + 1));
        const years = yearsNamed(text.slice(from, m.index));
        if (years.size > 1 || (budgetDoc && [...years].some((y) => y >= doc.meta.fiscalYear))) continue;
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
