import type { ExecutionClaim } from '../claims/types.js';
import { amountInterval, fmtPercent, judgePercent, roundsToPercent, truncatedPercent } from '../figures.js';
import { div } from '../interval.js';
import { cellLocation, siteLocation } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { sentenceFix } from '../fix/locate.js';
import type { Disclosure } from '../../model/disclosure.js';

/** "完成年初预算的 R%" = 支出决算 ÷ 年初预算, judged with rounding intervals. */
export const narrativeExecutionRate: Rule = {
  meta: {
    id: 'narrative/execution-rate',
    category: 'narrative',
    title: '预算完成率的计算',
    description:
      '“年初预算为 B 万元，支出决算为 A 万元，完成年初预算的 R%”中 R 应等于 A ÷ B（按句中所写的数计算）；年初预算为 0 时完成率没有意义。按四舍五入区间判断：只有无论如何舍入都得不出 R 时才报错。',
    example: '“年初预算为 86.99 万元，支出决算为 143.08 万元，完成年初预算的 164.39%”：143.08 ÷ 86.99 = 164.48%',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      truncated:
        '完成率写为 {{rate}}，而 {{actual}} ÷ {{budget}} = {{computed}}：所写数字是截尾而非四舍五入的结果，应为 {{computed}}',
      mismatch: '完成率写为 {{rate}}，但 {{actual}} ÷ {{budget}} = {{computed}}，四舍五入无法得出 {{rate}}',
      rounding: '完成率写为 {{rate}}，按所列数计算 {{actual}} ÷ {{budget}} = {{computed}}，差异在尾数误差范围内',
      zeroBudget: '年初预算为 0，却写了完成率 {{rate}}；预算为 0 时完成率没有意义',
    },
  },
  run({ doc, claims }) {
    return claims.flatMap((c) => (c.kind === 'execution' ? check(doc, c) : []));
  },
};

function check(doc: Disclosure, c: ExecutionClaim): Report[] {
  if (!c.rate || !c.rateHasSign) return []; // a rate without "%" is narrative/percent-sign's
  const rate = `${c.rate.text}%`;
  const related = c.cell ? [cellLocation(doc, c.cell)] : [];
  if (c.budget.value.isZero()) {
    return [{ messageId: 'zeroBudget', data: { rate }, locations: [siteLocation(c.site)], related, actual: rate }];
  }
  if (roundsToPercent(c.rate, c.actual.value.div(c.budget.value))) return []; // the common case: nothing to judge
  const computed = div(amountInterval(c.actual), amountInterval(c.budget));
  if (!computed) return [];
  const point = c.actual.value.div(c.budget.value);
  const verdict = judgePercent(c.rate, computed, point);
  if (verdict === 'ok') return [];
  const cut = verdict === 'error' && truncatedPercent(c.rate, point); // a convention slip, not a wrong figure
  const fix =
    verdict === 'error' && !cut
      ? sentenceFix(doc, c.site, { before: c.rate.text, text: fmtPercent(point).replace('%', ''), figure: true })
      : undefined;
  return [
    {
      messageId: verdict === 'rounding' ? 'rounding' : cut ? 'truncated' : 'mismatch',
      certainty: verdict === 'rounding' ? 'rounding' : cut ? 'suspicious' : 'certain',
      data: { rate, actual: c.actual.text, budget: c.budget.text, computed: fmtPercent(point) },
      locations: [siteLocation(c.site)],
      related,
      expected: fmtPercent(point),
      actual: rate,
      ...(fix ? { fix } : {}),
    },
  ];
}
